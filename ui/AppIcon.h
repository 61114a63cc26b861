#pragma once

#include <QIcon>

namespace scs {

// The application's icon (a speech bubble holding "123"), drawn as vectors
// from the same shapes as packaging/icons/org.shortcodestudio.ShortcodeStudio.svg.
// Sharp at every size, and no image file to decode when the window opens.
QIcon applicationIcon();

} // namespace scs

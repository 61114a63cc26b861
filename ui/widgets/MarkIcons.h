#pragma once

#include "rules/Finding.h"

#include <QIcon>

namespace scs {

// The icon of a severity: a red disc with a cross for errors, an amber
// triangle with "!" for warnings, a blue disc with "i" for information.
// Drawn as vectors at whatever size is asked for (sharp on high-DPI screens,
// the same on every platform and style), and without decoding an image file,
// which at start-up loaded Qt's image format plugins.
QIcon severityIcon(Severity severity);
// A green disc with a check mark: complete, nothing to fix.
QIcon completeIcon();
// A grey disc with a cross: the clear button of a line editor.
QIcon clearIcon();
// Two chevrons: the button of a menu or tool bar whose items do not fit.
QIcon extensionIcon(Qt::Orientation orientation);

} // namespace scs

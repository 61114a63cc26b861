#pragma once

#include <QString>

namespace scs {

// The application's version, e.g. "0.1.0".
QString applicationVersion();

// The Qt version this process runs with (not the one it was built with).
QString qtRuntimeVersion();

} // namespace scs

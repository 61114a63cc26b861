#pragma once

#include "rules/Finding.h"

#include <QIcon>

class QStyle;

namespace scs {

// The icon of a severity, from the style (so it follows the theme).
QIcon severityIcon(const QStyle *style, Severity severity);
// A check mark for "complete, nothing to fix".
QIcon completeIcon(const QStyle *style);

} // namespace scs

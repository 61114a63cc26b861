#include "SeverityIcons.h"

#include <QStyle>

namespace scs {

QIcon severityIcon(const QStyle *style, Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QIcon completeIcon(const QStyle *style)
{
    return style->standardIcon(QStyle::SP_DialogApplyButton);
}

} // namespace scs

#include "SeverityIcons.h"

#include <QHash>
#include <QStyle>

namespace scs {

namespace {

// QCommonStyle decodes every size of a standard icon from PNG on each call;
// the navigator and the panels ask for the same few icons all the time.
QIcon cachedIcon(const QStyle *style, QStyle::StandardPixmap pixmap)
{
    static QHash<std::pair<const QStyle *, int>, QIcon> cache;
    const auto key = std::pair {style, int(pixmap)};
    auto it = cache.constFind(key);
    if (it == cache.cend())
        it = cache.insert(key, style->standardIcon(pixmap));
    return *it;
}

} // namespace

QIcon severityIcon(const QStyle *style, Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return cachedIcon(style, QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return cachedIcon(style, QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return cachedIcon(style, QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QIcon completeIcon(const QStyle *style)
{
    return cachedIcon(style, QStyle::SP_DialogApplyButton);
}

} // namespace scs

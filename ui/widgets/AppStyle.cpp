#include "AppStyle.h"

#include "MarkIcons.h"

namespace scs {

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{ }

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
        return clearIcon();
    case SP_ToolBarHorizontalExtensionButton:
        return extensionIcon(Qt::Horizontal);
    case SP_ToolBarVerticalExtensionButton:
        return extensionIcon(Qt::Vertical);
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace scs

#pragma once

#include <QProxyStyle>

namespace scs {

// The application's style: the platform's (or the one chosen with -style),
// with the few standard icons every main window needs at once (a line
// edit's clear button, the menu bar's overflow button) drawn as vectors.
// The style's own are PNG files, and decoding the first of them loads all of
// Qt's image format plugins: a tenth of the time it took to show the window.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit AppStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace scs

#pragma once

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace scs {

// An icon engine that paints its icon (subclasses implement paint()), at
// the exact size and device pixel ratio asked for: no image files, sharp on
// every screen.
class DrawnIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // QIcon passes the size in device pixels.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }
};

} // namespace scs

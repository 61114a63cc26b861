#pragma once

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace scs {

// An icon engine that paints its icon (subclasses implement paint()), at
// the exact size and device pixel ratio asked for: no image files, sharp on
// every screen. Each size is painted once and kept.
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
        const QString key = QStringLiteral("%1x%2/%3/%4/%5")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(int(mode))
                                    .arg(int(state))
                                    .arg(scale);
        if (const auto it = m_painted.constFind(key); it != m_painted.cend())
            return *it;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        m_painted.insert(key, pixmap);
        return pixmap;
    }

    // The sizes given to a window system that asks for every size (X11's
    // _NET_WM_ICON, for title bars and panels). Without this, Qt's xcb
    // plugin paints 16 to 128 pixels, twice, when the window is created: a
    // fifth of the time to show it. Larger views (task switchers) take the
    // installed icon of the desktop entry.
    QList<QSize> availableSizes(QIcon::Mode = QIcon::Normal, QIcon::State = QIcon::Off) override
    {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
    }

private:
    QHash<QString, QPixmap> m_painted;
};

} // namespace scs

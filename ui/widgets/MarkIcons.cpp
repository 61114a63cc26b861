#include "MarkIcons.h"

#include "DrawnIconEngine.h"

#include <QPainter>
#include <QPainterPath>

namespace scs {

namespace {

enum class Mark { Error, Warning, Info, Complete, Clear, MoreRight, MoreDown };

class MarkIconEngine : public DrawnIconEngine
{
public:
    explicit MarkIconEngine(Mark mark)
        : m_mark(mark)
    { }

    QIconEngine *clone() const override { return new MarkIconEngine(m_mark); }
    QString key() const override { return QStringLiteral("scs-mark"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const bool disabled = mode == QIcon::Disabled;
        QColor fill;
        switch (m_mark) {
        case Mark::Error:
            fill = QColor(0xd3, 0x2f, 0x2f);
            break;
        case Mark::Warning:
            fill = QColor(0xf5, 0xa6, 0x23);
            break;
        case Mark::Info:
            fill = QColor(0x19, 0x76, 0xd2);
            break;
        case Mark::Complete:
            fill = QColor(0x2e, 0x7d, 0x32);
            break;
        case Mark::Clear:
            fill = QColor(0x80, 0x80, 0x80, mode == QIcon::Active ? 255 : 170);
            break;
        case Mark::MoreRight:
        case Mark::MoreDown:
            fill = QColor(0x70, 0x70, 0x70);
            break;
        }
        if (disabled)
            fill = QColor(0x9e, 0x9e, 0x9e);
        const QColor ink =
                m_mark == Mark::Warning && !disabled ? QColor(0x3a, 0x2a, 0x00) : QColor(Qt::white);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        // Draw in a 16 x 16 box, scaled to the rectangle.
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0);
        if (m_mark == Mark::MoreRight || m_mark == Mark::MoreDown) {
            // Two chevrons, "more of this row (column) beyond the edge".
            painter->setPen(QPen(fill, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            if (m_mark == Mark::MoreDown) {
                painter->translate(16, 0);
                painter->rotate(90);
            }
            for (const qreal x : {4.0, 8.5}) {
                const std::array points {QPointF(x, 4.5), QPointF(x + 3.5, 8), QPointF(x, 11.5)};
                painter->drawPolyline(points.data(), int(points.size()));
            }
            painter->restore();
            return;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        if (m_mark == Mark::Warning) {
            QPainterPath triangle;
            triangle.moveTo(8, 1);
            triangle.lineTo(15.5, 14.5);
            triangle.lineTo(0.5, 14.5);
            triangle.closeSubpath();
            painter->drawPath(triangle);
        } else {
            painter->drawEllipse(QRectF(0.5, 0.5, 15, 15));
        }
        QPen pen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        switch (m_mark) {
        case Mark::Error:
            painter->drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8));
            painter->drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8));
            break;
        case Mark::Warning:
            painter->drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
            painter->drawPoint(QPointF(8, 12.3));
            break;
        case Mark::Info:
            painter->drawLine(QPointF(8, 7.2), QPointF(8, 11.8));
            painter->drawPoint(QPointF(8, 4.3));
            break;
        case Mark::Complete:
            painter->drawPolyline(std::array {QPointF(4.5, 8.3), QPointF(7, 10.8), QPointF(11.6, 5.4)}.data(),
                                  3);
            break;
        case Mark::Clear:
            painter->setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            painter->drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
            break;
        case Mark::MoreRight:
        case Mark::MoreDown:
            break;
        }
        painter->restore();
    }

private:
    Mark m_mark;
};

QIcon markIcon(Mark mark)
{
    // One QIcon per mark, shared: QIcon caches the pixmaps it drew.
    static std::array<QIcon, 7> icons;
    QIcon &icon = icons.at(std::size_t(mark));
    if (icon.isNull())
        icon = QIcon(new MarkIconEngine(mark));
    return icon;
}

} // namespace

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return markIcon(Mark::Error);
    case Severity::Warning:
        return markIcon(Mark::Warning);
    case Severity::Info:
        return markIcon(Mark::Info);
    }
    return {};
}

QIcon completeIcon()
{
    return markIcon(Mark::Complete);
}

QIcon clearIcon()
{
    return markIcon(Mark::Clear);
}

QIcon extensionIcon(Qt::Orientation orientation)
{
    return markIcon(orientation == Qt::Horizontal ? Mark::MoreRight : Mark::MoreDown);
}

} // namespace scs

#include "AppIcon.h"

#include "widgets/DrawnIconEngine.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace scs {

namespace {

// The bubble of the SVG: a 112 x 82 rectangle with corners of radius 22 and a
// tail at the bottom left, in the SVG's 128 x 128 box.
QPainterPath bubble()
{
    QPainterPath path;
    path.moveTo(30, 14);
    path.lineTo(98, 14);
    path.arcTo(QRectF(76, 14, 44, 44), 90, -90);
    path.lineTo(120, 74);
    path.arcTo(QRectF(76, 52, 44, 44), 0, -90);
    path.lineTo(52, 96);
    path.lineTo(26, 118);
    path.lineTo(30, 96);
    path.arcTo(QRectF(8, 52, 44, 44), 270, -90);
    path.lineTo(8, 36);
    path.arcTo(QRectF(8, 14, 44, 44), 180, -90);
    path.closeSubpath();
    return path;
}

// "1", "2" and "3", as the SVG strokes them.
QPainterPath digits()
{
    QPainterPath path;
    path.moveTo(27, 42);
    path.lineTo(36, 36);
    path.lineTo(36, 74);

    path.moveTo(48, 45);
    path.cubicTo(48, 39, 53, 36, 59, 36);
    path.cubicTo(66, 36, 71, 40, 71, 46);
    path.cubicTo(71, 53, 63, 59, 48, 74);
    path.lineTo(72, 74);

    path.moveTo(81, 40);
    path.cubicTo(83, 37, 87, 36, 92, 36);
    path.cubicTo(98, 36, 102, 40, 102, 45);
    path.cubicTo(102, 51, 98, 55, 91, 55);
    path.cubicTo(98, 55, 103, 58, 103, 64);
    path.cubicTo(103, 71, 98, 74, 92, 74);
    path.cubicTo(87, 74, 83, 73, 81, 70);
    return path;
}

class AppIconEngine : public DrawnIconEngine
{
public:
    QIconEngine *clone() const override { return new AppIconEngine; }
    QString key() const override { return QStringLiteral("scs-app"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 128.0, side / 128.0);
        const QPainterPath shape = bubble();
        const bool disabled = mode == QIcon::Disabled;

        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x16, 0x3f, 0x86, 64)); // the shadow, opacity 0.25
        painter->drawPath(shape.translated(0, 3));
        QLinearGradient fill(0, 14, 0, 118);
        fill.setColorAt(0, disabled ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x3d, 0x8b, 0xf2));
        fill.setColorAt(1, disabled ? QColor(0x70, 0x70, 0x70) : QColor(0x1f, 0x5f, 0xc8));
        painter->setBrush(fill);
        painter->drawPath(shape);

        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::white, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(digits());
        painter->restore();
    }
};

} // namespace

QIcon applicationIcon()
{
    return QIcon(new AppIconEngine);
}

} // namespace scs

// Draws the opt-in mockups of the bundled example northwind-alerts.json:
// the sign-up form on the website and the switch in the mobile app, with
// the sign-up option text the request states. Run by
// scripts/draw-example-mockups, which puts the PNGs into the example as
// base64. Small on purpose (few colours): the example travels in the
// package, the tests and the fuzz corpus.
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

const QColor brand(0x1f, 0x4e, 0x79);

QFont font(int pixels, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferFullHinting);
    return f;
}

void text(QPainter &p, int x, int y, const QString &line, const QFont &f, const QColor &color)
{
    p.setFont(f);
    p.setPen(color);
    p.drawText(QPoint(x, y), line);
}

QImage website()
{
    QImage image(480, 380, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(0, 0, 480, 56, brand);
    text(p, 20, 36, u"Northwind Parcel"_s, font(22, true), Qt::white);
    text(p, 20, 92, u"Delivery alerts by text"_s, font(18, true), QColor(0x22, 0x22, 0x22));
    text(p, 20, 122, u"Mobile number"_s, font(13), QColor(0x44, 0x44, 0x44));
    p.setPen(QColor(0x88, 0x88, 0x88));
    p.drawRect(20, 130, 280, 30);
    text(p, 28, 151, u"(206) 555-0100"_s, font(14), QColor(0x99, 0x99, 0x99));
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawRect(20, 178, 16, 16);
    text(p, 46, 192, u"Text me delivery alerts"_s, font(13), QColor(0x22, 0x22, 0x22));
    const QStringList disclosure {u"Get delivery alerts from Northwind Parcel by text message (SMS)."_s,
                                  u"Up to 5 msgs/week. Msg & data rates may apply. Reply STOP to"_s,
                                  u"cancel, HELP for help."_s};
    int y = 222;
    for (const QString &line : disclosure) {
        text(p, 20, y, line, font(11), QColor(0x33, 0x33, 0x33));
        y += 16;
    }
    text(p, 20, y + 4, u"Terms: https://www.northwindparcel.com/sms-terms"_s, font(11), brand);
    text(p, 20, y + 20, u"Privacy: https://www.northwindparcel.com/privacy"_s, font(11), brand);
    QPainterPath button;
    button.addRoundedRect(20, 312, 140, 36, 6, 6);
    p.fillPath(button, brand);
    text(p, 56, 336, u"Sign up"_s, font(15, true), Qt::white);
    return image;
}

QImage app()
{
    QImage image(300, 400, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf6, 0xf8));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(0, 0, 300, 48, brand);
    text(p, 14, 31, u"Northwind Parcel"_s, font(17, true), Qt::white);
    text(p, 14, 80, u"Notifications"_s, font(15, true), QColor(0x22, 0x22, 0x22));
    QPainterPath card;
    card.addRoundedRect(10, 94, 280, 200, 8, 8);
    p.fillPath(card, Qt::white);
    text(p, 22, 121, u"Delivery alerts by text"_s, font(13), QColor(0x22, 0x22, 0x22));
    QPainterPath toggle;
    toggle.addRoundedRect(236, 106, 40, 20, 10, 10);
    p.fillPath(toggle, QColor(0xbb, 0xbb, 0xbb));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(QPoint(246, 116), 8, 8);
    const QStringList disclosure {
            u"Get delivery alerts from Northwind Parcel"_s, u"by text message (SMS). Up to 5 msgs/week."_s,
            u"Msg & data rates may apply. Reply STOP to"_s, u"cancel, HELP for help."_s};
    int y = 148;
    for (const QString &line : disclosure) {
        text(p, 22, y, line, font(11), QColor(0x33, 0x33, 0x33));
        y += 15;
    }
    text(p, 22, y + 6, u"Terms: northwindparcel.com/sms-terms"_s, font(11), brand);
    text(p, 22, y + 21, u"Privacy: northwindparcel.com/privacy"_s, font(11), brand);
    text(p, 22, 280, u"Alerts go to +1 (206) 555-0100"_s, font(11), QColor(0x66, 0x66, 0x66));
    return image;
}

// Few colours keep the PNG small.
bool save(const QImage &image, const QString &path)
{
    return image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither)
            .save(path, "PNG", 0);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication application(argc, argv);
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    return save(website(), directory + u"/signup-web.png"_s) && save(app(), directory + u"/signup-app.png"_s)
            ? 0
            : 1;
}

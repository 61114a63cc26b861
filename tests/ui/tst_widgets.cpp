// The small widgets and icons the main window is built from: the wrapped
// label that lays its text out once, the drawn icons, the application style.
#include "AppIcon.h"
#include "FailOnWarning.h"
#include "widgets/AppStyle.h"
#include "widgets/MarkIcons.h"
#include "widgets/WrapLabel.h"

#include <QAction>
#include <QFontMetricsF>
#include <QImage>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTest>
#include <QTextBoundaryFinder>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString english = u"A link to the website, app or service that will send the text messages, e.g. "
                        u"https://www.example.com. Reviewers open it to see who you are."_s;
const QString japanese =
        u"顧客がキーワードをショートコードに送ってオプトインしたときに送信するメッセージです。"
        u"ショートコードの作成時に通信事業者に登録され、変更には数週間かかることがあります。"_s;

// The text without white space and line ends: what lines must add up to.
QString visible(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

// Whether a line of text could have been broken anywhere inside.
bool hasBreakInside(const QString &line)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, line);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < line.size(); at = finder.toNextBoundary()) {
        if (!line.left(at).trimmed().isEmpty())
            return true;
    }
    return false;
}

struct Rgb
{
    int red, green, blue;
};

Rgb centre(const QIcon &icon, int size, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(size, size), 1.0, mode).toImage();
    // Low on the left: inside the disc or triangle, clear of the mark on it.
    const QColor color = image.pixelColor(size * 3 / 10, size * 8 / 10);
    return {color.red(), color.green(), color.blue()};
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { scs::test::failOnWarnings(); }
    void wrapLabelBreaksWithinTheWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        for (const int width : {40, 120, 300, 2000}) {
            QTest::addRow("english %d", width) << english << width;
            QTest::addRow("japanese %d", width) << japanese << width;
            QTest::addRow("line ends %d", width) << u"First line\nSecond line\n\nFourth"_s << width;
            QTest::addRow("one long word %d", width)
                    << u"https://www.example.com/a/very/long/path"_s << width;
        }
    }

    void wrapLabelBreaksWithinTheWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        scs::WrapLabel label;
        label.setText(text);
        const QStringList lines = label.lines(width);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(visible(lines.join(QString())), visible(text));
        const QFontMetricsF metrics(label.font());
        for (const QString &line : lines) {
            // A line is only wider than the label when it is one word that
            // cannot be broken (as QLabel's word wrap does too).
            if (metrics.horizontalAdvance(line) > width + 1.0)
                QVERIFY2(!hasBreakInside(line), qPrintable(line));
            QVERIFY2(line == line.trimmed(), qPrintable(line));
        }
        const qsizetype forced = text.count(u'\n');
        QVERIFY(lines.size() >= forced + 1);
        QCOMPARE(label.heightForWidth(width),
                 int(std::ceil(metrics.height() * qreal(lines.size()))) + 2 * label.margin());
    }

    void wrapLabelKeepsALineEndAsABreak()
    {
        scs::WrapLabel label;
        label.setText(u"First line\nSecond"_s);
        QCOMPARE(label.lines(10000), (QStringList {u"First line"_s, u"Second"_s}));
    }

    void wrapLabelMeasuresOncePerTextAndFont()
    {
        scs::WrapLabel label;
        label.setText(english);
        int previous = std::numeric_limits<int>::max();
        for (int width = 40; width < 1500; width += 7) {
            const int height = label.heightForWidth(width);
            QVERIFY(height <= previous); // wider never means taller
            previous = height;
        }
        (void)label.sizeHint();
        (void)label.minimumSizeHint();
        QCOMPARE(label.measureCount(), 1);

        label.setText(japanese);
        (void)label.heightForWidth(200);
        QCOMPARE(label.measureCount(), 2);
        QFont bigger = label.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        const int before = label.heightForWidth(200);
        label.setFont(bigger);
        QVERIFY(label.heightForWidth(200) > before);
        QCOMPARE(label.measureCount(), 3);
    }

    void wrapLabelSizeHints()
    {
        scs::WrapLabel label;
        label.setText(english);
        const QFontMetricsF metrics(label.font());
        const QSize hint = label.sizeHint();
        const QSize minimum = label.minimumSizeHint();
        // No wider than about sixty characters, and its height fits that width.
        QVERIFY(hint.width() <= 60 * metrics.averageCharWidth()
                        + metrics.horizontalAdvance(u"https://www.example.com."_s));
        QCOMPARE(hint.height(), label.heightForWidth(hint.width()));
        // At least the widest word, one line high.
        QVERIFY(minimum.width() >= metrics.horizontalAdvance(u"Reviewers"_s) - 1);
        QCOMPARE(minimum.height(), int(std::ceil(metrics.height())));
        // A short text asks for its own width.
        label.setText(u"Short"_s);
        QVERIFY(label.sizeHint().width() <= metrics.horizontalAdvance(u"Short"_s) + 2);
    }

    void wrapLabelInALayoutGetsTheHeightOfItsLines()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new scs::WrapLabel;
        label->setText(english);
        layout->addWidget(label);
        layout->addStretch();
        window.resize(220, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(label->lines(label->contentsRect().width()).size() > 2);
        QCOMPARE(label->height(), label->heightForWidth(label->width()));

        // It paints its text: dark pixels on the label, none below it.
        const QImage image = window.grab().toImage();
        const QRgb background = image.pixel(window.width() - 2, window.height() - 2);
        int inked = 0;
        for (int y = label->y(); y < label->y() + label->height(); ++y) {
            for (int x = label->x(); x < label->x() + label->width(); ++x)
                inked += qGray(image.pixel(x, y)) < qGray(background) - 60 ? 1 : 0;
        }
        QVERIFY(inked > 100);
        for (int y = label->y() + label->height() + 2; y < window.height() - 2; ++y) {
            for (int x = 0; x < window.width(); ++x)
                QCOMPARE(image.pixel(x, y), background);
        }
    }

    void markIconsHaveTheirColours()
    {
        const Rgb error = centre(scs::severityIcon(scs::Severity::Error), 32);
        QVERIFY(error.red > 150 && error.green < 100 && error.blue < 100);
        const Rgb warning = centre(scs::severityIcon(scs::Severity::Warning), 32);
        QVERIFY(warning.red > 200 && warning.green > 120 && warning.blue < 100);
        const Rgb info = centre(scs::severityIcon(scs::Severity::Info), 32);
        QVERIFY(info.blue > 150 && info.red < 100);
        const Rgb complete = centre(scs::completeIcon(), 32);
        QVERIFY(complete.green > 100 && complete.red < 100 && complete.blue < 100);
        const Rgb disabled = centre(scs::severityIcon(scs::Severity::Error), 32, QIcon::Disabled);
        QVERIFY(std::abs(disabled.red - disabled.green) < 10
                && std::abs(disabled.green - disabled.blue) < 10);
    }

    void markIconsAreSharpOnHighDpiScreens()
    {
        const QPixmap pixmap = scs::severityIcon(scs::Severity::Warning).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(16, 16));
        QCOMPARE(pixmap.size(), QSize(32, 32));
        // Drawn at 32 pixels, not scaled up: the "!" has a crisp edge.
        const QImage image = pixmap.toImage();
        bool sharp = false;
        for (int y = 8; y < 24; ++y) {
            if (qGray(image.pixel(16, y)) < 80 && qAlpha(image.pixel(16, y)) == 255)
                sharp = true;
        }
        QVERIFY(sharp);
    }

    void applicationIconMatchesTheInstalledOne()
    {
        // The vector icon and the PNG rendered from the SVG for packaging.
        const QImage installed =
                QImage(QStringLiteral(SCS_SOURCE_DIR
                                      "/packaging/icons/64x64/org.shortcodestudio.ShortcodeStudio.png"))
                        .convertToFormat(QImage::Format_ARGB32);
        QVERIFY(!installed.isNull());
        const QImage drawn = scs::applicationIcon()
                                     .pixmap(QSize(64, 64), 1.0)
                                     .toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(drawn.size(), installed.size());
        qint64 difference = 0;
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x) {
                const QRgb a = drawn.pixel(x, y);
                const QRgb b = installed.pixel(x, y);
                difference += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
                        + std::abs(qBlue(a) - qBlue(b)) + std::abs(qAlpha(a) - qAlpha(b));
            }
        }
        const double perChannel = double(difference) / (64.0 * 64.0 * 4.0);
        QVERIFY2(perChannel < 4.0, qPrintable(QString::number(perChannel)));
    }

    void styleDrawsTheStandardIconsAWindowNeedsAtOnce()
    {
        QStyle *base = QStyleFactory::create(u"Fusion"_s);
        QVERIFY(base);
        scs::AppStyle style(base);
        QCOMPARE(style.standardIcon(QStyle::SP_LineEditClearButton).cacheKey(), scs::clearIcon().cacheKey());
        QCOMPARE(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).cacheKey(),
                 scs::extensionIcon(Qt::Horizontal).cacheKey());
        QCOMPARE(style.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton).cacheKey(),
                 scs::extensionIcon(Qt::Vertical).cacheKey());
        // Everything else is the base style's.
        QVERIFY(!style.standardIcon(QStyle::SP_DialogOkButton).isNull());

        // A line edit's clear button takes the drawn icon.
        QLineEdit edit;
        edit.setStyle(&style);
        edit.setClearButtonEnabled(true);
        auto *clear = edit.findChild<QAction *>(u"_q_qlineeditclearaction"_s);
        QVERIFY(clear);
        QCOMPARE(clear->icon().cacheKey(), scs::clearIcon().cacheKey());
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"

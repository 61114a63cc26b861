// The SMS highlighting: our definition is found in the resources, marks
// what it should, follows the palette, and matches the golden files.
#include "FailOnWarning.h"
#include "highlight/SmsHighlighter.h"
#include "highlight/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

// The format the highlighter gave to the character at `position`.
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return palette;
}

// The highlighted text as HTML spans: what the golden files hold.
QString renderHtml(const QString &text, const QPalette &palette, const QString &keyword)
{
    QTextDocument document;
    document.setPlainText(text);
    scs::SmsHighlighter highlighter(&document);
    highlighter.setPalette(palette);
    highlighter.setOptInKeyword(keyword);
    highlighter.rehighlight();
    QString html;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        std::sort(ranges.begin(), ranges.end(),
                  [](const auto &a, const auto &b) { return a.start < b.start; });
        int pos = 0;
        for (const QTextLayout::FormatRange &range : std::as_const(ranges)) {
            if (range.start > pos)
                html += line.mid(pos, range.start - pos).toHtmlEscaped();
            QStringList style;
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                style << u"color:"_s + range.format.foreground().color().name();
            if (range.format.hasProperty(QTextFormat::BackgroundBrush))
                style << u"background:"_s + range.format.background().color().name(QColor::HexArgb);
            if (range.format.fontWeight() >= QFont::Bold)
                style << u"font-weight:bold"_s;
            if (range.format.fontUnderline())
                style << u"text-decoration:underline"_s;
            html += u"<span style=\"%1\">%2</span>"_s.arg(
                    style.join(u';'), line.mid(range.start, range.length).toHtmlEscaped());
            pos = range.start + range.length;
        }
        html += line.mid(pos).toHtmlEscaped() + u"<br/>\n"_s;
    }
    return html;
}

const QStringList &samples()
{
    static const QStringList list {
            u"Northwind Parcel: Reply YES to get delivery alerts. Msg & data rates may apply. Reply STOP to cancel."_s,
            u"It\u2019s here \u2014 your package [tracking_id] arrives today\u2026 Help: 1-888-555-0172 or help@northwindparcel.com"_s,
            u"Track it at https://northwindparcel.com/t/[id] or northwindparcel.com/help. Costs 2: ^ { } \\ [ ~ ] | \u20ac"_s,
            u"お荷物は本日お届け予定です。配信停止はSTOPと返信してください。"_s,
            QString(u"Long message: "_s + QString(u"abcdefghij"_s).repeated(20) + u"\nsecond line ALERTS"_s),
    };
    return list;
}

} // namespace

class TestSmsHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void definitionComesFromOurResources()
    {
        const KSyntaxHighlighting::Definition definition =
                scs::syntaxRepository().definitionForName(u"SMS"_s);
        QVERIFY(definition.isValid());
        QVERIFY2(definition.filePath().startsWith(u":/org.kde.syntax-highlighting/syntax-addons/"_s),
                 qPrintable(definition.filePath()));
        QTextDocument document;
        scs::SmsHighlighter highlighter(&document);
        QVERIFY(highlighter.definitionLoaded());
    }

    void marks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("marked"); // a position that gets a format of its own
        QTest::addColumn<int>("unmarked"); // a position left as normal text
        QTest::addRow("curly apostrophe") << u"It\u2019s on"_s << 2 << 0;
        QTest::addRow("lower-case c cedilla") << u"gar\u00e7on"_s << 3 << 0;
        QTest::addRow("emoji") << u"ok \U0001F600"_s << 3 << 0;
        QTest::addRow("no-break space") << u"a\u00a0b"_s << 1 << 0;
        QTest::addRow("STOP keyword") << u"Reply STOP now"_s << 6 << 0;
        QTest::addRow("stop in lower case") << u"reply stop now"_s << 6 << 0;
        QTest::addRow("HELP keyword") << u"Text HELP"_s << 5 << 0;
        QTest::addRow("placeholder") << u"Hi [name]!"_s << 4 << 0;
        QTest::addRow("link") << u"See https://a.example.com/x"_s << 10 << 0;
        QTest::addRow("bare domain") << u"See northwind.com/help"_s << 6 << 0;
        QTest::addRow("phone") << u"Call 1-888-555-0172"_s << 8 << 0;
        QTest::addRow("e-mail") << u"Mail help@north.com"_s << 7 << 0;
        QTest::addRow("extension char") << u"50\u20ac off"_s << 2 << 0;
    }
    void marks()
    {
        QFETCH(QString, text);
        QFETCH(int, marked);
        QFETCH(int, unmarked);
        QTextDocument document;
        document.setPlainText(text);
        scs::SmsHighlighter highlighter(&document);
        highlighter.setPalette(lightPalette());
        highlighter.rehighlight();
        const QTextCharFormat normal = formatAt(document, unmarked);
        const QTextCharFormat special = formatAt(document, marked);
        QVERIFY2(special != normal, qPrintable(text));
        QVERIFY(special.hasProperty(QTextFormat::ForegroundBrush) || special.fontUnderline()
                || special.fontWeight() >= QFont::Bold || special.hasProperty(QTextFormat::BackgroundBrush));
    }

    void stoppedIsNotStop()
    {
        QTextDocument document;
        document.setPlainText(u"STOPPED ok"_s);
        scs::SmsHighlighter highlighter(&document);
        highlighter.rehighlight();
        QCOMPARE(formatAt(document, 0), formatAt(document, 8));
    }

    void requestsOwnKeyword()
    {
        QTextDocument document;
        document.setPlainText(u"Text ALERTS to join, not alertsy"_s);
        scs::SmsHighlighter highlighter(&document);
        const QTextCharFormat before = formatAt(document, 5);
        highlighter.setOptInKeyword(u"alerts"_s);
        QCOMPARE(formatAt(document, 5).fontWeight(), int(QFont::Bold));
        QVERIFY(formatAt(document, 5) != before);
        QVERIFY(formatAt(document, 26).fontWeight() < QFont::Bold); // "alertsy" is another word
    }

    void segmentsAreTinted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("secondSegmentStart");
        QTest::addRow("GSM-7 161") << QString(161, u'a') << 153;
        QTest::addRow("UCS-2 71") << QString(71, u'\u3042') << 67;
        QTest::addRow("escape pair at the boundary") << QString(152, u'a') + u"€b"_s.repeated(5) << 152;
    }
    void segmentsAreTinted()
    {
        QFETCH(QString, text);
        QFETCH(int, secondSegmentStart);
        QTextDocument document;
        document.setPlainText(text);
        scs::SmsHighlighter highlighter(&document);
        QTRY_COMPARE(highlighter.segmentStarts().value(0, -1), qsizetype(secondSegmentStart));
        highlighter.rehighlight();
        // The second segment is tinted; the first keeps the background its
        // style gives it (none, or the alert background of UCS-2 text).
        QVERIFY(formatAt(document, secondSegmentStart).hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(formatAt(document, secondSegmentStart).background()
                != formatAt(document, secondSegmentStart - 1).background());
    }

    void boundariesFollowEdits()
    {
        QTextDocument document;
        document.setPlainText(QString(160, u'a'));
        scs::SmsHighlighter highlighter(&document);
        QVERIFY(highlighter.segmentStarts().isEmpty());
        QTextCursor cursor(&document);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"b"_s);
        QCOMPARE(highlighter.segmentStarts(), QList<qsizetype> {153});
        cursor.deletePreviousChar();
        QVERIFY(highlighter.segmentStarts().isEmpty());
    }

    void themeFollowsPalette()
    {
        const QString text = u"Reply STOP"_s;
        QTextDocument document;
        document.setPlainText(text);
        scs::SmsHighlighter highlighter(&document);
        highlighter.setPalette(lightPalette());
        const QColor light = formatAt(document, 6).foreground().color();
        highlighter.setPalette(darkPalette());
        const QColor dark = formatAt(document, 6).foreground().color();
        QVERIFY(light != dark);
        QVERIFY(dark.lightness() > light.lightness());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QPalette>("palette");
        QTest::addRow("light") << u"light"_s << lightPalette();
        QTest::addRow("dark") << u"dark"_s << darkPalette();
    }
    void golden()
    {
        QFETCH(QString, name);
        QFETCH(QPalette, palette);
        QString html;
        for (const QString &sample : samples())
            html += renderHtml(sample, palette, u"ALERTS"_s) + u"<hr/>\n"_s;
        const QString path = QStringLiteral(SCS_SOURCE_DIR) + u"/tests/ui/golden/sms-"_s + name + u".html"_s;
        if (qEnvironmentVariableIsSet("SCS_REGENERATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(html.toUtf8());
            QSKIP("golden file regenerated");
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(path + u" is missing: run scripts/regenerate-golden"_s));
        QCOMPARE(html, QString::fromUtf8(in.readAll()));
    }
};

QTEST_MAIN(TestSmsHighlighter)
#include "tst_smshighlighter.moc"

// Hostile input prints literally in every format: HTML and Markdown
// markup, entities and Markdown specials in a field are text, never markup.
#include "FailOnWarning.h"
#include "model/Project.h"
#include "report/CaseDescription.h"
#include "report/HtmlRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/PlainTextRenderer.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs;

class TestReportRenderers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("bold") << u"<b>bold</b>"_s;
        QTest::addRow("remote image") << u"<img src=http://example.invalid/x.png>"_s;
        QTest::addRow("quoted image") << u"<img src=\"https://example.invalid/y.png\"/>"_s;
        QTest::addRow("entity") << u"Tom &amp; Jerry &lt;"_s;
        QTest::addRow("script") << u"<script>alert(1)</script>"_s;
        QTest::addRow("markdown specials") << u"*a* _b_ `c` [d](http://e) ![f](http://g) # h | i ~~j~~ \\"_s;
        QTest::addRow("markdown line start") << u"x\n# heading\n- item\n1. one\n===\n    code"_s;
        QTest::addRow("backtick fence") << u"```\nbreak out\n```"_s;
    }

    void hostileInput()
    {
        QFETCH(QString, input);
        Request request;
        request.setTitle(input);
        request.setValue(FieldId::CompanyName, input);
        request.setValue(FieldId::NotesDescription, input);
        request.setValue(FieldId::ContentHelpResponse, input);
        request.setValue(FieldId::ContentExamples, ExampleList {{input, input}});
        const ReportDocument document = CaseDescription::build(Project {input, {request}});

        // Plain text: exactly as typed.
        const QString text = PlainTextRenderer::render(document);
        QVERIFY(text.contains(input.section(u'\n', 0, 0)));

        // HTML: every user string escaped; no tag or entity of the input
        // survives, and the markup has nothing that loads anything.
        const QString html = HtmlRenderer::render(document);
        QVERIFY(html.contains(input.toHtmlEscaped().section(u'\n', 0, 0)));
        QVERIFY(!html.contains(u"<b>bold"_s));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"src="_s, Qt::CaseInsensitive) || !html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"href"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"Tom &amp; Jerry"_s) || html.contains(u"Tom &amp;amp; Jerry"_s));

        // Markdown: outside code blocks no markup character is left bare.
        const QString markdown = MarkdownRenderer::render(document);
        const QString escaped = MarkdownRenderer::escape(input);
        QVERIFY(markdown.contains(escaped.section(u'\n', 0, 0)));
        for (const QString &line : escaped.split(u'\n')) {
            static const QRegularExpression bare(u"(?<!\\\\)[<>*_\\[\\]`&|~]"_s);
            QVERIFY2(!bare.match(QString(line).remove(u"&#32;"_s)).hasMatch(), qPrintable(line));
        }
    }

    void markdownCodeFenceLongerThanContent()
    {
        Request request;
        request.setValue(FieldId::ContentHelpResponse, u"a ```` b"_s);
        const QString markdown =
                MarkdownRenderer::render(CaseDescription::build(Project {u"p"_s, {request}}));
        QVERIFY(markdown.contains(u"  `````\n  a ```` b\n  `````"_s));
    }

    void markdownLineStarts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("heading") << u"# x"_s << u"\\# x"_s;
        QTest::addRow("list") << u"- x"_s << u"\\- x"_s;
        QTest::addRow("ordered") << u"12. x"_s << u"12\\. x"_s;
        QTest::addRow("inner dot") << u"Inc. 1.5"_s << u"Inc. 1.5"_s;
        QTest::addRow("leading spaces") << u"  x"_s << u"&#32;&#32;x"_s;
        QTest::addRow("newline") << u"a\nb"_s << u"a\\\nb"_s;
    }

    void markdownLineStarts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownRenderer::escape(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestReportRenderers)
#include "tst_reportrenderers.moc"

// The audit report: every finding with severity, field, rule id, message
// and source; completeness; the revision and time it was made from.
#include "FailOnWarning.h"
#include "examples/ExampleRequests.h"
#include "report/AuditReport.h"
#include "report/MarkdownRenderer.h"
#include "report/PlainTextRenderer.h"
#include "rules/RuleEngine.h"
#include "storage/JsonFormat.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs;

class TestAuditReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void everyFinding_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("compliant") << ExampleRequests::compliantPath();
        QTest::addRow("typical mistakes") << ExampleRequests::typicalMistakesPath();
    }

    void everyFinding()
    {
        QFETCH(QString, path);
        const Project project = JsonFormat::read(ExampleRequests::read(path)).project;
        const QList<Finding> findings = RuleEngine().check(project.requests.first());
        ReportSource source;
        source.path = u"/tmp/p.scproj"_s;
        source.revision = 7;
        source.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        const ReportDocument document = AuditReport::build(project, source);
        QCOMPARE(document.parts.size(), 1);

        QList<ReportItem> items;
        for (const ReportSection &section : document.parts.first().sections)
            for (const ReportItem &item : section.items)
                if (item.kind == ReportItem::Kind::Finding)
                    items << item;
        QCOMPARE(items.size(), findings.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).rule, QLatin1StringView(findings.at(i).rule));
            QCOMPARE(items.at(i).value, findings.at(i).text());
            QCOMPARE(items.at(i).severityKey, severityKey(findings.at(i).severity));
            QVERIFY(!items.at(i).source.isEmpty());
            QVERIFY(!items.at(i).label.isEmpty());
        }

        const QString text = PlainTextRenderer::render(document);
        QVERIFY(text.contains(u"Revision 7"_s));
        QVERIFY(text.contains(u"2026-03-04T05:06:07Z"_s));
        QVERIFY(text.contains(u"Completeness: "_s));
        for (const Finding &finding : findings) {
            QVERIFY2(text.contains(u"(%1)"_s.arg(QLatin1StringView(finding.rule))), finding.rule);
            QVERIFY(MarkdownRenderer::render(document).contains(u'`' + QLatin1StringView(finding.rule)
                                                                + u'`'));
        }
        if (findings.isEmpty())
            QVERIFY(text.contains(u"No findings."_s));
    }

    void unsavedProject()
    {
        const Project project =
                JsonFormat::read(ExampleRequests::read(ExampleRequests::compliantPath())).project;
        ReportSource source;
        source.modified = true;
        const QString text = PlainTextRenderer::render(AuditReport::build(project, source));
        QVERIFY(text.contains(u"Not saved in a project file, with unsaved changes"_s));
        QVERIFY(text.contains(u"Completeness: 100 %"_s));
        // The files the mockup findings are about, by name, type and size.
        QVERIFY(text.contains(u"Opt-in screenshots or mockups:"_s));
        QVERIFY2(text.contains(
                         u"signup-web.png (image/png, 5.92 KiB), signup-app.png (image/png, 4.93 KiB)"_s),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAuditReport)
#include "tst_auditreport.moc"

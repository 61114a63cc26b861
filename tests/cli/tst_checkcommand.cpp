// shortcode-audit check and template, end to end: exit codes, the JSON
// shape of request-format.md, the text report, and unreadable input.
#include "CliRunner.h"
#include "FailOnWarning.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = scs::test::CliResult;

Result run(const QStringList &arguments, const QByteArray &input = {})
{
    return scs::test::runAudit(arguments, input);
}

QString example(const char *name)
{
    return QStringLiteral(SCS_SOURCE_DIR) + u"/resources/examples/"_s + QLatin1StringView(name);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void compliantExamplePasses()
    {
        const Result result = run({u"check"_s, example("northwind-alerts.json")});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(u"0 errors, 0 warnings"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"completeness 100%"_s));
        QVERIFY(result.err.isEmpty());
    }

    void mistakesAreFound()
    {
        const Result result = run({u"check"_s, example("typical-mistakes.json")});
        QCOMPARE(result.status, 1);
        // Grouped per section, one line each with severity, field label, message and rule.
        QVERIFY(result.out.contains(u"\n  Case classification\n"_s));
        QVERIFY(result.out.contains(u"[one_country_per_code]"_s));
        QVERIFY(result.out.contains(u"[help_has_contact]"_s));
        QVERIFY(result.out.contains(u"[stop_confirms]"_s));
        QVERIFY(result.out.contains(u"[optin_keyword_valid]"_s));
        QVERIFY(result.out.contains(u"[public_url_shortener]"_s));
        QVERIFY(result.out.contains(u"[sample_text_left]"_s));
        const qsizetype caseAt = result.out.indexOf(u"Case classification"_s);
        const qsizetype contentAt = result.out.indexOf(u"Message content"_s);
        QVERIFY(caseAt > 0 && contentAt > caseAt);
    }

    void jsonShape()
    {
        const Result result = run({u"check"_s, u"--format"_s, u"json"_s, example("typical-mistakes.json")});
        QCOMPARE(result.status, 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.keys(), (QStringList {u"requests"_s, u"source"_s}));
        QCOMPARE(root.value(u"source"_s).toString(), example("typical-mistakes.json"));
        const QJsonArray requests = root.value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject request = requests.first().toObject();
        QCOMPARE(request.keys(), (QStringList {u"completeness"_s, u"counts"_s, u"findings"_s, u"title"_s}));
        QCOMPARE(request.value(u"title"_s).toString(), u"BrightBay Deals (needs work)"_s);
        const double completeness = request.value(u"completeness"_s).toDouble();
        QVERIFY(completeness > 0 && completeness < 1);
        QCOMPARE(std::round(completeness * 100) / 100, completeness);
        const QJsonObject counts = request.value(u"counts"_s).toObject();
        QCOMPARE(counts.keys(), (QStringList {u"error"_s, u"info"_s, u"warning"_s}));
        const QJsonArray findings = request.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(),
                 counts.value(u"error"_s).toInt() + counts.value(u"warning"_s).toInt()
                         + counts.value(u"info"_s).toInt());
        int withItem = 0;
        for (const QJsonValue &value : findings) {
            const QJsonObject finding = value.toObject();
            // "item": which example, keyword or file (zero-based), only on
            // findings about one.
            QStringList keys {u"field"_s, u"message"_s, u"rule"_s, u"severity"_s};
            if (finding.contains(u"item"_s)) {
                keys.insert(1, u"item"_s); // keys() are sorted
                const QString field = finding.value(u"field"_s).toString();
                QVERIFY2(QStringList({u"content.examples"_s, u"signup.join_keywords"_s,
                                      u"evidence.optin_mockups"_s})
                                 .contains(field),
                         qPrintable(field));
                QVERIFY(finding.value(u"item"_s).isDouble());
                const int item = finding.value(u"item"_s).toInt(-1);
                if (field == u"content.examples"_s) {
                    ++withItem;
                    QVERIFY(item >= 0 && item < 2); // typical-mistakes has two examples
                }
            }
            QCOMPARE(finding.keys(), keys);
            QVERIFY(QStringList({u"error"_s, u"warning"_s, u"info"_s})
                            .contains(finding.value(u"severity"_s).toString()));
            QVERIFY(finding.value(u"field"_s).toString().contains(u'.'));
            QVERIFY(!finding.value(u"message"_s).toString().isEmpty());
        }
        QVERIFY(withItem > 0);
    }

    // The example a finding is about, zero-based: both examples of
    // typical-mistakes have deliberate mistakes (a shortened link in the
    // first, a placeholder in braces and the guide's sample name in the
    // second); the text output numbers them from 1.
    void findingNamesItsExample()
    {
        const QString path = example("typical-mistakes.json");
        const Result result = run({u"check"_s, u"--format=json"_s, path});
        const QJsonArray findings = QJsonDocument::fromJson(result.out.toUtf8())
                                            .object()
                                            .value(u"requests"_s)
                                            .toArray()
                                            .first()
                                            .toObject()
                                            .value(u"findings"_s)
                                            .toArray();
        QSet<int> items;
        for (const QJsonValue &value : findings) {
            if (value.toObject().contains(u"item"_s))
                items.insert(value.toObject().value(u"item"_s).toInt(-1));
        }
        QCOMPARE(items, (QSet<int> {0, 1}));
        const Result text = run({u"check"_s, path});
        QVERIFY(text.out.contains(u"Example messages, example 1: "_s));
        QVERIFY(text.out.contains(u"Example messages, example 2: "_s));
    }

    void severalFilesOneJsonLineEach()
    {
        const Result result = run({u"check"_s, u"--format=json"_s, example("northwind-alerts.json"),
                                   example("typical-mistakes.json")});
        QCOMPARE(result.status, 1);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QVERIFY(QJsonDocument::fromJson(line.toUtf8()).isObject());
    }

    void messagesInJapanese()
    {
        const Result result = run({u"--lang"_s, u"ja"_s, u"check"_s, example("typical-mistakes.json")});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.out.contains(u"エラー"_s), qPrintable(result.out.left(400)));
        QVERIFY(result.out.contains(u"[help_has_contact]"_s)); // ids stay the same
    }

    void unreadableInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("not JSON") << QByteArray("{ nope") << u"line 1"_s;
        QTest::addRow("unknown field")
                << QByteArray(R"({"format":"shortcode-request","version":1,"fields":{"x.y":1}})") << u"x.y"_s;
        QTest::addRow("newer version")
                << QByteArray(R"({"format":"shortcode-request","version":99,"fields":{}})") << u"99"_s;
        QTest::addRow("not SQLite project") << QByteArray("SQLite format 3\0garbage", 23) << QString();
    }
    void unreadableInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"input.json"_s, content);
        const Result result = run({u"check"_s, path, example("northwind-alerts.json")});
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        // The readable file is still checked.
        QVERIFY(result.out.contains(u"Northwind Parcel US delivery alerts"_s));
    }

    void missingFileAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing file")
                << QStringList {u"check"_s, u"/nonexistent/x.json"_s} << u"/nonexistent/x.json"_s;
        QTest::addRow("no file") << QStringList {u"check"_s} << u"no file given"_s;
        QTest::addRow("bad format") << QStringList {u"check"_s, u"--format"_s, u"xml"_s, u"a.json"_s}
                                    << u"unknown format"_s;
        QTest::addRow("bad option") << QStringList {u"check"_s, u"--frob"_s} << u"unknown option"_s;
        QTest::addRow("template argument") << QStringList {u"template"_s, u"x"_s} << u"unexpected argument"_s;
    }
    void missingFileAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void projectFile()
    {
        QTemporaryDir dir;
        QFile json(example("typical-mistakes.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const scs::JsonFormat::ReadResult read = scs::JsonFormat::read(json.readAll());
        QVERIFY(read.ok);
        const QString path = dir.filePath(u"mistakes.scproj"_s);
        scs::ProjectFile file;
        QVERIFY2(file.saveAs(path, read.project), qPrintable(file.errorString()));
        file.close();
        const Result result = run({u"check"_s, path});
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.contains(u"[help_has_contact]"_s));
    }

    void templatePassesItsOwnCheck()
    {
        const Result result = run({u"template"_s});
        QCOMPARE(result.status, 0);
        const scs::JsonFormat::ReadResult read = scs::JsonFormat::read(result.out.toUtf8());
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.project.requests.size(), 1);
        // Canonical form: it is exactly the example file as shipped.
        QFile file(example("northwind-alerts.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(result.out.toUtf8(), file.readAll());

        QTemporaryDir dir;
        const QString path = writeFile(dir, u"template.json"_s, result.out.toUtf8());
        const Result check = run({u"check"_s, u"--format"_s, u"json"_s, path});
        QCOMPARE(check.status, 0);
        const QJsonObject counts = QJsonDocument::fromJson(check.out.toUtf8())
                                           .object()[u"requests"_s][0][u"counts"_s]
                                           .toObject();
        QCOMPARE(counts.value(u"error"_s).toInt(), 0);
        QCOMPARE(counts.value(u"warning"_s).toInt(), 0);
    }

    void realExecutable()
    {
        QProcess process;
        process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE), {u"check"_s, example("typical-mistakes.json")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardOutput().contains("[help_has_contact]"));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"

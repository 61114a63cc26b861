// shortcode-audit export with the document formats: txt, md and pdf of the
// case description and the audit report, -o, --attachments, exit codes,
// unreadable input.
// Run through the real executable: PDF needs its QGuiApplication.
#include "FailOnWarning.h"
#include "examples/ExampleRequests.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs;

namespace {

struct Result
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString examplePath(const QString &name)
{
    return QStringLiteral(SCS_SOURCE_DIR "/resources/examples/") + name;
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("contains");
        const QString good = u"northwind-alerts.json"_s;
        const QString bad = u"typical-mistakes.json"_s;
        QTest::addRow("txt compliant")
                << good << QStringList {u"--format"_s, u"txt"_s} << QByteArray("Case description: Northwind")
                << QByteArray("3. Opt-in confirmation message");
        QTest::addRow("txt mistakes") << bad << QStringList {u"--format=txt"_s}
                                      << QByteArray("Case description: BrightBay") << QByteArray("UCS-2");
        QTest::addRow("md compliant")
                << good << QStringList {u"--format"_s, u"md"_s} << QByteArray("# Case description: Northwind")
                << QByteArray("## Message content");
        QTest::addRow("md mistakes") << bad << QStringList {u"--format"_s, u"md"_s}
                                     << QByteArray("# Case description: BrightBay")
                                     << QByteArray("## Company information");
        QTest::addRow("txt audit") << bad << QStringList {u"--format"_s, u"txt"_s, u"--report"_s, u"audit"_s}
                                   << QByteArray("Audit report: BrightBay") << QByteArray("Completeness: ");
        QTest::addRow("md audit") << bad << QStringList {u"--format"_s, u"md"_s, u"--report=audit"_s}
                                  << QByteArray("# Audit report") << QByteArray("`help_has_contact`");
        QTest::addRow("json audit") << bad << QStringList {u"--report"_s, u"audit"_s} << QByteArray("{")
                                    << QByteArray("\"help_has_contact\"");
        QTest::addRow("pdf compliant")
                << good << QStringList {u"--format"_s, u"pdf"_s} << QByteArray("%PDF") << QByteArray();
        QTest::addRow("pdf mistakes audit")
                << bad << QStringList {u"--format"_s, u"pdf"_s, u"--report"_s, u"audit"_s}
                << QByteArray("%PDF") << QByteArray();
    }

    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, contains);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out"_s);
        const Result result =
                run(QStringList {u"export"_s, examplePath(file)} + options + QStringList {u"-o"_s, out});
        QVERIFY2(result.status == 0, result.err.constData());
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray data = written.readAll();
        QVERIFY2(data.startsWith(start), data.left(80).constData());
        QVERIFY(data.contains(contains));
        // A new export is private like the project (0600).
        QCOMPARE(int(written.permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
                 0);

        // Text formats also go to standard output, unchanged: the same
        // bytes as the file.
        if (!options.contains(u"pdf"_s)) {
            const Result toStdout = run(QStringList {u"export"_s, examplePath(file)} + options);
            QVERIFY2(toStdout.status == 0, toStdout.err.constData());
            QCOMPARE(toStdout.out, data);
        }
    }

    void projectWithSeveralRequests()
    {
        QTemporaryDir dir;
        Project project;
        project.name = u"Both"_s;
        for (const QString &path : {ExampleRequests::compliantPath(), ExampleRequests::typicalMistakesPath()})
            project.requests << JsonFormat::read(ExampleRequests::read(path)).project.requests;
        ProjectFile file;
        const QString path = dir.filePath(u"both.scproj"_s);
        QVERIFY(file.saveAs(path, project));
        file.close();

        const Result text = run({u"export"_s, path, u"--format"_s, u"txt"_s});
        QCOMPARE(text.status, 0);
        const qsizetype first = text.out.indexOf("Case description: Northwind");
        QVERIFY(first >= 0);
        QVERIFY(text.out.indexOf("Case description: BrightBay") > first);

        const Result audit = run({u"export"_s, path, u"--format"_s, u"txt"_s, u"--report"_s, u"audit"_s});
        QCOMPARE(audit.status, 0);
        QVERIFY(audit.out.contains("Revision 1"));

        const QString pdf = dir.filePath(u"both.pdf"_s);
        QCOMPARE(run({u"export"_s, path, u"--format"_s, u"pdf"_s, u"-o"_s, pdf}).status, 0);
        QVERIFY(QFile(pdf).size() > 1000);

        // json keeps writing the project as interchange JSON.
        const Result json = run({u"export"_s, path, u"--format"_s, u"json"_s});
        QCOMPARE(json.status, 0);
        QVERIFY(JsonFormat::read(json.out).isProject);
    }

    // --attachments DIR: the mockups as files under plain names inside DIR
    // (a name like "../../x" stays inside), owner-only, never overwritten
    // without --force (and then nothing is written at all).
    void attachmentsAsFiles()
    {
        QTemporaryDir dir;
        Project project = JsonFormat::read(ExampleRequests::read(ExampleRequests::compliantPath())).project;
        AttachmentList files = project.requests[0].value(FieldId::EvidenceOptinMockups).toAttachments();
        const qsizetype shipped = files.size();
        files.append({u"../../escape.png"_s, u"image/png"_s, QString(), QByteArray("\x89PNG one")});
        files.append(
                {u"C:\\Users\\x\\.hidden.pdf"_s, u"application/pdf"_s, QString(), QByteArray("%PDF-two")});
        files.append({files.first().name, u"image/png"_s, QString(), QByteArray("\x89PNG again")});
        project.requests[0].setValue(FieldId::EvidenceOptinMockups, files);
        const QString input = dir.filePath(u"in.json"_s);
        QFile json(input);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(JsonFormat::writeProject(project));
        json.close();

        const QString out = dir.filePath(u"out/mockups"_s);
        Result result = run({u"export"_s, input, u"--attachments"_s, out});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty()); // only the files, no document
        QStringList expected;
        for (qsizetype i = 0; i < shipped; ++i)
            expected << files[i].name;
        expected << u"escape.png"_s << u"hidden.pdf"_s
                 << QFileInfo(files.first().name).completeBaseName() + u"-2.png"_s;
        QStringList actual = QDir(out).entryList(QDir::Files | QDir::Hidden);
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"escape.png"_s)));
        QFile escaped(QDir(out).filePath(u"escape.png"_s));
        QVERIFY(escaped.open(QIODevice::ReadOnly));
        QCOMPARE(escaped.readAll(), QByteArray("\x89PNG one"));
        QCOMPARE(escaped.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile first(QDir(out).filePath(files.first().name));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), files.first().data);

        // Again: refused, nothing touched; with --force, replaced.
        QVERIFY(QFile::remove(QDir(out).filePath(u"hidden.pdf"_s)));
        result = run({u"export"_s, input, u"--attachments"_s, out});
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains("--force"), result.err.constData());
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(u"hidden.pdf"_s)));
        result = run({u"export"_s, input, u"--attachments"_s, out, u"--force"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(u"hidden.pdf"_s)));

        // With -o the document is written too.
        const QString md = dir.filePath(u"case.md"_s);
        result = run({u"export"_s, input, u"--attachments"_s, out, u"--force"_s, u"--format"_s, u"md"_s,
                      u"-o"_s, md});
        QCOMPARE(result.status, 0);
        QFile text(md);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().contains("Appendix: the subscriber's conversation"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString good = examplePath(u"northwind-alerts.json"_s);
        QTest::addRow("missing file")
                << QStringList {u"export"_s, u"/nonexistent/x.json"_s, u"--format"_s, u"txt"_s}
                << QByteArray("x.json does not exist");
        QTest::addRow("not json") << QStringList {u"export"_s, QStringLiteral(SCS_SOURCE_DIR "/README.md"),
                                                  u"--format"_s, u"md"_s}
                                  << QByteArray("README.md");
        QTest::addRow("pdf to stdout")
                << QStringList {u"export"_s, good, u"--format"_s, u"pdf"_s} << QByteArray("-o");
        QTest::addRow("bad report") << QStringList {u"export"_s, good,          u"--format"_s,
                                                    u"txt"_s,    u"--report"_s, u"x"_s}
                                    << QByteArray("case or audit");
        QTest::addRow("bad format") << QStringList {u"export"_s, good, u"--format"_s, u"docx"_s}
                                    << QByteArray("pdf");
        QTest::addRow("unwritable") << QStringList {u"export"_s, good,    u"--format"_s,
                                                    u"pdf"_s,    u"-o"_s, u"/nonexistent/out.pdf"_s}
                                    << QByteArray("out.pdf");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Result result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void checkStaysDisplayFree()
    {
        // check never starts a GUI application: no platform plugin needed.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE),
                      {u"check"_s, examplePath(u"northwind-alerts.json"_s)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"

// shortcode-audit export, import, history and diff on real project files,
// in-process and through the real executable.
#include "CliRunner.h"
#include "FailOnWarning.h"

#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace scs;

namespace {

using Result = scs::test::CliResult;

Result run(const QStringList &arguments, const QByteArray &input = {})
{
    return scs::test::runAudit(arguments, input);
}

const QString example = QStringLiteral(SCS_SOURCE_DIR "/resources/examples/northwind-alerts.json");
// English plural forms come from shortcode-studio_en.qm; LanguageManager
// does not install it for "en" yet, so "(s)" is accepted until it does.
bool containsPlural(const QString &text, const QString &pattern)
{
    return text.contains(
            QRegularExpression(QRegularExpression::escape(pattern).replace(u"\\(s\\)"_s, u"(s|\\(s\\))?"_s)));
}

const QString mistakes = QStringLiteral(SCS_SOURCE_DIR "/resources/examples/typical-mistakes.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProjectCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void importExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        Result result = run({u"import"_s, example, u"-o"_s, project});
        QCOMPARE(result.status, 0);
        QVERIFY2(containsPlural(result.out, u"Imported 1 request(s) into"_s), qPrintable(result.out));
        QVERIFY(result.err.isEmpty());

        const QString json = dir.filePath(u"out.json"_s);
        result = run({u"export"_s, project, u"--format"_s, u"json"_s, u"-o"_s, json});
        QCOMPARE(result.status, 0);
        const JsonFormat::ReadResult exported = JsonFormat::read(readAll(json));
        QVERIFY(exported.ok);
        QVERIFY(exported.isProject);
        QCOMPARE(exported.project.name, u"p"_s);
        const JsonFormat::ReadResult original = JsonFormat::read(readAll(example));
        QCOMPARE(QJsonDocument::fromJson(JsonFormat::writeRequest(exported.project.requests.at(0))),
                 QJsonDocument::fromJson(readAll(example)));

        // To standard output, with "-o -" or without -o: the same bytes.
        const Result toStdout = run({u"export"_s, project});
        QCOMPARE(toStdout.status, 0);
        QCOMPARE(toStdout.out.toUtf8(), readAll(json));
        QCOMPARE(run({u"export"_s, project, u"-o"_s, u"-"_s}).out, toStdout.out);
    }

    void importExtendsAProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        QCOMPARE(run({u"import"_s, example, u"-o"_s, project}).status, 0);
        // A project document on standard input, added to the same file.
        Project extra;
        extra.name = u"ignored: the file has a name"_s;
        extra.requests.append(JsonFormat::read(readAll(mistakes)).project.requests.at(0));
        extra.requests.append(JsonFormat::read(readAll(example)).project.requests.at(0));
        const Result result = run({u"import"_s, u"-"_s, u"-o"_s, project}, JsonFormat::writeProject(extra));
        QCOMPARE(result.status, 0);
        QVERIFY2(containsPlural(result.out, u"Imported 2 request(s) into"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"revision 2"_s));

        Project loaded;
        QVERIFY(ProjectFile::load(project, &loaded));
        QCOMPARE(loaded.name, u"p"_s);
        QCOMPARE(loaded.requests.size(), 3);
        QVERIFY(loaded.requests.at(0).uuid() != loaded.requests.at(2).uuid());
    }

    void historyAndDiff()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        QCOMPARE(run({u"import"_s, example, u"-o"_s, project}).status, 0);
        {
            ProjectFile file;
            QVERIFY(file.open(project));
            file.setUserName(u"yamada"_s);
            Project changed = file.project();
            changed.requests[0].setValue(FieldId::CompanyName, u"北風パーセル株式会社"_s);
            changed.requests[0].setValue(FieldId::PurposePhi, FieldValue());
            QVERIFY(file.save(changed));
        }
        Result result = run({u"history"_s, project});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"Revision"_s));
        QVERIFY2(lines.at(1).startsWith(u"1 "_s) && containsPlural(lines.at(1), u"1 request(s) added"_s),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(u"yamada"_s) && containsPlural(lines.at(2), u"2 field(s) changed"_s),
                 qPrintable(lines.at(2)));

        result = run({u"diff"_s, project, u"1"_s, u"2"_s});
        QCOMPARE(result.status, 0);
        QVERIFY2(
                result.out.contains(u"company.name: \"Northwind Parcel, Inc.\" → \"北風パーセル株式会社\""_s),
                qPrintable(result.out));
        QVERIFY2(result.out.contains(u"purpose.phi: false → (empty)"_s), qPrintable(result.out));
        result = run({u"diff"_s, project, u"2"_s, u"2"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(u"no changes"_s));

        result = run({u"--lang"_s, u"ja"_s, u"history"_s, project});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(u"リビジョン"_s), qPrintable(result.out));
    }

    // A project with keywords and attachments: JSON -> .scproj -> JSON gives
    // the same bytes.
    void keywordsAndAttachmentsRoundTripByteForByte()
    {
        Project original;
        original.name = u"p"_s;
        Request request = JsonFormat::read(readAll(example)).project.requests.at(0);
        request.setValue(FieldId::SignupJoinKeywords, QStringList {u"TRACK"_s, u"PARCEL"_s});
        AttachmentList files = request.value(FieldId::EvidenceOptinMockups).toAttachments();
        QByteArray every;
        for (int i = 0; i < 256; ++i)
            every.append(char(i));
        files.append({u"paper form ✍.pdf"_s, u"application/pdf"_s, u"On the counter\nof every shop"_s,
                      "%PDF-1.4\n" + every});
        files.append({u"empty.png"_s, u"image/png"_s, QString(), QByteArray()});
        request.setValue(FieldId::EvidenceOptinMockups, files);
        original.requests = {request, JsonFormat::read(readAll(mistakes)).project.requests.at(0)};
        const QByteArray text = JsonFormat::writeProject(original);

        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        QCOMPARE(run({u"import"_s, u"-"_s, u"-o"_s, project}, text).status, 0);
        const Result exported = run({u"export"_s, project, u"--format"_s, u"json"_s});
        QCOMPARE(exported.status, 0);
        QCOMPARE(exported.out.toUtf8(), text);
    }

    // The history names attachments by file, with size and SHA-256; the
    // file's history rows never hold their bytes.
    void attachmentsInHistoryAndDiff()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        QCOMPARE(run({u"import"_s, example, u"-o"_s, project}).status, 0);
        {
            ProjectFile file;
            QVERIFY(file.open(project));
            Project changed = file.project();
            AttachmentList files = changed.requests[0].value(FieldId::EvidenceOptinMockups).toAttachments();
            QCOMPARE(files.size(), 2);
            files[0].description = u"The sign-up form, 2026 design"_s; // changed
            files.removeAt(1); // removed
            files.append({u"poster.pdf"_s, u"application/pdf"_s, u"In every shop"_s, "%PDF-1.7\n"}); // added
            changed.requests[0].setValue(FieldId::EvidenceOptinMockups, files);
            QVERIFY(file.save(changed));
        }
        Result result = run({u"history"_s, project});
        QCOMPARE(result.status, 0);
        const QString second = result.out.split(u'\n', Qt::SkipEmptyParts).at(2);
        QVERIFY2(containsPlural(second, u"1 field(s) changed"_s)
                         && containsPlural(second, u"1 attachment(s) added"_s)
                         && containsPlural(second, u"1 attachment(s) removed"_s)
                         && containsPlural(second, u"1 attachment(s) changed"_s),
                 qPrintable(second));

        result = run({u"diff"_s, project, u"1"_s, u"2"_s});
        QCOMPARE(result.status, 0);
        const QString sha = QString::fromLatin1(
                QCryptographicHash::hash("%PDF-1.7\n", QCryptographicHash::Sha256).toHex().left(8));
        QVERIFY2(result.out.contains(
                         u"evidence.optin_mockups: added \"poster.pdf\" (application/pdf, 9 byte"_s),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(u"SHA-256 %1…)"_s.arg(sha)));
        QVERIFY(result.out.contains(u"removed \"signup-app.png\" (image/png, "_s));
        QVERIFY(result.out.contains(u"changed \"signup-web.png\" (image/png, "_s));

        // In the file: summaries in revision_change, the bytes once each.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"history"_s);
            db.setDatabaseName(project);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT old_value, new_value FROM revision_change"
                               " WHERE field_key = 'evidence.optin_mockups' ORDER BY revision"_s));
            int rows = 0;
            while (query.next()) {
                ++rows;
                const QString value = query.value(1).toString();
                QVERIFY(value.contains(u"\"sha256\""_s));
                QVERIFY2(value.size() < 2000, qPrintable(value.left(200))); // no base64 of a PNG
            }
            QCOMPARE(rows, 2);
            // The two PNGs of the example, the poster; the changed
            // description keeps the same bytes.
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM attachment_blob"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 3);
        }
        QSqlDatabase::removeDatabase(u"history"_s);

        // Revision 1 gives the removed file back, bytes included.
        ProjectFile file;
        QVERIFY(file.open(project, ProjectFile::OpenMode::ReadOnly));
        const auto first = file.projectAtRevision(1);
        QVERIFY(first);
        QCOMPARE(first->requests.at(0).value(FieldId::EvidenceOptinMockups),
                 JsonFormat::read(readAll(example))
                         .project.requests.at(0)
                         .value(FieldId::EvidenceOptinMockups));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = u"/no/such/dir/p.scproj"_s;
        QTest::addRow("export missing file")
                << QStringList {u"export"_s, u"%DIR%/none.scproj"_s} << u"does not exist"_s;
        QTest::addRow("export missing dir") << QStringList {u"export"_s, missing} << u"folder"_s;
        QTest::addRow("export json as project")
                << QStringList {u"export"_s, example} << u"not an SQLite database"_s;
        QTest::addRow("export bad format")
                << QStringList {u"export"_s, u"%DIR%/p.scproj"_s, u"--format"_s, u"xml"_s}
                << u"unknown format"_s;
        QTest::addRow("export no file") << QStringList {u"export"_s} << u"Usage"_s;
        QTest::addRow("import no -o") << QStringList {u"import"_s, example} << u"Usage"_s;
        QTest::addRow("import missing json")
                << QStringList {u"import"_s, u"%DIR%/none.json"_s, u"-o"_s, u"%DIR%/q.scproj"_s}
                << u"none.json does not exist"_s;
        QTest::addRow("import bad json")
                << QStringList {u"import"_s, u"%DIR%/bad.json"_s, u"-o"_s, u"%DIR%/q.scproj"_s}
                << u"bad.json"_s;
        QTest::addRow("import into missing dir")
                << QStringList {u"import"_s, example, u"-o"_s, missing} << u"folder"_s;
        QTest::addRow("history of json")
                << QStringList {u"history"_s, example} << u"not an SQLite database"_s;
        QTest::addRow("history no file") << QStringList {u"history"_s} << u"Usage"_s;
        QTest::addRow("diff no such revision")
                << QStringList {u"diff"_s, u"%DIR%/p.scproj"_s, u"1"_s, u"7"_s} << u"no revision 7"_s;
        QTest::addRow("diff not a number")
                << QStringList {u"diff"_s, u"%DIR%/p.scproj"_s, u"one"_s, u"2"_s} << u"numbers"_s;
        QTest::addRow("diff missing") << QStringList {u"diff"_s, u"%DIR%/p.scproj"_s, u"1"_s} << u"Usage"_s;
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QCOMPARE(run({u"import"_s, example, u"-o"_s, dir.filePath(u"p.scproj"_s)}).status, 0);
        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": ");
        bad.close();
        const QByteArray before = readAll(dir.filePath(u"p.scproj"_s));
        arguments.replaceInStrings(u"%DIR%"_s, dir.path());
        const Result result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(readAll(dir.filePath(u"p.scproj"_s)), before);
        QVERIFY(!QFile::exists(dir.filePath(u"q.scproj"_s)));
    }

    // The case: a lone surrogate used to import with exit 0 and
    // leave a project that every later open called damaged. Now the import
    // is refused, naming the field, and the project stays as it was.
    void importOfALoneSurrogateIsRefused()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        QCOMPARE(run({u"import"_s, example, u"-o"_s, project}).status, 0);
        const QByteArray before = readAll(project);
        QByteArray json = readAll(example);
        QVERIFY(json.contains("\"company.name\": \""));
        json.replace("\"company.name\": \"", "\"company.name\": \"\\ud800");
        const Result result = run({u"import"_s, u"-"_s, u"-o"_s, project}, json);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(u"company.name"_s) && result.err.contains(u"\\uD800"_s),
                 qPrintable(result.err));
        QVERIFY(readAll(project) == before);
        const Result check = run({u"check"_s, project});
        QVERIFY2(check.status != 2, qPrintable(check.err));
    }

    // Imports name the revision they made: never a made-up "revision 0".
    void importNamesItsRevision()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        for (int revision = 1; revision <= 3; ++revision) {
            const Result result = run({u"import"_s, example, u"-o"_s, project});
            QCOMPARE(result.status, 0);
            QVERIFY2(result.out.contains(u"(revision %1)"_s.arg(revision)), qPrintable(result.out));
        }
    }

    // A FIFO (or a device) given as input is refused, never waited on.
    void fifoInputsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("check") << QStringList {u"check"_s, u"%FIFO%"_s};
        QTest::addRow("import") << QStringList {u"import"_s, u"%FIFO%"_s, u"-o"_s, u"%DIR%/p.scproj"_s};
        QTest::addRow("import into") << QStringList {u"import"_s, example, u"-o"_s, u"%FIFO%"_s};
        QTest::addRow("export") << QStringList {u"export"_s, u"%FIFO%"_s, u"--format"_s, u"md"_s};
        QTest::addRow("history") << QStringList {u"history"_s, u"%FIFO%"_s};
        QTest::addRow("diff") << QStringList {u"diff"_s, u"%FIFO%"_s, u"1"_s, u"2"_s};
    }
    void fifoInputsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"request.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (QString &argument : arguments) {
            argument.replace(u"%FIFO%"_s, fifo);
            argument.replace(u"%DIR%"_s, dir.path());
        }
        const Result result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(u"not a regular file"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(fifo), qPrintable(result.err));
    }

    void importIntoALockedProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        QCOMPARE(run({u"import"_s, example, u"-o"_s, project}).status, 0);
        ProjectFile holder;
        QVERIFY(holder.open(project));
        const Result result = run({u"import"_s, example, u"-o"_s, project});
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(u"already open"_s), qPrintable(result.err));
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"export", "import", "history", "diff"})
            QTest::addRow("%s", command) << QString::fromLatin1(command);
    }
    void help()
    {
        QFETCH(QString, command);
        const Result result = run({command, u"--help"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.startsWith(u"Usage: shortcode-audit "_s + command));
        QVERIFY(run({u"--help"_s}).out.contains(u"  "_s + command));
    }

    void executable()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.scproj"_s);
        QProcess process;
        process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE), {u"import"_s, example, u"-o"_s, project});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE), {u"export"_s, project, u"--format"_s, u"json"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const JsonFormat::ReadResult read = JsonFormat::read(process.readAllStandardOutput());
        QVERIFY(read.ok);
        QCOMPARE(read.project.requests.size(), 1);
        process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE), {u"history"_s, example});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectCommands)
#include "tst_projectcommands.moc"

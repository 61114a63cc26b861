// ProjectFile: round trips through real files, every way opening can fail
// (and that it then changed nothing), read-only files and folders, the lock
// against a second opener, and the rules of saving.
#include "FailOnWarning.h"
#include "TestProjects.h"

#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectLock.h"
#include "storage/ProjectWriter.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/stat.h>

using namespace scs;
using namespace scs::test;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool saveNew(const QString &path, const Project &project)
{
    ProjectFile file;
    if (file.saveAs(path, project))
        return true;
    qWarning("%s", qPrintable(file.errorString()));
    return false;
}

// Runs SQL on a file with a plain connection of the test's own.
void execSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-sql"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(u"test-sql"_s);
}

using Setup = std::function<QString(const QString &dir)>;

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }
    void cleanup() { QCOMPARE(QSqlDatabase::connectionNames(), QStringList()); }

    void exampleRoundTrip_data()
    {
        QTest::addColumn<QString>("jsonPath");
        const QDir examples(QStringLiteral(SCS_SOURCE_DIR "/resources/examples"));
        const QStringList names = examples.entryList({u"*.json"_s}, QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QTest::addRow("%s", qPrintable(name)) << examples.filePath(name);
    }
    void exampleRoundTrip()
    {
        QFETCH(QString, jsonPath);
        const QByteArray json = readBytes(jsonPath);
        const JsonFormat::ReadResult read = JsonFormat::read(json);
        QVERIFY2(read.ok, qPrintable(read.error));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"example.scproj"_s);
        QVERIFY(saveNew(path, read.project));
        Project loaded;
        QString error;
        QVERIFY2(ProjectFile::load(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, read.project);

        const QByteArray again = read.isProject ? JsonFormat::writeProject(loaded)
                                                : JsonFormat::writeRequest(loaded.requests.value(0));
        QCOMPARE(QJsonDocument::fromJson(again), QJsonDocument::fromJson(json));
        const QByteArray direct = read.isProject ? JsonFormat::writeProject(read.project)
                                                 : JsonFormat::writeRequest(read.project.requests.value(0));
        QCOMPARE(again, direct);
    }

    void everyFieldRoundTrip_data()
    {
        QTest::addColumn<int>("requests");
        QTest::addRow("one request") << 1;
        QTest::addRow("three requests") << 3;
    }
    void everyFieldRoundTrip()
    {
        QFETCH(int, requests);
        const Project project = fullProject(requests);
        // Through JSON first, as an import would.
        const JsonFormat::ReadResult read = JsonFormat::read(JsonFormat::writeProject(project));
        QVERIFY2(read.ok, qPrintable(read.error + u' ' + read.location));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"full.scproj"_s);
        QVERIFY(saveNew(path, read.project));
        ProjectFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        for (qsizetype i = 0; i < project.requests.size(); ++i)
            QCOMPARE(file.project().requests.at(i).uuid(), read.project.requests.at(i).uuid());
        QCOMPARE(file.project(), read.project);
        QCOMPARE(JsonFormat::writeProject(file.project()), JsonFormat::writeProject(read.project));
    }

    // Unset, empty and set are three different states, for every kind.
    void emptyAndUnanswered()
    {
        Project project;
        project.name = u"Empty"_s;
        Request request;
        request.setValue(FieldId::PurposePhi, false); // answered "no"
        // PurposeThirdPartyMarketing stays unanswered
        request.setValue(FieldId::CaseCountries, QStringList());
        request.setValue(FieldId::ContentExamples, ExampleList());
        request.setValue(FieldId::CompanyName, u""_s);
        request.setValue(FieldId::SpendMonthlyLimitUsd, u"0.10"_s);
        request.setValue(FieldId::RequestsNewQuotaValue, qint64(0));
        project.requests.append(request);
        project.requests.append(Request()); // nothing set at all

        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.scproj"_s);
        QVERIFY(saveNew(path, project));
        Project loaded;
        QVERIFY(ProjectFile::load(path, &loaded));
        QCOMPARE(loaded, project);
        QVERIFY(!loaded.requests.at(0).value(FieldId::PurposeThirdPartyMarketing).isSet());
        QCOMPARE(loaded.requests.at(0).value(FieldId::PurposePhi).toBool(), std::optional<bool>(false));
    }

    void newFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"private.scproj"_s);
        QVERIFY(saveNew(path, fullProject(1)));
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        // Nothing else is left beside it but the lock of a file still open.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"private.scproj"_s});
    }

    void pragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pragmas.scproj"_s);
        QVERIFY(saveNew(path, fullProject(1)));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pragmas"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), Schema::ApplicationId);
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), Schema::CurrentVersion);
            QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"delete"_s);
            QVERIFY(query.exec(u"SELECT kind, text_value FROM field_value WHERE field_key ="
                               " 'spend.monthly_limit_usd'"_s)
                    && query.next());
            QCOMPARE(query.value(0).toString(), u"money"_s);
            QCOMPARE(query.value(1).toString(), u"1000.50"_s);
        }
        QSqlDatabase::removeDatabase(u"pragmas"_s);
    }

    void openFailures_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<ProjectFile::Error>("expected");
        QTest::addColumn<QString>("message");

        auto valid = [](const QString &dir) {
            const QString path = dir + u"/valid.scproj"_s;
            saveNew(path, fullProject(2));
            return path;
        };
        QTest::addRow("missing file") << Setup([](const QString &dir) { return dir + u"/none.scproj"_s; })
                                      << ProjectFile::Error::FileMissing << u"does not exist"_s;
        QTest::addRow("missing folder")
                << Setup([](const QString &dir) { return dir + u"/no/such/folder/x.scproj"_s; })
                << ProjectFile::Error::DirectoryMissing << u"folder"_s;
        QTest::addRow("a folder") << Setup([](const QString &dir) {
            QDir(dir).mkdir(u"folder.scproj"_s);
            return dir + u"/folder.scproj"_s;
        }) << ProjectFile::Error::NotAFile
                                  << u"is a folder"_s;
        QTest::addRow("text file") << Setup([](const QString &dir) {
            writeBytes(dir + u"/text.scproj"_s, "hello, this is not a database\n");
            return dir + u"/text.scproj"_s;
        }) << ProjectFile::Error::NotSqlite
                                   << u"not an SQLite database"_s;
        QTest::addRow("json file") << Setup([](const QString &dir) {
            writeBytes(dir + u"/request.scproj"_s,
                       readBytes(QStringLiteral(SCS_SOURCE_DIR "/resources/examples/northwind-alerts.json")));
            return dir + u"/request.scproj"_s;
        }) << ProjectFile::Error::NotSqlite
                                   << u"not an SQLite database"_s;
        QTest::addRow("empty file") << Setup([](const QString &dir) {
            writeBytes(dir + u"/empty.scproj"_s, {});
            return dir + u"/empty.scproj"_s;
        }) << ProjectFile::Error::Corrupt
                                    << u"damaged"_s;
        QTest::addRow("other application") << Setup([](const QString &dir) {
            const QString path = dir + u"/other.sqlite"_s;
            execSql(path,
                    {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                     u"INSERT INTO notes (text) VALUES ('hello')"_s});
            return path;
        }) << ProjectFile::Error::OtherApplication
                                           << u"another application"_s;
        QTest::addRow("other application, same tables") << Setup([valid](const QString &dir) {
            const QString path = valid(dir);
            execSql(path, {u"PRAGMA application_id = 1234"_s});
            return path;
        }) << ProjectFile::Error::OtherApplication << u"another application"_s;
        QTest::addRow("future user_version") << Setup([valid](const QString &dir) {
            const QString path = valid(dir);
            execSql(path, {u"PRAGMA user_version = %1"_s.arg(Schema::CurrentVersion + 1)});
            return path;
        }) << ProjectFile::Error::NewerVersion
                                             << u"newer version of Shortcode Studio; nothing was changed"_s;
        QTest::addRow("user_version 0") << Setup([valid](const QString &dir) {
            const QString path = valid(dir);
            execSql(path, {u"PRAGMA user_version = 0"_s});
            return path;
        }) << ProjectFile::Error::Corrupt
                                        << u"damaged"_s;
        for (const int keep : {10, 99, 100, 4096, 6000}) {
            QTest::addRow("truncated to %d bytes", keep) << Setup([valid, keep](const QString &dir) {
                const QString path = valid(dir);
                QFile::resize(path, keep);
                return path;
            }) << ProjectFile::Error::Corrupt << u"damaged"_s;
        }
        QTest::addRow("truncated to half") << Setup([valid](const QString &dir) {
            const QString path = valid(dir);
            QFile::resize(path, QFileInfo(path).size() / 2);
            return path;
        }) << ProjectFile::Error::Corrupt << u"damaged"_s;
        QTest::addRow("page 2 overwritten") << Setup([valid](const QString &dir) {
            const QString path = valid(dir);
            QByteArray bytes = readBytes(path);
            for (int i = 4096; i < 4096 + 64; ++i)
                bytes[i] = char(0xA5);
            writeBytes(path, bytes);
            return path;
        }) << ProjectFile::Error::Corrupt << u"damaged"_s;
        QTest::addRow("byte flipped in a value") << Setup([valid](const QString &dir) {
            const QString path = valid(dir);
            QByteArray bytes = readBytes(path);
            const qsizetype at = bytes.indexOf("support0@example.jp");
            if (at >= 0)
                bytes[at] = char(bytes[at] ^ 0x01);
            writeBytes(path, bytes);
            return path;
        }) << ProjectFile::Error::Corrupt << u"damaged"_s;
        QTest::addRow("value edited behind our back") << Setup([valid](const QString &dir) {
            const QString path = valid(dir);
            execSql(path, {u"UPDATE project SET name = 'changed'"_s});
            return path;
        }) << ProjectFile::Error::Corrupt << u"damaged"_s;
    }
    void openFailures()
    {
        QFETCH(Setup, setup);
        QFETCH(ProjectFile::Error, expected);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = setup(dir.path());
        const FileState before = fileState(path);
        const QStringList filesBefore =
                QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

        for (const auto mode : {ProjectFile::OpenMode::ReadWrite, ProjectFile::OpenMode::ReadOnly}) {
            ProjectFile file;
            QVERIFY(!file.open(path, mode));
            QCOMPARE(file.error(), expected);
            QVERIFY2(file.errorString().contains(message), qPrintable(file.errorString()));
            QVERIFY2(file.errorString().contains(QFileInfo(path).fileName()), qPrintable(file.errorString()));
            QVERIFY(!file.isOpen());
            QVERIFY(file.project().requests.isEmpty());
            Project project;
            QString error;
            QVERIFY(!ProjectFile::load(path, &project, &error));
            QCOMPARE(error, file.errorString());
        }
        // Nothing written: same bytes, same time, no files left beside it.
        QCOMPARE(fileState(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 filesBefore);
    }

    // Random damage: each copy either fails to open cleanly or opens with
    // exactly the saved content (the byte was in free space or history).
    void randomDamage_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }
    void randomDamage()
    {
        QFETCH(int, seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.scproj"_s);
        const Project project = fullProject(2);
        QVERIFY(saveNew(path, project));
        QByteArray bytes = readBytes(path);
        QRandomGenerator random(quint32(seed + 0));
        for (int flips = 0; flips < 3; ++flips) {
            const auto at = qsizetype(random.bounded(qint64(bytes.size())));
            bytes[at] = char(bytes[at] ^ char(1 << random.bounded(8)));
        }
        writeBytes(path, bytes);
        const FileState before = fileState(path);
        ProjectFile file;
        if (file.open(path, ProjectFile::OpenMode::ReadOnly))
            QCOMPARE(file.project(), project);
        else
            QVERIFY(!file.errorString().isEmpty());
        file.close();
        QCOMPARE(fileState(path), before);
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"readonly.scproj"_s);
        const Project project = fullProject(1);
        QVERIFY(saveNew(path, project));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        const FileState before = fileState(path);

        ProjectFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        QVERIFY(file.isReadOnly());
        QCOMPARE(file.readOnlyReason(), ProjectFile::ReadOnlyReason::FileNotWritable);
        QVERIFY2(file.readOnlyMessage().contains(u"read-only"_s), qPrintable(file.readOnlyMessage()));
        QCOMPARE(file.project(), project);

        Project changed = project;
        changed.name = u"changed"_s;
        QVERIFY(!file.save(changed));
        QCOMPARE(file.error(), ProjectFile::Error::ReadOnly);
        QVERIFY2(file.errorString().contains(u"Save As"_s), qPrintable(file.errorString()));
        file.close();
        QCOMPARE(fileState(path), before);
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPathFor(path)));
    }

    void readOnlyFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkdir(folder));
        const QString path = folder + u"/project.scproj"_s;
        QVERIFY(saveNew(path, fullProject(1)));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        ProjectFile file;
        QVERIFY(file.open(path));
        QCOMPARE(file.readOnlyReason(), ProjectFile::ReadOnlyReason::DirectoryNotWritable);
        QVERIFY(!file.save(fullProject(1, 5)));
        QCOMPARE(file.error(), ProjectFile::Error::ReadOnly);
        file.close();
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void openedReadOnlyOnRequest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(saveNew(path, fullProject(1)));
        ProjectFile file;
        QVERIFY(file.open(path, ProjectFile::OpenMode::ReadOnly));
        QCOMPARE(file.readOnlyReason(), ProjectFile::ReadOnlyReason::Requested);
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPathFor(path)));
        QVERIFY(!file.save(fullProject(1)));
        QCOMPARE(file.error(), ProjectFile::Error::ReadOnly);
    }

    void secondOpenerInProcessIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.scproj"_s);
        QVERIFY(saveNew(path, fullProject(1)));
        ProjectFile first;
        QVERIFY(first.open(path));
        QVERIFY(!first.isReadOnly());
        QVERIFY(QFileInfo::exists(ProjectLock::lockPathFor(path)));

        ProjectFile second;
        QVERIFY(second.open(path));
        QCOMPARE(second.readOnlyReason(), ProjectFile::ReadOnlyReason::LockedByOther);
        QCOMPARE(second.lockOwner().processId, QCoreApplication::applicationPid());
        const QString message = second.readOnlyMessage();
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(message));
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
        QVERIFY2(message.contains(second.lockOwner().userName) && !second.lockOwner().userName.isEmpty(),
                 qPrintable(message));
        QVERIFY(!second.save(fullProject(1, 2)));
        QCOMPARE(second.error(), ProjectFile::Error::ReadOnly);
        // One message naming the holder, not two sentences glued together.
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(second.errorString().contains(pid), qPrintable(second.errorString()));
        QVERIFY2(second.errorString().contains(u"Save As"_s), qPrintable(second.errorString()));
        QCOMPARE(second.errorString().count(QDir::toNativeSeparators(path)), 1);

        // Save As onto the locked file is refused too, naming the holder.
        ProjectFile third;
        QVERIFY(!third.saveAs(path, fullProject(1, 3)));
        QCOMPARE(third.error(), ProjectFile::Error::LockedByOther);
        QVERIFY2(third.errorString().contains(pid), qPrintable(third.errorString()));
        QCOMPARE(third.errorString().count(QDir::toNativeSeparators(path)), 1);

        first.close();
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPathFor(path)));
        ProjectFile fourth;
        QVERIFY(fourth.open(path));
        QVERIFY(!fourth.isReadOnly());
    }

    void secondOpenerInOtherProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.scproj"_s);
        QVERIFY(saveNew(path, fullProject(1)));
        QProcess holder;
        holder.start(QStringLiteral(SCS_CRASH_SAVER), {u"hold"_s, path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        ProjectFile file;
        QVERIFY(file.open(path));
        QCOMPARE(file.readOnlyReason(), ProjectFile::ReadOnlyReason::LockedByOther);
        QCOMPARE(file.lockOwner().processId, holder.processId());
        QVERIFY2(file.readOnlyMessage().contains(QString::number(holder.processId())),
                 qPrintable(file.readOnlyMessage()));
        QVERIFY2(file.readOnlyMessage().contains(u"crash_saver"_s), qPrintable(file.readOnlyMessage()));
        file.close();

        // A lock left by a process that died is taken over.
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFileInfo::exists(ProjectLock::lockPathFor(path)));
        QVERIFY(file.open(path));
        QVERIFY2(!file.isReadOnly(), qPrintable(file.readOnlyMessage()));
        QVERIFY(file.save(fullProject(1, 9)));
    }

    void overlappingSaveIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.scproj"_s);
        QVERIFY(saveNew(path, fullProject(1)));
        ProjectFile file;
        QVERIFY(file.open(path));
        bool innerRan = false;
        file.setBeforeCommitHook([&] {
            innerRan = true;
            file.setBeforeCommitHook({});
            QVERIFY(!file.save(fullProject(1, 7)));
            QCOMPARE(file.error(), ProjectFile::Error::SaveInProgress);
            QVERIFY(file.errorString().contains(u"being saved"_s));
            // Another object on the same path, too.
            ProjectWriter::Job job;
            job.target = path;
            const Project other = fullProject(1, 8);
            job.project = &other;
            QCOMPARE(ProjectWriter::write(job, nullptr), ProjectWriter::Result::Busy);
        });
        const Project saved = fullProject(1, 6);
        QVERIFY(file.save(saved));
        QVERIFY(innerRan);
        Project loaded;
        QVERIFY(ProjectFile::load(path, &loaded));
        QCOMPARE(loaded, saved);
    }

    void saveAsMovesOnWithHistory()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"a.scproj"_s);
        const QString second = dir.filePath(u"b.scproj"_s);
        ProjectFile file;
        QVERIFY(!file.save(fullProject(1)));
        QCOMPARE(file.error(), ProjectFile::Error::NotOpen);
        QVERIFY(file.saveAs(first, fullProject(1)));
        QVERIFY(file.save(fullProject(1, 1)));
        QVERIFY(file.saveAs(second, fullProject(1, 2)));
        QCOMPARE(file.path(), second);
        QCOMPARE(file.revisions(false).size(), 3);
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPathFor(first)));
        QVERIFY(QFileInfo::exists(ProjectLock::lockPathFor(second)));
        QVERIFY(!file.saveAs(dir.filePath(u"missing/c.scproj"_s), fullProject(1)));
        QCOMPARE(file.error(), ProjectFile::Error::DirectoryMissing);
        QCOMPARE(file.path(), second);
    }

    void replacedFileKeepsItsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.scproj"_s);
        QVERIFY(saveNew(path, fullProject(1)));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        ProjectFile file;
        QVERIFY(file.open(path));
        QVERIFY(file.save(fullProject(1, 1)));
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0640u);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"

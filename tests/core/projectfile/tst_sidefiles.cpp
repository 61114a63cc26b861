// What SQLite keeps beside a database (-journal, -wal, -shm) never crosses
// from one file to another: a stale -wal beside a project (left by an
// older file of the same name, or by another program) is neither applied
// when the project is opened nor left for the saved file to inherit, and
// opening a project creates nothing beside it.
#include "FailOnWarning.h"
#include "HostileFiles.h"

#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace Qt::StringLiterals;
namespace hostile = scs::test::hostile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// A valid write-ahead log for a copy of `path` that renames its project:
// what an older file of the same name (or the sqlite3 shell in WAL mode)
// leaves behind. SQLite applies a -wal it finds beside a file whatever the
// file's own journal mode.
QByteArray staleWal(const QString &path, const QString &scratch)
{
    QFile::remove(scratch);
    if (!QFile::copy(path, scratch))
        return {};
    QByteArray wal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"wal"_s);
        db.setDatabaseName(scratch);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"PRAGMA journal_mode = WAL"_s);
            query.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
            query.exec(u"UPDATE project SET name = 'from a stale write-ahead log'"_s);
            wal = readAll(scratch + u"-wal"_s); // before the close checkpoints it
            query = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"wal"_s);
    return wal;
}

// The project name a plain SQLite connection (as any other program) sees.
QString plainName(const QString &path)
{
    QString name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT name FROM project"_s) && query.next())
                name = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
    return name;
}

} // namespace

class TestSideFiles : public QObject
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

    // The stale log is real: a plain connection applies it.
    void staleWalIsAppliedByPlainSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        const QByteArray wal = staleWal(path, dir.filePath(u"copy.scproj"_s));
        QVERIFY(!wal.isEmpty());
        QVERIFY(writeAll(path + u"-wal"_s, wal));
        QCOMPARE(plainName(path), u"from a stale write-ahead log"_s);
    }

    // Opening ignores a stale -wal (and -shm, -journal) and creates nothing:
    // the content is the file's own, and the folder is as it was.
    void openingIgnoresAndCreatesNothing_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<bool>("withWal");
        QTest::addRow("read-only, stale -wal") << true << true;
        QTest::addRow("read-write, stale -wal") << false << true;
        QTest::addRow("read-only, nothing beside") << true << false;
        QTest::addRow("read-write, nothing beside") << false << false;
    }
    void openingIgnoresAndCreatesNothing()
    {
        QFETCH(bool, readOnly);
        QFETCH(bool, withWal);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        if (withWal)
            QVERIFY(writeAll(path + u"-wal"_s, staleWal(path, dir.filePath(u"copy.scproj"_s))));
        QFile::remove(dir.filePath(u"copy.scproj"_s));
        const QByteArray bytes = readAll(path);
        const QByteArray walBytes = readAll(path + u"-wal"_s);
        const QDateTime modified = QFileInfo(path).lastModified();
        QStringList before = entries(dir.path());
        {
            ProjectFile file;
            QVERIFY2(file.open(path,
                               readOnly ? ProjectFile::OpenMode::ReadOnly : ProjectFile::OpenMode::ReadWrite),
                     qPrintable(file.errorString()));
            QCOMPARE(file.project(), hostile::baseProject(1));
            QCOMPARE(file.revisions().size(), 2);
            QVERIFY(file.projectAtRevision(1));
            QStringList now = entries(dir.path());
            if (!readOnly)
                now.removeAll(u".~p.scproj.lock"_s); // the editor's lock, and nothing else
            QCOMPARE(now, before);
        }
        QCOMPARE(entries(dir.path()), before);
        QVERIFY(readAll(path) == bytes);
        QVERIFY(readAll(path + u"-wal"_s) == walBytes);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    // A save (over the file, or a first save to a name with side files
    // left beside it) removes them before the new file takes the name:
    // every later open, ours or a plain SQLite one, sees what was saved.
    void saveLeavesNoSideFiles_data()
    {
        QTest::addColumn<bool>("replacing");
        QTest::addRow("saving over the file") << true;
        QTest::addRow("saving a new file") << false;
    }
    void saveLeavesNoSideFiles()
    {
        QFETCH(bool, replacing);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        const QByteArray wal = staleWal(path, dir.filePath(u"copy.scproj"_s));
        QFile::remove(dir.filePath(u"copy.scproj"_s));
        if (!replacing)
            QVERIFY(QFile::remove(path));
        QVERIFY(writeAll(path + u"-wal"_s, wal));
        QVERIFY(writeAll(path + u"-shm"_s, QByteArray(32768, '\0')));
        QVERIFY(writeAll(path + u"-journal"_s, QByteArray(512, 'j')));

        Project saved = hostile::baseProject(1);
        saved.name = u"Saved"_s;
        {
            ProjectFile file;
            if (replacing) {
                QVERIFY2(file.open(path), qPrintable(file.errorString()));
                QVERIFY2(file.save(saved), qPrintable(file.errorString()));
            } else {
                QVERIFY2(file.saveAs(path, saved), qPrintable(file.errorString()));
            }
        }
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFileInfo::exists(path + QLatin1StringView(suffix)), suffix);
        QCOMPARE(plainName(path), u"Saved"_s);
        ProjectFile file;
        QVERIFY2(file.open(path, ProjectFile::OpenMode::ReadOnly), qPrintable(file.errorString()));
        QCOMPARE(file.project(), saved);
        QCOMPARE(file.revisions().size(), replacing ? 3 : 1);
    }
};

QTEST_GUILESS_MAIN(TestSideFiles)
#include "tst_sidefiles.moc"

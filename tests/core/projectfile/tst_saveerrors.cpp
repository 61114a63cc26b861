// Saves that fail say what happened and what was kept: errors injected at
// each system call of a save (FileOps' test seam), a full disk (the
// system's ENOSPC, and SQLite's SQLITE_FULL), a folder that cannot be
// synced after the rename (the file WAS replaced), and a project that would
// not read back as it was saved (a lone surrogate).
#include "FailOnWarning.h"
#include "HostileFiles.h"

#include "storage/FileOps.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

using namespace scs;
using namespace Qt::StringLiterals;
namespace hostile = scs::test::hostile;

Q_DECLARE_METATYPE(FileOps::Operation)
Q_DECLARE_METATYPE(ProjectFile::Error)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Project changed()
{
    Project project = hostile::baseProject(1);
    project.name = u"Changed"_s;
    return project;
}

} // namespace

class TestSaveErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }
    void cleanup()
    {
        FileOps::clearInjectedFailures();
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }

    // Before the rename nothing is replaced: the file stays byte for byte,
    // the project stays open to save again, and the message says so.
    void failsBeforeTheRename_data()
    {
        QTest::addColumn<FileOps::Operation>("operation");
        QTest::addColumn<int>("errorNumber");
        QTest::addColumn<ProjectFile::Error>("error");
        QTest::addColumn<QString>("part");
        QTest::addRow("creating, disk full") << FileOps::Operation::CreateEmpty << ENOSPC
                                             << ProjectFile::Error::NoSpace << u"no space left on device"_s;
        QTest::addRow("creating, quota full") << FileOps::Operation::CreateEmpty << EDQUOT
                                              << ProjectFile::Error::NoSpace << u"no space left on device"_s;
        QTest::addRow("SQLite writing, disk full")
                << FileOps::Operation::WriteDatabase << ENOSPC << ProjectFile::Error::NoSpace
                << u"no space left on device"_s;
        QTest::addRow("syncing the file, disk full")
                << FileOps::Operation::SyncFile << ENOSPC << ProjectFile::Error::NoSpace
                << u"no space left on device"_s;
        QTest::addRow("syncing the file, I/O error")
                << FileOps::Operation::SyncFile << EIO << ProjectFile::Error::WriteFailed
                << u"left as it was"_s;
        QTest::addRow("removing a side file") << FileOps::Operation::RemoveSideFile << EACCES
                                              << ProjectFile::Error::WriteFailed << u"left as it was"_s;
        QTest::addRow("renaming") << FileOps::Operation::Replace << EIO << ProjectFile::Error::WriteFailed
                                  << u"left as it was"_s;
    }
    void failsBeforeTheRename()
    {
        QFETCH(FileOps::Operation, operation);
        QFETCH(int, errorNumber);
        QFETCH(ProjectFile::Error, error);
        QFETCH(QString, part);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        const QByteArray before = readAll(path);
        ProjectFile file;
        QVERIFY(file.open(path));

        FileOps::injectFailure(operation, errorNumber);
        QVERIFY(!file.save(changed()));
        FileOps::clearInjectedFailures();
        QCOMPARE(file.error(), error);
        QVERIFY2(file.errorString().contains(part, Qt::CaseInsensitive), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(path), qPrintable(file.errorString()));
        QVERIFY2(!file.errorString().contains(u"Unknown error"_s)
                         && !file.errorString().contains(u"commit"_s),
                 qPrintable(file.errorString()));
        QVERIFY(readAll(path) == before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({u".~p.scproj.lock"_s, u"p.scproj"_s}));

        // The project is still open, and the next save goes through.
        QVERIFY(file.isOpen());
        QCOMPARE(file.project(), hostile::baseProject(1));
        QVERIFY2(file.save(changed()), qPrintable(file.errorString()));
        QCOMPARE(file.revisions().size(), 3);
        Project project;
        QVERIFY(ProjectFile::load(path, &project));
        QCOMPARE(project, changed());
    }

    // The reason is filled in the same call as the file name: a "%1" in
    // the name stays as it is, and the reason appears once, in its place.
    void aPercentInTheFileNameStaysAsItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report %1 %2.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        ProjectFile file;
        QVERIFY(file.open(path));
        FileOps::injectFailure(FileOps::Operation::SyncFile, EIO);
        QVERIFY(!file.save(changed()));
        FileOps::clearInjectedFailures();
        QCOMPARE(file.error(), ProjectFile::Error::WriteFailed);
        const QString message = file.errorString();
        QVERIFY2(message.startsWith(u"Could not save "_s + path + u" ("_s), qPrintable(message));
        QVERIFY2(message.endsWith(u"). The file on disk was left as it was."_s), qPrintable(message));
        const QString reason = message.mid(int(u"Could not save "_s.size() + path.size() + 2));
        QVERIFY2(reason.startsWith(QString::fromLocal8Bit(strerror(EIO))), qPrintable(message));
    }

    // After the rename the file holds the new content: a folder that
    // cannot be synced is reported as that, never as "left as it was".
    void folderSyncFailsAfterTheRename()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        ProjectFile file;
        QVERIFY(file.open(path));
        FileOps::injectFailure(FileOps::Operation::SyncDirectory, EIO);
        QVERIFY(!file.save(changed()));
        FileOps::clearInjectedFailures();
        QCOMPARE(file.error(), ProjectFile::Error::NotSynced);
        QVERIFY2(file.errorString().contains(u"the file was replaced"_s), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(u"could not be synced"_s), qPrintable(file.errorString()));
        QVERIFY2(!file.errorString().contains(u"left as it was"_s), qPrintable(file.errorString()));
        // What the message says: the new content is in the file.
        Project project;
        QVERIFY(ProjectFile::load(path, &project));
        QCOMPARE(project, changed());
        // And the open file moved on with it: history, and the next save.
        QCOMPARE(file.project(), changed());
        QCOMPARE(file.revisions().size(), 3);
        QVERIFY2(file.save(changed()), qPrintable(file.errorString()));
        QCOMPARE(file.revisions().size(), 4);
    }

    // A save reads back what it wrote: a value that storage cannot keep (a
    // lone surrogate: not UTF-16, so not UTF-8) is refused, naming the
    // field, instead of a file that every later open calls damaged.
    void whatDoesNotReadBackIsNotSaved_data()
    {
        QTest::addColumn<bool>("firstSave");
        QTest::addRow("replacing a file") << false;
        QTest::addRow("a new file") << true;
    }
    void whatDoesNotReadBackIsNotSaved()
    {
        QFETCH(bool, firstSave);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        Project broken = hostile::baseProject(1);
        broken.requests[0].setValue(FieldId::CompanyName, u"Acme "_s + QChar(0xD800));
        ProjectFile file;
        if (!firstSave) {
            QVERIFY(hostile::saveBase(path));
            QVERIFY(file.open(path));
        }
        const QByteArray before = readAll(path);
        QVERIFY(firstSave ? !file.saveAs(path, broken) : !file.save(broken));
        QCOMPARE(file.error(), ProjectFile::Error::NotReadBack);
        QVERIFY2(file.errorString().contains(u"company.name"_s), qPrintable(file.errorString()));
        QVERIFY(readAll(path) == before);
        QCOMPARE(QFileInfo::exists(path), !firstSave);
        if (!firstSave) {
            ProjectFile again;
            QVERIFY2(again.open(path, ProjectFile::OpenMode::ReadOnly), qPrintable(again.errorString()));
            QCOMPARE(again.project(), hostile::baseProject(1));
        }
    }
};

QTEST_GUILESS_MAIN(TestSaveErrors)
#include "tst_saveerrors.moc"

// The lock of a project file holds however the file is reached (through a
// symbolic link, under another name by a hard link), a save through a link
// replaces the file behind it and keeps the link, lock files are private,
// and a lock file without content (a crash between creating and writing
// it) does not keep the project read-only for good.
#include "FailOnWarning.h"
#include "HostileFiles.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace scs;
using namespace Qt::StringLiterals;
namespace hostile = scs::test::hostile;

namespace {

bool writeLockFile(const QString &path, const QByteArray &content, qint64 ageSeconds)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    const QDateTime when = QDateTime::currentDateTime().addSecs(-ageSeconds);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(when, QFileDevice::FileModificationTime);
}

int modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestLocks : public QObject
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

    // A lock file without QLockFile's content: taken over once older than
    // the lock's own limit (30 s), kept while it may still be written.
    void incompleteLockFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<bool>("takenOver");
        QTest::addRow("empty, an hour old") << QByteArray() << 3600 << true;
        QTest::addRow("empty, days old") << QByteArray() << 3 * 86400 << true;
        QTest::addRow("garbage, an hour old") << QByteArray("\x01\x02 not a lock") << 3600 << true;
        QTest::addRow("empty, just made") << QByteArray() << 0 << false;
        QTest::addRow("empty, 10 s old") << QByteArray() << 10 << false;
    }
    void incompleteLockFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, ageSeconds);
        QFETCH(bool, takenOver);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        QVERIFY(writeLockFile(ProjectLock::lockPathFor(path), content, ageSeconds));
        ProjectFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        QCOMPARE(file.isReadOnly(), !takenOver);
        if (takenOver) {
            QVERIFY2(file.save(file.project()), qPrintable(file.errorString()));
            qint64 pid = 0;
            QString host;
            QString app;
            QLockFile lock(ProjectLock::lockPathFor(path));
            QVERIFY(lock.getLockInfo(&pid, &host, &app));
            QCOMPARE(pid, QCoreApplication::applicationPid());
        } else {
            QCOMPARE(file.readOnlyReason(), ProjectFile::ReadOnlyReason::LockedByOther);
        }
    }

    // A FIFO or a folder where the lock file goes: opened read-only at
    // once, saved nowhere (reading a FIFO for its owner waited forever).
    void lockPathNotAFile_data()
    {
        QTest::addColumn<bool>("fifo");
        QTest::addRow("fifo") << true;
        QTest::addRow("folder") << false;
    }
    void lockPathNotAFile()
    {
        QFETCH(bool, fifo);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        const QString lockPath = ProjectLock::lockPathFor(path);
        if (fifo)
            QCOMPARE(::mkfifo(QFile::encodeName(lockPath).constData(), 0600), 0);
        else
            QVERIFY(QDir().mkdir(lockPath));
        ProjectFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        QCOMPARE(file.readOnlyReason(), ProjectFile::ReadOnlyReason::LockUnavailable);
        ProjectFile other;
        QVERIFY(!other.saveAs(path, hostile::baseProject(0)));
        QVERIFY2(other.errorString().contains(u"lock file"_s), qPrintable(other.errorString()));
        QVERIFY(QFileInfo(lockPath).isDir() != fifo);
    }

    // A dead process's lock is taken over (QLockFile's rule, kept).
    void deadProcessLockIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        // A pid that cannot be running: beyond pid_max.
        const QByteArray content = "4194304\n" + QCoreApplication::applicationName().toUtf8() + '\n'
                + QSysInfo::machineHostName().toUtf8() + '\n';
        QVERIFY(writeLockFile(ProjectLock::lockPathFor(path), content, 0));
        ProjectFile file;
        QVERIFY(file.open(path));
        QVERIFY(!file.isReadOnly());
    }

    void lockFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        const mode_t old = ::umask(022);
        ProjectFile file;
        const bool opened = file.open(path);
        ::umask(old);
        QVERIFY(opened && !file.isReadOnly());
        QCOMPARE(modeOf(ProjectLock::lockPathFor(path)), 0600);
        QCOMPARE(modeOf(path), 0600);
    }

    // Through a symbolic link: one lock with the file itself; a save
    // replaces the file behind the link and the link stays a link.
    void symbolicLink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real.scproj"_s);
        const QString link = dir.filePath(u"link.scproj"_s);
        QVERIFY(hostile::saveBase(real));
        QVERIFY(QFile::link(real, link));

        ProjectFile viaLink;
        QVERIFY2(viaLink.open(link), qPrintable(viaLink.errorString()));
        QVERIFY(!viaLink.isReadOnly());
        QCOMPARE(viaLink.path(), link);
        QCOMPARE(viaLink.resolvedPath(), QFileInfo(real).canonicalFilePath());
        ProjectFile direct;
        QVERIFY(direct.open(real));
        QCOMPARE(direct.readOnlyReason(), ProjectFile::ReadOnlyReason::LockedByOther);
        QCOMPARE(direct.lockOwner().processId, QCoreApplication::applicationPid());
        direct.close();

        Project changed = viaLink.project();
        changed.name = u"Saved through the link"_s;
        QVERIFY2(viaLink.save(changed), qPrintable(viaLink.errorString()));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(real).canonicalFilePath());
        QVERIFY(!QFileInfo::exists(dir.filePath(u".~link.scproj.lock"_s)));
        Project project;
        QVERIFY(ProjectFile::load(real, &project));
        QCOMPARE(project.name, u"Saved through the link"_s);
        // Still locked after the save (the new file has the lock too).
        QVERIFY(direct.open(real));
        QVERIFY(direct.isReadOnly());
    }

    // Save As onto a link: the file behind it is written, the link kept.
    void saveAsOntoALink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real.scproj"_s);
        const QString link = dir.filePath(u"link.scproj"_s);
        QVERIFY(QFile::link(real, link)); // dangling until the save
        ProjectFile file;
        QVERIFY2(file.saveAs(link, hostile::baseProject(0)), qPrintable(file.errorString()));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(QFileInfo(real).isFile() && !QFileInfo(real).isSymLink());
        Project project;
        QVERIFY(ProjectFile::load(real, &project));
        QCOMPARE(project, hostile::baseProject(0));
    }

    // Under another name (a hard link): the file's own lock keeps the
    // second opener read-only, and says why.
    void hardLink()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.scproj"_s);
        const QString second = dir.filePath(u"second.scproj"_s);
        QVERIFY(hostile::saveBase(first));
        QCOMPARE(::link(QFile::encodeName(first).constData(), QFile::encodeName(second).constData()), 0);

        ProjectFile a;
        QVERIFY(a.open(first));
        QVERIFY(!a.isReadOnly());
        ProjectFile b;
        QVERIFY2(b.open(second), qPrintable(b.errorString()));
        QCOMPARE(b.readOnlyReason(), ProjectFile::ReadOnlyReason::LockedUnderOtherName);
        QVERIFY2(b.readOnlyMessage().contains(u"hard link"_s), qPrintable(b.readOnlyMessage()));
        QVERIFY(!b.save(b.project()));
        // The other name's lock file was not left behind.
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPathFor(second)));
        b.close();
        a.close();
        QVERIFY(b.open(second));
        QVERIFY(!b.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestLocks)
#include "tst_locks.moc"

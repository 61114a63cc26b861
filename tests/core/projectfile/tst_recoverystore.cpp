// Recovery copies: written, listed, restored and removed by RecoveryStore;
// written at most once per interval by Autosaver.
#include "FailOnWarning.h"
#include "ProcessEvents.h"
#include "TestProjects.h"

#include "storage/Autosaver.h"
#include "storage/RecoveryStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace scs;
using namespace scs::test;

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void defaultDirectory()
    {
        const QString dir = RecoveryStore::defaultDirectory();
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(dir.endsWith(u"/recovery"_s));
    }

    void keys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("same path") << u"/tmp/x/a.scproj"_s << u"/tmp/x/../x/a.scproj"_s << true;
        QTest::addRow("other path") << u"/tmp/x/a.scproj"_s << u"/tmp/x/b.scproj"_s << false;
        QTest::addRow("japanese") << u"/tmp/申請/a.scproj"_s << u"/tmp/申請/a.scproj"_s << true;
    }
    void keys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(RecoveryStore::keyForPath(a) == RecoveryStore::keyForPath(b), same);
    }

    void writeListRestoreRemove()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.filePath(u"recovery"_s));
        QVERIFY(store.entries().isEmpty());
        const QString original = dir.filePath(u"work/申請.scproj"_s);
        const QString key = store.newKey(original);
        QVERIFY(key.startsWith(RecoveryStore::keyForPath(original) + u'-'));
        const Project project = fullProject(2);
        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY2(store.write(key, {original, 7}, project, &error), qPrintable(error));
        const QString untitled = store.newUntitledKey();
        QVERIFY(untitled.startsWith(u"untitled-"_s));
        QVERIFY(store.write(untitled, {}, fullProject(1, 3)));
        // Every session gets a key of its own, never one in use.
        QVERIFY(store.newUntitledKey() != untitled);
        QVERIFY(store.newKey(original) != key);

        const QList<RecoveryEntry> entries = store.entries();
        QCOMPARE(entries.size(), 2);
        const auto entry = store.entry(key);
        QVERIFY(entry);
        QCOMPARE(entry->originalPath, original);
        QCOMPARE(entry->baseRevision, 7);
        QCOMPARE(entry->projectName, project.name);
        QVERIFY(entry->timeUtc >= before);
        QVERIFY(entry->size > 100 * 1024);
        QCOMPARE(entry->processId, QCoreApplication::applicationPid());
        QVERIFY(store.entry(untitled)->originalPath.isEmpty());

        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(entry->filePath).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);

        const auto restored = store.restore(key, &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(*restored, project);

        // A newer copy replaces the old one.
        QVERIFY(store.write(key, {original}, fullProject(1, 4)));
        QCOMPARE(store.restore(key)->name, fullProject(1, 4).name);
        QCOMPARE(store.restore(key)->requests.size(), 1);

        QVERIFY(store.remove(key));
        QVERIFY(!store.entry(key));
        QVERIFY(!store.restore(key, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.remove(key)); // nothing left: fine
        QCOMPARE(store.entries().size(), 1);
    }

    void damagedCopyIsNotOffered()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        QVERIFY(store.write(u"untitled-1"_s, {}, fullProject(1)));
        QFile::resize(dir.filePath(u"untitled-1.scproj"_s), 500);
        QVERIFY(store.entries().isEmpty());
    }

    void autosaverWritesWhenDirty()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        Project current = fullProject(1);
        int snapshots = 0;
        Autosaver saver(&store, u"untitled-1"_s, RecoverySource(), [&] {
            ++snapshots;
            return current;
        });
        QCOMPARE(saver.interval(), 30000);
        saver.setInterval(20);
        QSignalSpy written(&saver, &Autosaver::written);

        saver.markDirty();
        QVERIFY(saver.isDirty());
        QTRY_COMPARE(written.size(), 1);
        QVERIFY(!saver.isDirty());
        QCOMPARE(*store.restore(u"untitled-1"_s), current);

        // Changes after the write give one more copy with the latest state.
        current.name = u"二回目"_s;
        saver.markDirty();
        saver.markDirty();
        QTRY_COMPARE(written.size(), 2);
        QCOMPARE(store.restore(u"untitled-1"_s)->name, u"二回目"_s);
        QCOMPARE(snapshots, 2);

        // Saved: the copy goes away and nothing more is written.
        saver.markDirty();
        saver.markClean();
        QVERIFY(!store.entry(u"untitled-1"_s));
        QVERIFY(!saver.isDirty());
        QVERIFY(saver.flush()); // nothing to write
        QCOMPARE(written.size(), 2);
        QVERIFY(!store.entry(u"untitled-1"_s));
    }

    void autosaverWritesAtMostOncePerInterval()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        Autosaver saver(&store, u"k"_s, RecoverySource(), [] { return fullProject(1); });
        saver.setInterval(60 * 60 * 1000);
        QSignalSpy written(&saver, &Autosaver::written);
        saver.markDirty();
        // A write due now would have started (or finished) by the time the
        // event loop is idle.
        scs::test::processEventsUntilIdle();
        QVERIFY(!saver.isWriting());
        QCOMPARE(written.size(), 0); // an hour has not passed
        QVERIFY(saver.flush());
        QCOMPARE(written.size(), 1);
        QVERIFY(store.entry(u"k"_s));
    }

    void autosaverMovesWithSaveAs()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        Autosaver saver(&store, u"untitled-1"_s, RecoverySource(), [] { return fullProject(1); });
        saver.markDirty();
        QVERIFY(saver.flush());
        const QString path = dir.filePath(u"saved.scproj"_s);
        const QString key = store.newKey(path);
        saver.setSource(key, {path, 1});
        QVERIFY(!store.entry(u"untitled-1"_s));
        saver.markDirty();
        QVERIFY(saver.flush());
        QCOMPARE(store.entry(key)->originalPath, path);
        QCOMPARE(store.entry(key)->baseRevision, 1);
    }

    // Two sessions of the same file (the first crashed, its copy not yet
    // restored): the second never removes or replaces the first's copy.
    void aSessionTouchesOnlyItsOwnCopy()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        const QString path = dir.filePath(u"alerts.scproj"_s);
        const QString crashedKey = store.newKey(path);
        QVERIFY(store.write(crashedKey, {path}, fullProject(1, 1)));
        {
            Autosaver saver(&store, store.newKey(path), {path}, [] { return fullProject(1, 2); });
            QVERIFY(saver.key() != crashedKey);
            saver.markDirty();
            QVERIFY(saver.flush());
            QCOMPARE(store.entries().size(), 2);
            saver.markClean();
            QCOMPARE(store.entries().size(), 1);
        }
        QCOMPARE(store.restore(crashedKey)->name, fullProject(1, 1).name);
    }

    void aClaimedCopyIsInUse()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        QVERIFY(store.write(u"k"_s, {}, fullProject(1)));
        QVERIFY(!store.isInUse(u"k"_s, 0)); // no lock file: nobody writes it
        {
            Autosaver saver(&store, u"k"_s, RecoverySource(), [] { return fullProject(1); });
            saver.markDirty();
            QVERIFY(saver.flush());
            QVERIFY(store.isInUse(u"k"_s, 0));
            // Removing the copy (a save) keeps the claim of the live session.
            saver.markClean();
            QVERIFY(QFileInfo::exists(store.lockPathFor(u"k"_s)));
            saver.markDirty();
            QVERIFY(saver.flush());
            QVERIFY(store.isInUse(u"k"_s, 0));
            // Left with unsaved changes (a crash would leave them): the copy
            // stays and is no longer in use.
        }
        QVERIFY(store.entry(u"k"_s));
        QVERIFY(!store.isInUse(u"k"_s, 0));
        QVERIFY(store.remove(u"k"_s));
        QVERIFY(!QFileInfo::exists(store.lockPathFor(u"k"_s)));
    }

    void autosaverReportsFailures()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"recovery"_s)); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RecoveryStore store(dir.filePath(u"recovery"_s));
        Autosaver saver(&store, u"k"_s, RecoverySource(), [] { return fullProject(1); });
        saver.setInterval(10);
        QSignalSpy failed(&saver, &Autosaver::failed);
        saver.markDirty();
        QTRY_VERIFY(!failed.isEmpty());
        QVERIFY2(failed.first().first().toString().contains(u"recovery"_s),
                 qPrintable(failed.first().first().toString()));
        QTRY_VERIFY(failed.size() >= 2); // tried again later
    }
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"

// Recovery copies: written, listed, restored and removed by RecoveryStore;
// written at most once per interval by Autosaver.
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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
        const QString key = RecoveryStore::keyForPath(original);
        const Project project = fullProject(2);
        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY2(store.write(key, original, project, &error), qPrintable(error));
        const QString untitled = store.newUntitledKey();
        QCOMPARE(untitled, u"untitled-1"_s);
        QVERIFY(store.write(untitled, {}, fullProject(1, 3)));
        QCOMPARE(store.newUntitledKey(), u"untitled-2"_s);

        const QList<RecoveryEntry> entries = store.entries();
        QCOMPARE(entries.size(), 2);
        const auto entry = store.entry(key);
        QVERIFY(entry);
        QCOMPARE(entry->originalPath, original);
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
        QVERIFY(store.write(key, original, fullProject(1, 4)));
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
        Autosaver saver(&store, u"untitled-1"_s, {}, [&] {
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
        QTest::qWait(60);
        QCOMPARE(written.size(), 2);
    }

    void autosaverWritesAtMostOncePerInterval()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        Autosaver saver(&store, u"k"_s, {}, [] { return fullProject(1); });
        saver.setInterval(60 * 60 * 1000);
        QSignalSpy written(&saver, &Autosaver::written);
        saver.markDirty();
        QTest::qWait(50);
        QCOMPARE(written.size(), 0); // an hour has not passed
        QVERIFY(saver.flush());
        QCOMPARE(written.size(), 1);
        QVERIFY(store.entry(u"k"_s));
    }

    void autosaverMovesWithSaveAs()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        Autosaver saver(&store, u"untitled-1"_s, {}, [] { return fullProject(1); });
        saver.markDirty();
        QVERIFY(saver.flush());
        const QString path = dir.filePath(u"saved.scproj"_s);
        saver.setOriginal(RecoveryStore::keyForPath(path), path);
        QVERIFY(!store.entry(u"untitled-1"_s));
        saver.markDirty();
        QVERIFY(saver.flush());
        QCOMPARE(store.entry(RecoveryStore::keyForPath(path))->originalPath, path);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"

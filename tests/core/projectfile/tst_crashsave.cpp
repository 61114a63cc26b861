// A save killed at a random moment (SIGKILL, many times in a row) never
// damages the project file: it always opens, holds either the old or the
// new content, and its history agrees with it.
#include "CrashProjects.h"
#include "FailOnWarning.h"

#include "storage/ProjectFile.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace scs;
using namespace scs::test;

class TestCrashSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void killedWhileSaving()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.scproj"_s);
        {
            ProjectFile file;
            QVERIFY(file.saveAs(path, crashProject(0)));
        }
        const Project contents[] = {crashProject(0), crashProject(1)};
        QRandomGenerator random(20261127);
        int sawNew = 0;
        constexpr int iterations = 50;
        for (int i = 0; i < iterations; ++i) {
            QProcess saver;
            saver.start(QStringLiteral(SCS_CRASH_SAVER), {u"save"_s, path});
            QVERIFY(saver.waitForStarted());
            QVERIFY(saver.waitForReadyRead(30000));
            QCOMPARE(saver.readLine().trimmed(), QByteArray("ready"));
            // A random point in the save loop; not a timing assertion.
            QThread::usleep(random.bounded(1000, 120000));
            saver.kill();
            QVERIFY(saver.waitForFinished(30000));
            QCOMPARE(saver.exitStatus(), QProcess::CrashExit);

            ProjectFile file;
            QVERIFY2(file.open(path, ProjectFile::OpenMode::ReadOnly),
                     qPrintable(u"iteration %1: %2"_s.arg(i).arg(file.errorString())));
            const Project &project = file.project();
            QVERIFY2(project == contents[0] || project == contents[1], qPrintable(u"iteration %1"_s.arg(i)));
            if (project == contents[1])
                ++sawNew;
            const QList<Revision> revisions = file.revisions(false);
            QVERIFY(!revisions.isEmpty());
            const auto atLast = file.projectAtRevision(revisions.last().number);
            QVERIFY(atLast);
            QCOMPARE(*atLast, project);
        }
        qInfo("%d of %d runs ended on the new content", sawNew, iterations);
    }
};

QTEST_GUILESS_MAIN(TestCrashSave)
#include "tst_crashsave.moc"

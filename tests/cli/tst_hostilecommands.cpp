// Every command of the real shortcode-audit executable on every hostile
// project file (tests/support/HostileFiles.h) answers with a message and
// exit status 2 within 5 seconds and 200 MB, and leaves the file as it was.
// A command that hangs (an endless view) is killed after 30 s and fails;
// peak_rss measures each command's peak memory.
// The figures (slowest answer, largest peak RSS) go to docs/reliability.md.
#include "HostileFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs;
namespace hostile = scs::test::hostile;

Q_DECLARE_METATYPE(hostile::Kind)

namespace {

constexpr qint64 TimeBoundMs = 5000;
constexpr long MemoryBoundKb = 200 * 1024;

const QString example = QStringLiteral(SCS_SOURCE_DIR "/resources/examples/northwind-alerts.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHostileCommands : public QObject
{
    Q_OBJECT

    qint64 m_slowestMs = 0;
    QString m_slowest;
    long m_peakKb = 0;
    QString m_largest;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanupTestCase()
    {
        qInfo("slowest answer: %lld ms (%s); largest peak RSS of a command: %ld KB (%s)", m_slowestMs,
              qPrintable(m_slowest), m_peakKb, qPrintable(m_largest));
    }

    void everyCommandAnswers_data()
    {
        QTest::addColumn<hostile::Kind>("kind");
        for (const hostile::Case &c : hostile::cases)
            QTest::addRow("%s", c.name) << c.kind;
    }
    void everyCommandAnswers()
    {
        QFETCH(hostile::Kind, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hostile.scproj"_s);
        QVERIFY(hostile::make(path, kind));
        const bool fifo = kind == hostile::Kind::Fifo;
        const QByteArray before = fifo ? QByteArray() : readAll(path);
        const QList<QStringList> commands = {
                {u"check"_s, path},
                {u"history"_s, path},
                {u"diff"_s, path, u"1"_s, u"2"_s},
                {u"export"_s, path, u"--format"_s, u"json"_s},
                {u"export"_s, path, u"--format"_s, u"md"_s},
                {u"import"_s, example, u"-o"_s, path},
        };
        for (const QStringList &arguments : commands) {
            const QString what = arguments.join(u' ');
            QProcess process;
            const QString peakFile = dir.filePath(u"peak"_s);
            QFile::remove(peakFile);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(SCS_PEAK_RSS),
                          QStringList {peakFile, QStringLiteral(SCS_AUDIT_EXECUTABLE)} + arguments);
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(30000)) {
                process.kill();
                process.waitForFinished();
                QFAIL(qPrintable(what + u": no answer after 30 s"_s));
            }
            const qint64 elapsed = timer.elapsed();
            if (elapsed > m_slowestMs) {
                m_slowestMs = elapsed;
                m_slowest = arguments.first() + u", "_s + QString::fromLatin1(QTest::currentDataTag());
            }
            const long peakKb = readAll(peakFile).trimmed().toLong();
            QVERIFY2(peakKb > 0, qPrintable(what + u": no peak measured"_s));
            if (peakKb > m_peakKb) {
                m_peakKb = peakKb;
                m_largest = arguments.first() + u", "_s + QString::fromLatin1(QTest::currentDataTag());
            }
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QVERIFY2(process.exitCode() == 2,
                     qPrintable(what + u": exit "_s + QString::number(process.exitCode())));
            QVERIFY2(err.contains(path), qPrintable(what + u": "_s + err));
            QVERIFY2(elapsed < TimeBoundMs, qPrintable(u"%1: %2 ms"_s.arg(what).arg(elapsed)));
            QVERIFY2(peakKb < MemoryBoundKb, qPrintable(u"%1: %2 KB"_s.arg(what).arg(peakKb)));
            if (!fifo)
                QVERIFY2(readAll(path) == before, qPrintable(what + u": the file was changed"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileCommands)
#include "tst_hostilecommands.moc"

// The commands of the real shortcode-audit executable on the hostile
// project files (tests/support/HostileFiles.h) answer with a message and
// exit status 2 within 5 seconds and 200 MB, and leave the file as it was.
// A command that hangs (an endless view) is killed after 30 s and fails;
// peak_rss measures each command's peak memory.
// Every command reads a project file through ProjectFile, so the ctest run
// gives each hostile file one command, in turn (every command meets two or
// three of them): a process per pair of all 78 took a minute under load.
// SCS_HOSTILE_ALL=1 runs every command on every file; its figures (slowest
// answer, largest peak RSS) are those in docs/reliability.md.
#include "FailOnWarning.h"
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

const QList<QStringList> commands = {
        {u"check"_s},
        {u"history"_s},
        {u"diff"_s, u"%1"_s, u"1"_s, u"2"_s},
        {u"export"_s, u"%1"_s, u"--format"_s, u"json"_s},
        {u"export"_s, u"%1"_s, u"--format"_s, u"md"_s},
        {u"import"_s, example, u"-o"_s},
};

// The arguments of command `index` on `path`.
QStringList argumentsFor(qsizetype index, const QString &path)
{
    QStringList arguments = commands[index];
    if (arguments.contains(u"%1"_s))
        arguments.replace(arguments.indexOf(u"%1"_s), path);
    else
        arguments.append(path);
    return arguments;
}

} // namespace

class TestHostileCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_slowestMs = 0;
    QString m_slowest;
    long m_peakKb = 0;
    QString m_largest;

    QString pathOf(hostile::Kind kind) const { return m_dir.filePath(u"hostile-%1.scproj"_s.arg(int(kind))); }

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        const QString base = m_dir.filePath(u"base.scproj"_s);
        QVERIFY(hostile::saveBase(base));
        for (const hostile::Case &c : hostile::cases)
            QVERIFY2(hostile::make(pathOf(c.kind), c.kind, base), c.name);
    }
    void init() { scs::test::failOnWarnings(); }

    void cleanupTestCase()
    {
        qInfo("slowest answer: %lld ms (%s); largest peak RSS of a command: %ld KB (%s)", m_slowestMs,
              qPrintable(m_slowest), m_peakKb, qPrintable(m_largest));
    }

    void commandAnswers_data()
    {
        QTest::addColumn<hostile::Kind>("kind");
        QTest::addColumn<int>("command");
        const bool all = qEnvironmentVariableIntValue("SCS_HOSTILE_ALL") != 0;
        int row = 0;
        for (const hostile::Case &c : hostile::cases) {
            for (int command = 0; command < int(commands.size()); ++command) {
                if (all || command == row % commands.size())
                    QTest::addRow("%s: %s", c.name, qPrintable(argumentsFor(command, u"FILE"_s).join(u' ')))
                            << c.kind << command;
            }
            ++row;
        }
    }
    void commandAnswers()
    {
        QFETCH(hostile::Kind, kind);
        QFETCH(int, command);
        const QString path = pathOf(kind);
        const bool fifo = kind == hostile::Kind::Fifo;
        const QByteArray before = fifo ? QByteArray() : readAll(path);
        const QStringList arguments = argumentsFor(command, path);
        const QString what = arguments.join(u' ');
        QProcess process;
        const QString peakFile = m_dir.filePath(u"peak"_s);
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
            m_slowest = QString::fromLatin1(QTest::currentDataTag());
        }
        const long peakKb = readAll(peakFile).trimmed().toLong();
        QVERIFY2(peakKb > 0, qPrintable(what + u": no peak measured"_s));
        if (peakKb > m_peakKb) {
            m_peakKb = peakKb;
            m_largest = QString::fromLatin1(QTest::currentDataTag());
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
};

QTEST_GUILESS_MAIN(TestHostileCommands)
#include "tst_hostilecommands.moc"

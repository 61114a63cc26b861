#include "CliRunner.h"
#include "FailOnWarning.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = scs::test::CliResult;

Result runInProcess(const QStringList &arguments, const QByteArray &input = {})
{
    return scs::test::runAudit(arguments, input);
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void version_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addRow("long") << u"--version"_s;
        QTest::addRow("short") << u"-v"_s;
    }
    void version()
    {
        QFETCH(QString, option);
        const Result result = runInProcess({option});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, u"shortcode-audit " SCS_VERSION_STRING "\n"_s);
        QVERIFY(result.err.isEmpty());
    }

    void help()
    {
        const Result result = runInProcess({u"--help"_s});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.startsWith(u"Usage: shortcode-audit"_s));
        QVERIFY(result.out.contains(u"Exit status"_s));
    }

    void helpInJapanese()
    {
        const Result result = runInProcess({u"--lang"_s, u"ja"_s, u"--help"_s});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(u"終了ステータス"_s), qPrintable(result.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList {} << u"Usage:"_s;
        QTest::addRow("unknown command")
                << QStringList {u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
        QTest::addRow("unknown option") << QStringList {u"--frob"_s} << u"unknown option --frob"_s;
        QTest::addRow("bad language")
                << QStringList {u"--lang"_s, u"fr"_s, u"--help"_s} << u"unknown language \"fr\""_s;
        QTest::addRow("missing language") << QStringList {u"--lang"_s} << u"unknown language"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = runInProcess(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // The real executable, as a script would run it.
    void executable()
    {
        QProcess process;
        process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE), {u"--version"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 u"shortcode-audit " SCS_VERSION_STRING "\n"_s);

        process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE), {u"no-such-command"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"

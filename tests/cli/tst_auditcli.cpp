#include "CliRunner.h"
#include "Commands.h"
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

    // Every command gives the same usage for "help COMMAND", "COMMAND
    // --help" and "COMMAND -h", in one format.
    void commandUsage_data()
    {
        QTest::addColumn<QString>("command");
        for (const scs::cli::Command &command : scs::cli::commands())
            QTest::newRow(command.name) << QString::fromLatin1(command.name);
    }
    void commandUsage()
    {
        QFETCH(QString, command);
        const Result help = runInProcess({u"help"_s, command});
        QCOMPARE(help.status, 0);
        QVERIFY2(help.out.startsWith(u"Usage: shortcode-audit "_s + command), qPrintable(help.out));
        QVERIFY(help.err.isEmpty());
        // The commands that work on a team workspace say so.
        const bool workspace =
                QStringList {u"check"_s, u"import"_s, u"export"_s, u"history"_s, u"diff"_s}.contains(command);
        QCOMPARE(help.out.contains(u"works on a project of a team workspace"_s), workspace);
        QCOMPARE(runInProcess({command, u"--help"_s}).out, help.out);
        QCOMPARE(runInProcess({command, u"-h"_s}).out, help.out);
        QVERIFY(runInProcess({u"help"_s}).out.contains(u"  "_s + command + u' '));
    }

    // A wrong option, wherever it stands, is refused by every command in
    // the same words, naming the option as written.
    void wrongOption_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        for (const scs::cli::Command &command : scs::cli::commands()) {
            const QString name = QString::fromLatin1(command.name);
            QTest::addRow("%s first", command.name)
                    << name << QStringList {u"--frob"_s, u"x"_s} << u"--frob"_s;
            QTest::addRow("%s after a file", command.name)
                    << name << QStringList {u"x"_s, u"-frob=1"_s} << u"-frob"_s;
        }
    }
    void wrongOption()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const Result result = runInProcess(QStringList {command} + arguments);
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err,
                 u"shortcode-audit %1: unknown option %2\nTry \"shortcode-audit help %1\".\n"_s.arg(command,
                                                                                                    option));
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing value") << QStringList {u"export"_s, u"p.scproj"_s, u"-o"_s}
                                       << u"shortcode-audit export: Missing value after '-o'."_s;
        QTest::addRow("value of a flag") << QStringList {u"sms"_s, u"--json=yes"_s}
                                         << u"shortcode-audit sms: Unexpected value after '--json'."_s;
        QTest::addRow("one argument too many") << QStringList {u"history"_s, u"a.scproj"_s, u"b.scproj"_s}
                                               << u"shortcode-audit history: unexpected argument b.scproj"_s;
        QTest::addRow("help of no command")
                << QStringList {u"help"_s, u"frob"_s} << u"unknown command \"frob\""_s;
        QTest::addRow("help of two") << QStringList {u"help"_s, u"check"_s, u"sms"_s}
                                     << u"shortcode-audit help: unexpected argument sms"_s;
    }
    void commandLineErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = runInProcess(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
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

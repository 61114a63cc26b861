// Start-up: from starting the process to a shown main window, for
// shortcode-studio and for a bare QWidget app started the same way.
// Both programs quit as soon as their window is shown (--quit-when-shown).
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

static void startUntilShown(benchmark::State &state, const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // A fresh configuration: the first start of a new user.
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            state.SkipWithError("the program did not start and quit cleanly");
            return;
        }
    }
}

static void BM_StartupShortcodeStudio(benchmark::State &state)
{
    startUntilShown(state, QStringLiteral(SCS_STUDIO_EXECUTABLE), {u"--quit-when-shown"_s});
}
BENCHMARK(BM_StartupShortcodeStudio)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);

static void BM_StartupBareWidget(benchmark::State &state)
{
    startUntilShown(state, QStringLiteral(SCS_BARE_EXECUTABLE), {u"--quit-when-shown"_s});
}
BENCHMARK(BM_StartupBareWidget)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);

static void BM_StartupBareWidgetWithLabel(benchmark::State &state)
{
    startUntilShown(state, QStringLiteral(SCS_BARE_EXECUTABLE), {u"--quit-when-shown"_s, u"--with-label"_s});
}
BENCHMARK(BM_StartupBareWidgetWithLabel)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

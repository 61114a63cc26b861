// Start-up: from starting the process to a shown main window, for
// shortcode-studio (with the example project, as a new user's first start)
// and for a bare QWidget app started the same way, with and without one line
// of text.
//
// With --quit-when-shown, each program prints "shown" on the first turn of
// its event loop after show() and then quits; the clock stops when that line
// arrives, so the time to quit (saving settings, tearing the window down) is
// not counted. The ..._to_exit benchmarks count it too.
//
// BM_StartupPaired starts the three programs in turn, again and again, and
// reports the median of each and the median of the ratios of each round:
// the machine's speed drifts between benchmarks run one after the other,
// and pairing the runs takes that drift out of the ratios.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Times
{
    double shown; // seconds to the "shown" line
    double exited; // seconds to the end of the process
};

QProcessEnvironment freshEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // A fresh configuration: the first start of a new user.
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    return environment;
}

// Starts the program until it says "shown" and has quit; nothing on failure.
std::optional<Times> startOnce(const QProcessEnvironment &environment, const QString &program,
                               const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray output;
    while (!output.contains("shown\n")) {
        if (!process.waitForReadyRead(60000))
            return std::nullopt;
        output += process.readAllStandardOutput();
    }
    const double shown = double(clock.nsecsElapsed()) / 1e9;
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return std::nullopt;
    return Times {shown, double(clock.nsecsElapsed()) / 1e9};
}

const QString studio = QStringLiteral(SCS_STUDIO_EXECUTABLE);
const QString bare = QStringLiteral(SCS_BARE_EXECUTABLE);
const QStringList quitWhenShown {u"--quit-when-shown"_s};
const QStringList withLabel {u"--quit-when-shown"_s, u"--with-label"_s};

void BM_Startup(benchmark::State &state, const QString &program, const QStringList &arguments, bool toExit)
{
    QTemporaryDir home;
    const QProcessEnvironment environment = freshEnvironment(home);
    for (auto _ : state) {
        const std::optional<Times> times = startOnce(environment, program, arguments);
        if (!times) {
            state.SkipWithError("the program did not say it was shown, or did not quit cleanly");
            return;
        }
        state.SetIterationTime(toExit ? times->exited : times->shown);
    }
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace

// One program at a time: BM_Startup/studio, /bare, /label, and the
// same programs timed to the end of their process.
BENCHMARK_CAPTURE(BM_Startup, studio, studio, quitWhenShown, false)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);
BENCHMARK_CAPTURE(BM_Startup, bare, bare, quitWhenShown, false)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);
BENCHMARK_CAPTURE(BM_Startup, label, bare, withLabel, false)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);
BENCHMARK_CAPTURE(BM_Startup, studio_to_exit, studio, quitWhenShown, true)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);
BENCHMARK_CAPTURE(BM_Startup, bare_to_exit, bare, quitWhenShown, true)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);

// Each iteration: shortcode-studio, the bare app, the bare app with a label.
static void BM_StartupPaired(benchmark::State &state)
{
    QTemporaryDir home;
    const QProcessEnvironment environment = freshEnvironment(home);
    std::vector<double> studioShown, bareShown, labelShown, studioExit, bareExit;
    std::vector<double> vsBare, vsLabel, vsBareToExit;
    for (auto _ : state) {
        const std::optional<Times> s = startOnce(environment, studio, quitWhenShown);
        const std::optional<Times> b = startOnce(environment, bare, quitWhenShown);
        const std::optional<Times> l = startOnce(environment, bare, withLabel);
        if (!s || !b || !l) {
            state.SkipWithError("a program did not say it was shown, or did not quit cleanly");
            return;
        }
        state.SetIterationTime(s->shown);
        studioShown.push_back(s->shown * 1e3);
        bareShown.push_back(b->shown * 1e3);
        labelShown.push_back(l->shown * 1e3);
        studioExit.push_back(s->exited * 1e3);
        bareExit.push_back(b->exited * 1e3);
        vsBare.push_back(s->shown / b->shown);
        vsLabel.push_back(s->shown / l->shown);
        vsBareToExit.push_back(s->exited / b->exited);
    }
    state.counters["studio_ms"] = median(studioShown);
    state.counters["bare_ms"] = median(bareShown);
    state.counters["label_ms"] = median(labelShown);
    state.counters["studio_exit_ms"] = median(studioExit);
    state.counters["bare_exit_ms"] = median(bareExit);
    state.counters["x_bare"] = median(vsBare);
    state.counters["x_label"] = median(vsLabel);
    state.counters["x_bare_exit"] = median(vsBareToExit);
}
BENCHMARK(BM_StartupPaired)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(40);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

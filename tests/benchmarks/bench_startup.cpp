// Start-up: from starting the process to the main window's first frame, for
// shortcode-studio (with the example project, as a new user's first start)
// and for a bare QWidget app started the same way, with and without one line
// of text.
//
// With --quit-when-painted, each program prints "painted" once its window
// has painted its first frame and flushed it to the screen (the event-loop
// turn after the window's first paint event), and then quits; the clock
// stops when that line arrives, so the time to quit (saving settings,
// tearing the window down) is not counted. The ..._to_exit benchmarks count
// it too.
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
    double painted; // seconds to the "painted" line
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

// Starts the program until it says "painted" and has quit; nothing on failure.
std::optional<Times> startOnce(const QProcessEnvironment &environment, const QString &program,
                               const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray output;
    while (!output.contains("painted\n")) {
        if (!process.waitForReadyRead(60000))
            return std::nullopt;
        output += process.readAllStandardOutput();
    }
    const double painted = double(clock.nsecsElapsed()) / 1e9;
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return std::nullopt;
    return Times {painted, double(clock.nsecsElapsed()) / 1e9};
}

const QString studio = QStringLiteral(SCS_STUDIO_EXECUTABLE);
const QString bare = QStringLiteral(SCS_BARE_EXECUTABLE);
const QStringList quitWhenPainted {u"--quit-when-painted"_s};
const QStringList withLabel {u"--quit-when-painted"_s, u"--with-label"_s};

void BM_Startup(benchmark::State &state, const QString &program, const QStringList &arguments, bool toExit)
{
    QTemporaryDir home;
    const QProcessEnvironment environment = freshEnvironment(home);
    for (auto _ : state) {
        const std::optional<Times> times = startOnce(environment, program, arguments);
        if (!times) {
            state.SkipWithError("the program did not say it painted, or did not quit cleanly");
            return;
        }
        state.SetIterationTime(toExit ? times->exited : times->painted);
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
BENCHMARK_CAPTURE(BM_Startup, studio, studio, quitWhenPainted, false)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);
BENCHMARK_CAPTURE(BM_Startup, bare, bare, quitWhenPainted, false)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);
BENCHMARK_CAPTURE(BM_Startup, label, bare, withLabel, false)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);
BENCHMARK_CAPTURE(BM_Startup, studio_to_exit, studio, quitWhenPainted, true)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);
BENCHMARK_CAPTURE(BM_Startup, bare_to_exit, bare, quitWhenPainted, true)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(20);

// Each iteration: shortcode-studio, the bare app, the bare app with a label.
static void BM_StartupPaired(benchmark::State &state)
{
    QTemporaryDir home;
    const QProcessEnvironment environment = freshEnvironment(home);
    std::vector<double> studioPainted, barePainted, labelPainted, studioExit, bareExit;
    std::vector<double> vsBare, vsLabel, vsBareToExit;
    for (auto _ : state) {
        const std::optional<Times> s = startOnce(environment, studio, quitWhenPainted);
        const std::optional<Times> b = startOnce(environment, bare, quitWhenPainted);
        const std::optional<Times> l = startOnce(environment, bare, withLabel);
        if (!s || !b || !l) {
            state.SkipWithError("a program did not say it painted, or did not quit cleanly");
            return;
        }
        state.SetIterationTime(s->painted);
        studioPainted.push_back(s->painted * 1e3);
        barePainted.push_back(b->painted * 1e3);
        labelPainted.push_back(l->painted * 1e3);
        studioExit.push_back(s->exited * 1e3);
        bareExit.push_back(b->exited * 1e3);
        vsBare.push_back(s->painted / b->painted);
        vsLabel.push_back(s->painted / l->painted);
        vsBareToExit.push_back(s->exited / b->exited);
    }
    state.counters["studio_ms"] = median(studioPainted);
    state.counters["bare_ms"] = median(barePainted);
    state.counters["label_ms"] = median(labelPainted);
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

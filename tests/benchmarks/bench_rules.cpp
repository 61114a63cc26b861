// The cost of the audit: a full check of a realistic, filled request (the
// CLI, opening a project) and the re-check after one keystroke in the HELP
// reply (the editor, on every keystroke).
#include "../core/rules/RequestFixture.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

// A realistic request with every field filled, as a user would (the same
// one the rule tests vary).
scs::Request exampleRequest()
{
    return fixture::compliantRequest();
}

} // namespace

static void BM_FullAudit(benchmark::State &state)
{
    const scs::Request request = exampleRequest();
    const scs::RuleEngine engine;
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.check(request));
}
BENCHMARK(BM_FullAudit)->Repetitions(5)->ReportAggregatesOnly(true);

static void BM_HelpResponseKeystroke(benchmark::State &state)
{
    scs::Request request = exampleRequest();
    scs::RuleEngine engine;
    engine.reset(request);
    const QString base = request.text(scs::FieldId::ContentHelpResponse);
    const QString edited = base + u" "_s;
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        request.setValue(scs::FieldId::ContentHelpResponse, flip ? edited : base);
        benchmark::DoNotOptimize(engine.update(request, scs::FieldId::ContentHelpResponse));
    }
}
BENCHMARK(BM_HelpResponseKeystroke)->Repetitions(5)->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

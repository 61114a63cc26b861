// The cost of switching the language: every widget retranslates on a switch,
// so loading the translators themselves must stay cheap.
#include "i18n/LanguageManager.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

static void BM_SwitchLanguage(benchmark::State &state)
{
    scs::LanguageManager languages;
    bool japanese = false;
    for (auto _ : state) {
        japanese = !japanese;
        benchmark::DoNotOptimize(languages.setLanguage(japanese ? u"ja"_s : u"en"_s));
    }
}
BENCHMARK(BM_SwitchLanguage);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

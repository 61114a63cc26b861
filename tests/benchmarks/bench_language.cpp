// The cost of switching the language (View > Language):
//
// BM_SwitchLanguageInWindow: with the full main window open on the example
// project, from choosing the language until the window has retranslated
// and repainted (menus, navigator, findings, status bar, the section shown).
// One direction per benchmark (the other switch is not timed): English to
// Japanese and back; with the one section shown at start-up built, and
// with every section's page built (a user who has visited them all).
//
// BM_SwitchTranslators: loading our and Qt's translators alone, without a
// window: the part of the switch no widget sees.
#include "Dialogs.h"
#include "WindowBench.h"
#include "i18n/LanguageManager.h"
#include "panels/FindingsPanel.h"
#include "panels/SectionNavigator.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace scs::bench;

namespace {

void BM_SwitchLanguageInWindow(benchmark::State &state)
{
    const bool allPages = state.range(0) != 0;
    const bool toJapanese = state.range(1) == 0;
    const QString to = toJapanese ? u"ja"_s : u"en"_s;
    const QString from = toJapanese ? u"en"_s : u"ja"_s;
    scs::LanguageManager languages;
    languages.setLanguage(from);
    scs::MainWindow window(&languages);
    scs::Dialogs::setInteractive(false);
    window.openExample();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("window not exposed");
        return;
    }
    if (allPages) {
        for (const scs::SectionDef &section : scs::Catalog::sections()) {
            window.showSection(section.id);
            QCoreApplication::processEvents();
        }
        window.showSection(scs::Catalog::sections().front().id);
    }
    QCoreApplication::processEvents();
    PaintCounter paints;
    paints.watch(window.menuBar());
    paints.watch(window.sectionNavigator()->viewport());
    paints.watch(window.findingsPanel()->view()->viewport());
    paints.watch(window.findChild<QLabel *>(u"statusLabel"_s));
    const QString title = window.menuBar()->actions().constFirst()->text();

    for (auto _ : state) {
        paints.reset();
        languages.setLanguage(to);
        if (!processUntilPainted(paints)) {
            state.SkipWithError(qPrintable(u"not repainted: "_s + paints.unpainted().join(u", "_s)));
            break;
        }
        state.PauseTiming();
        const bool changed = window.menuBar()->actions().constFirst()->text() != title;
        paints.reset();
        languages.setLanguage(from);
        processUntilPainted(paints);
        state.ResumeTiming();
        if (!changed) {
            state.SkipWithError("the menus did not change language");
            break;
        }
    }
}
BENCHMARK(BM_SwitchLanguageInWindow)
        ->ArgNames({"all_pages", "to_en"})
        ->Args({0, 0})
        ->Args({0, 1})
        ->Args({1, 0})
        ->Args({1, 1})
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();

void BM_SwitchTranslators(benchmark::State &state)
{
    scs::LanguageManager languages;
    bool japanese = false;
    for (auto _ : state) {
        japanese = !japanese;
        benchmark::DoNotOptimize(languages.setLanguage(japanese ? u"ja"_s : u"en"_s));
    }
}
BENCHMARK(BM_SwitchTranslators);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

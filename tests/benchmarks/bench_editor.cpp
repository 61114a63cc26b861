// The editor's hot paths, in the real main window (offscreen unless
// QT_QPA_PLATFORM says otherwise):
//
// BM_KeystrokeToRepaint: one keystroke in the STOP reply that adds a finding
// or takes it away again (Backspace on the last letter of the brand, which
// then no longer names it: a warning; then the letter again), through the
// undo stack, the incremental rules, the findings panel, the navigator's
// marks and the status bar, until each of those and the editor itself has
// repainted. 1 and 100 requests. (The HELP reply would not do: it names the
// brand a second time in its web address.)
//
// BM_Paste: Ctrl+V with the text on the clipboard (QMimeData), as a user
// pastes, so the field's limit applies: the whole HELP reply replaced by
// 10,000 characters (its limit, taken) or 100,000 (refused, with a tooltip),
// and 100,000 characters into the notes (a multiline field: taken).
#include "Dialogs.h"
#include "WindowBench.h"
#include "document/ProjectDocument.h"
#include "i18n/LanguageManager.h"
#include "model/Limits.h"
#include "panels/FindingsPanel.h"
#include "panels/ProjectPanel.h"
#include "panels/SectionNavigator.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace scs::bench;

namespace {

// Where the brand's last letter ends in the STOP reply of the example.
qsizetype afterBrand(const QString &text)
{
    const qsizetype at = text.indexOf(u"Northwind"_s);
    return at < 0 ? -1 : at + 9;
}

void BM_KeystrokeToRepaint(benchmark::State &state)
{
    const int requests = int(state.range(0));
    scs::LanguageManager languages;
    scs::MainWindow window(&languages);
    scs::Dialogs::setInteractive(false);
    window.document()->reset(exampleProject(requests));
    window.projectPanel()->setCurrentRequest(requests / 2);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("window not exposed");
        return;
    }
    scs::LimitedTextEdit *text = focusedTextField(window, scs::FieldId::ContentStopResponse);
    const qsizetype position = text ? afterBrand(text->toPlainText()) : -1;
    if (position < 0) {
        state.SkipWithError("no brand in the example's STOP reply");
        return;
    }
    QTextCursor cursor = text->textCursor();
    cursor.setPosition(int(position));
    text->setTextCursor(cursor);
    const QChar letter = text->toPlainText().at(position - 1);
    auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
    PaintCounter paints;
    paints.watch(text->viewport());
    paints.watch(window.findingsPanel()->view()->viewport());
    paints.watch(window.sectionNavigator()->viewport());
    paints.watch(status);
    QCoreApplication::processEvents();
    const int before = window.findingsPanel()->visibleCount();

    bool remove = true;
    for (auto _ : state) {
        paints.reset();
        if (remove)
            QTest::keyClick(text, Qt::Key_Backspace);
        else
            QTest::keyClicks(text, QString(letter));
        if (!processUntilPainted(paints)) {
            state.SkipWithError(qPrintable(u"not repainted: "_s + paints.unpainted().join(u", "_s)));
            break;
        }
        // The keystroke must change the findings: one more without the
        // brand's letter, as many as before with it.
        const int expected = remove ? before + 1 : before;
        if (window.findingsPanel()->visibleCount() != expected) {
            state.SkipWithError("the keystroke did not add or remove a finding");
            break;
        }
        remove = !remove;
    }
    state.counters["findings"] = before;
    window.document()->undoStack()->setClean();
}
BENCHMARK(BM_KeystrokeToRepaint)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond)->UseRealTime();

// A paste of `size` characters over the whole text of `field`.
void paste(benchmark::State &state, scs::FieldId field, bool taken)
{
    const auto size = qsizetype(state.range(0));
    scs::LanguageManager languages;
    scs::MainWindow window(&languages);
    scs::Dialogs::setInteractive(false);
    window.openExample();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("window not exposed");
        return;
    }
    scs::LimitedTextEdit *text = focusedTextField(window, field);
    QString clip;
    while (clip.size() < size)
        clip += u"Northwind Parcel: help at northwindparcel.com or 1-888-555-0172. \u2019 "_s;
    clip.truncate(size);
    auto *mime = new QMimeData;
    mime->setText(clip);
    QApplication::clipboard()->setMimeData(mime);
    QSignalSpy refused(text, &scs::LimitedTextEdit::pasteRefused);
    const QString original = text->toPlainText();
    PaintCounter paints;
    paints.watch(text->viewport());
    QCoreApplication::processEvents();

    for (auto _ : state) {
        text->selectAll();
        paints.reset();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        if (taken && !processUntilPainted(paints)) {
            state.SkipWithError("not repainted");
            break;
        }
        if (!taken)
            QCoreApplication::processEvents();
        const bool pasted = text->toPlainText().size() == size;
        if (pasted != taken || refused.isEmpty() != taken) {
            state.SkipWithError(taken ? "the paste was refused" : "the paste was taken");
            break;
        }
        state.PauseTiming();
        if (taken) {
            window.document()->undoStack()->undo();
            QCoreApplication::processEvents();
            if (text->toPlainText() != original) {
                state.SkipWithError("undo did not bring the text back");
                break;
            }
        }
        refused.clear();
        state.ResumeTiming();
    }
    window.document()->undoStack()->setClean();
}

void BM_PasteIntoHelpReply(benchmark::State &state)
{
    paste(state, scs::FieldId::ContentHelpResponse, state.range(0) <= scs::limits::SmsLength);
}
BENCHMARK(BM_PasteIntoHelpReply)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PasteIntoNotes(benchmark::State &state)
{
    paste(state, scs::FieldId::NotesDescription, true);
}
BENCHMARK(BM_PasteIntoNotes)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

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

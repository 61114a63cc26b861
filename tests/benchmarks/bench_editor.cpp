// The editor's hot path, in the real main window: one keystroke in a message
// field of a 100-request project, through the undo stack, the incremental
// rules, the findings panel, the navigator and the repaint.
#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "editor/FieldRow.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "examples/ExampleRequests.h"
#include "fields/TextEditor.h"
#include "i18n/LanguageManager.h"
#include "panels/FindingsPanel.h"
#include "panels/ProjectPanel.h"
#include "storage/JsonFormat.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

// The HELP reply's editor, shown and focused, as a user would type into it.
static QPlainTextEdit *focusedHelpResponse(scs::MainWindow &window)
{
    window.requestEditor()->focusField(scs::FieldId::ContentHelpResponse);
    auto *editor = qobject_cast<scs::TextEditor *>(window.requestEditor()
                                                           ->page(scs::SectionId::Content)
                                                           ->row(scs::FieldId::ContentHelpResponse)
                                                           ->editor());
    return editor->textEdit();
}

static void BM_KeystrokeToFindings(benchmark::State &state)
{
    const int requests = int(state.range(0));
    scs::LanguageManager languages;
    scs::MainWindow window(&languages);
    window.setModalDialogsBlock(false);
    const scs::JsonFormat::ReadResult example =
            scs::JsonFormat::read(scs::ExampleRequests::read(scs::ExampleRequests::compliantPath()));
    scs::Project project;
    for (int i = 0; i < requests; ++i) {
        scs::Request request = example.project.requests.first();
        request.setUuid(QUuid::createUuid());
        request.setTitle(u"Request %1"_s.arg(i + 1));
        project.requests << request;
    }
    window.document()->reset(project);
    window.projectPanel()->setCurrentRequest(requests / 2);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("window not exposed");
        return;
    }
    QPlainTextEdit *text = focusedHelpResponse(window);
    text->moveCursor(QTextCursor::End);
    QCoreApplication::processEvents();

    bool add = true;
    for (auto _ : state) {
        // Type a character, then take it back: the text (and so the work)
        // stays the same from one iteration to the next.
        QTest::keyClick(text, add ? Qt::Key_X : Qt::Key_Backspace);
        add = !add;
        // Everything queued by the edit (repaints included) is done.
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(window.findingsPanel()->visibleCount());
    }
    window.document()->undoStack()->setClean();
}
BENCHMARK(BM_KeystrokeToFindings)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond)->UseRealTime();

// A large paste into a message field: the text, its SMS preview and
// highlighting, the rules that read it, and the field_too_long finding.
static void BM_PasteIntoMessage(benchmark::State &state)
{
    const auto size = qsizetype(state.range(0));
    scs::LanguageManager languages;
    scs::MainWindow window(&languages);
    window.setModalDialogsBlock(false);
    window.openExample();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("window not exposed");
        return;
    }
    QPlainTextEdit *text = focusedHelpResponse(window);
    QString paste;
    while (paste.size() < size)
        paste += u"Northwind Parcel: help at northwindparcel.com or 1-888-555-0172. \u2019 "_s;
    paste.truncate(size);
    for (auto _ : state) {
        text->selectAll();
        text->insertPlainText(paste);
        QCoreApplication::processEvents();
        state.PauseTiming();
        window.document()->undoStack()->undo();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    window.document()->undoStack()->setClean();
}
BENCHMARK(BM_PasteIntoMessage)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

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

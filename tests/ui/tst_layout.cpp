// The window's layout as a user meets it, start after start: example rows
// that fit their text, a findings panel that can be hidden and keeps its
// size, a request list that grows, a first size that fits the screen, Save
// As on Ctrl+Shift+S, file dialogs in the project's folder, "Show rule ids"
// remembered, and a start panel after File > Close.
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "StartPanel.h"
#include "document/ProjectSession.h"
#include "fields/ExamplesEditor.h"
#include "panels/FindingsPanel.h"
#include "panels/ProjectPanel.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"
#include "widgets/FindBar.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QListView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using scs::FieldId;
using scs::SectionId;

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init()
    {
        scs::test::failOnWarnings();
        QSettings().clear();
        QVERIFY(m.open());
    }
    void cleanup() { m.close(); }

    // Rows were measured while the table was still narrow (the page is laid
    // out before the window has its size) and stayed ~170 px tall.
    void exampleRowsFitTheirText()
    {
        for (int start = 0; start < 3; ++start) {
            m.window->resize(m.window->screen()->availableGeometry().size());
            m.window->showSection(SectionId::Content);
            auto *editor = qobject_cast<scs::ExamplesEditor *>(m.window->requestEditor()
                                                                       ->page(SectionId::Content)
                                                                       ->row(FieldId::ContentExamples)
                                                                       ->editor());
            QTableView *table = editor->table();
            QTRY_VERIFY(table->isVisible());
            const int line = table->fontMetrics().lineSpacing();
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QModelIndex message = table->model()->index(row, 1);
                const int needed = table->fontMetrics()
                                           .boundingRect(QRect(0, 0, table->columnWidth(1) - 8, 10000),
                                                         Qt::TextWordWrap, message.data().toString())
                                           .height();
                QTRY_VERIFY2(table->rowHeight(row) <= needed + line,
                             qPrintable(u"start %1, row %2: %3 px for %4 px of text"_s.arg(start)
                                                .arg(row)
                                                .arg(table->rowHeight(row))
                                                .arg(needed)));
                QVERIFY(table->rowHeight(row) >= line);
            }
            // Again with what this start saved.
            m.window->close();
            m.close();
            QVERIFY(m.open());
        }
    }

    void findingsPanelHidesAndKeepsItsSize()
    {
        scs::FindingsPanel *findings = m.window->findingsPanel();
        QVERIFY(findings->isVisible());
        auto *splitter = m.window->findChild<QSplitter *>(u"rightSplitter"_s);
        splitter->setSizes({300, 150});
        const QList<int> sizes = splitter->sizes();
        QTest::keyClick(m.window.get(), Qt::Key_F8);
        QVERIFY(!findings->isVisible());
        QVERIFY(m.window->close());
        m.close();
        QVERIFY(m.open());
        QVERIFY(!m.window->findingsPanel()->isVisible());
        QTest::keyClick(m.window.get(), Qt::Key_F8);
        QVERIFY(m.window->findingsPanel()->isVisible());
        QTRY_COMPARE(m.window->findChild<QSplitter *>(u"rightSplitter"_s)->sizes(), sizes);
    }

    void requestListGrowsWithItsEntries()
    {
        scs::ProjectPanel *list = m.window->projectPanel();
        const int one = list->height();
        for (int i = 0; i < 3; ++i)
            QTest::keySequence(m.window.get(), m.action(u"newRequestAction"_s)->shortcut());
        QCOMPARE(list->count(), 4);
        QTRY_VERIFY(list->height() > one * 3);
        // Every entry shows without scrolling.
        for (int row = 0; row < list->count(); ++row)
            QVERIFY(list->viewport()->rect().contains(list->visualRect(list->model()->index(row, 0))));
    }

    void firstSizeFitsTheScreen()
    {
        const QSize available = m.window->screen()->availableGeometry().size();
        QVERIFY2(m.window->frameGeometry().width() <= available.width()
                         && m.window->frameGeometry().height() <= available.height(),
                 qPrintable(u"%1x%2 on %3x%4"_s.arg(m.window->width())
                                    .arg(m.window->height())
                                    .arg(available.width())
                                    .arg(available.height())));
        QCOMPARE(scs::MainWindow::defaultWindowSize(QSize(3000, 2000)), QSize(1200, 800));
        QCOMPARE(scs::MainWindow::defaultWindowSize(QSize(960, 540)), QSize(912, 513));
    }

    void saveAsOnCtrlShiftS()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.scproj"_s);
        scs::Dialogs::setNextFileName(path);
        QTest::keyClick(m.window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m.document()->filePath(), path);
        QVERIFY(QFileInfo::exists(path));
        m.close(); // before its folder goes: the project's lock file is in it
    }

    void fileDialogsOpenInTheProjectsFolder()
    {
        QTemporaryDir projects;
        QTemporaryDir requests;
        const QString project = projects.filePath(u"alerts.scproj"_s);
        {
            scs::ProjectFile file;
            QVERIFY(file.saveAs(project, m.document()->project()));
        }
        QVERIFY(m.window->openFile(project));
        m.action(u"importAction"_s)->trigger(); // the dialog is not shown in tests; its folder is recorded
        QCOMPARE(scs::Dialogs::lastDirectory(), QFileInfo(project).absolutePath());

        // An untitled project opened from a request file: that file's folder.
        const QString json = requests.filePath(u"request.json"_s);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(scs::JsonFormat::writeProject(m.document()->project()));
        file.close();
        QVERIFY(m.window->openFile(json));
        QVERIFY(m.document()->filePath().isEmpty());
        m.action(u"exportAction"_s)->trigger();
        QCOMPARE(scs::Dialogs::lastDirectory(), QFileInfo(json).absolutePath());
        m.action(u"openAction"_s)->trigger();
        QCOMPARE(scs::Dialogs::lastDirectory(), QFileInfo(json).absolutePath());
    }

    void showRuleIdsIsRemembered()
    {
        auto *box = m.window->findChild<QCheckBox *>(u"showRulesCheckBox"_s);
        QVERIFY(!box->isChecked());
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(box->isChecked());
        QVERIFY(!m.window->findingsPanel()->view()->isColumnHidden(4));
        m.close();
        QVERIFY(m.open());
        QVERIFY(m.window->findChild<QCheckBox *>(u"showRulesCheckBox"_s)->isChecked());
        QVERIFY(!m.window->findingsPanel()->view()->isColumnHidden(4));
    }

    void closeShowsWhatToDoNext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"alerts.scproj"_s);
        scs::Dialogs::setNextFileName(path);
        QVERIFY(m.window->saveAs());
        scs::StartPanel *start = m.window->startPanel();
        QVERIFY(!start->isVisible());
        // A search under way: its bar goes with the project.
        QTest::keySequence(m.window.get(), m.action(u"findAction"_s)->shortcut());
        QTest::keyClicks(QApplication::focusWidget(), u"Northwind"_s);
        auto *findBar = m.window->findChild<scs::FindBar *>();
        QVERIFY(findBar && findBar->isVisible());
        QTest::keySequence(m.window.get(), m.action(u"closeAction"_s)->shortcut());
        QVERIFY(start->isVisible());
        QVERIFY(!findBar->isVisible());
        QVERIFY(!m.window->requestEditor()->isVisible());
        QVERIFY(start->isAncestorOf(QApplication::focusWidget()));
        // The recent file, opened by keyboard.
        QCOMPARE(start->recentList()->model()->rowCount(), 1);
        QVERIFY(start->recentList()->model()->index(0, 0).data().toString().endsWith(u"alerts.scproj"_s));
        start->recentList()->setFocus();
        QTest::keyClick(start->recentList(), Qt::Key_Return);
        QCOMPARE(m.document()->filePath(), path);
        QVERIFY(!start->isVisible());
        QVERIFY(m.window->requestEditor()->isVisible());
        // Close again, then a new project with Alt+N.
        QTest::keySequence(m.window.get(), m.action(u"closeAction"_s)->shortcut());
        QVERIFY(start->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m.document()->requestCount(), 1);
        QVERIFY(m.window->requestEditor()->isVisible());
    }

private:
    scs::test::WindowFixture m;
};

SCS_TEST_CLASS(TestLayout)
#include "tst_layout.moc"

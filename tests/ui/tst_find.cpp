// Edit > Find across every field of every request, by keyboard: Ctrl+F,
// F3 and Shift+F3 go from match to match, into the field, the match selected.
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "document/ProjectSearch.h"
#include "fields/ExamplesEditor.h"
#include "fields/LimitedTextEdit.h"
#include "panels/ProjectPanel.h"
#include "widgets/FindBar.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using scs::FieldId;

namespace {

// The text selected in the focused widget.
QString selectedText()
{
    QWidget *focused = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focused))
        return line->selectedText();
    if (auto *text = qobject_cast<QPlainTextEdit *>(focused))
        return text->textCursor().selectedText();
    return {};
}

} // namespace

class TestFind : public QObject
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

    void searchFindsEveryPlaceInReadingOrder()
    {
        scs::Project project = m.document()->project();
        project.requests.append(project.requests.first());
        const QList<scs::SearchMatch> matches = scs::ProjectSearch::find(project, u"TRACKING_ID"_s);
        QVERIFY(matches.size() >= 4);
        QVERIFY(std::is_sorted(matches.begin(), matches.end()));
        QCOMPARE(matches.first().field, FieldId::ContentExamples);
        QCOMPARE(matches.last().request, 1);
        QCOMPARE(scs::ProjectSearch::next(matches, matches.last(), false), matches.first()); // wraps
        QCOMPARE(scs::ProjectSearch::next(matches, matches.first(), true), matches.last());
        QVERIFY(scs::ProjectSearch::find(project, u"no such text anywhere"_s).isEmpty());
    }

    void findNextAndPreviousByKeyboard()
    {
        // A second request, so the matches go across requests.
        QTest::keySequence(m.window.get(), m.action(u"duplicateRequestAction"_s)->shortcut());
        m.window->projectPanel()->setCurrentRequest(0);
        const QList<scs::SearchMatch> all = scs::ProjectSearch::find(m.document()->project(), u"northwind"_s);
        QVERIFY(all.size() > 6);

        QTest::keySequence(m.window.get(), m.action(u"findAction"_s)->shortcut());
        scs::FindBar *bar = m.window->findBar();
        QVERIFY(bar->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), bar->lineEdit());
        m.type(u"northwind"_s);
        m.press(Qt::Key_Return); // the first match: the first request's title
        QCOMPARE(m.window->projectPanel()->currentRequest(), 0);
        QCOMPARE(QApplication::focusWidget(), m.window->requestEditor()->titleEdit());
        QCOMPARE(selectedText().toLower(), u"northwind"_s);
        QCOMPARE(bar->findChild<QLabel *>(u"findStatusLabel"_s)->text(), u"1 of %1"_s.arg(all.size()));

        // F3 from wherever the focus is: every match in turn, into its field.
        for (int i = 1; i < all.size(); ++i) {
            m.press(Qt::Key_F3);
            const scs::SearchMatch &match = all.at(i);
            QCOMPARE(m.window->projectPanel()->currentRequest(), match.request);
            QVERIFY2(selectedText().compare(u"northwind"_s, Qt::CaseInsensitive) == 0,
                     qPrintable(u"match %1: \"%2\" in %3"_s.arg(i).arg(
                             selectedText(), QApplication::focusWidget()->objectName())));
            if (match.field && *match.field != FieldId::ContentExamples) {
                scs::FieldRow *row = m.window->requestEditor()
                                             ->page(scs::Catalog::field(*match.field).section)
                                             ->row(*match.field);
                QVERIFY(row->editor()->isAncestorOf(QApplication::focusWidget()));
            }
        }
        m.press(Qt::Key_F3); // wraps to the first
        QCOMPARE(QApplication::focusWidget(), m.window->requestEditor()->titleEdit());
        QCOMPARE(m.window->projectPanel()->currentRequest(), 0);
        m.press(Qt::Key_F3, Qt::ShiftModifier); // back to the last, in the second request
        QCOMPARE(m.window->projectPanel()->currentRequest(), 1);

        // Nothing found says so; Escape closes the bar.
        QTest::keySequence(m.window.get(), m.action(u"findAction"_s)->shortcut());
        QTRY_COMPARE(QApplication::focusWidget(), bar->lineEdit());
        m.type(u"zzzz"_s);
        m.press(Qt::Key_Return);
        QCOMPARE(bar->findChild<QLabel *>(u"findStatusLabel"_s)->text(), u"Not found"_s);
        m.press(Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    // After F3 put the focus in a field, Escape did nothing: only the find
    // box heard it. It closes the bar wherever the focus is in the window,
    // and leaves Escape to a dialog.
    void escapeClosesTheBarFromAField()
    {
        QTest::keySequence(m.window.get(), m.action(u"findAction"_s)->shortcut());
        scs::FindBar *bar = m.window->findBar();
        QTRY_COMPARE(QApplication::focusWidget(), bar->lineEdit());
        m.type(u"northwind"_s);
        m.press(Qt::Key_F3);
        m.press(Qt::Key_F3);
        QVERIFY(QApplication::focusWidget() != bar->lineEdit());
        QVERIFY(!bar->isAncestorOf(QApplication::focusWidget()));
        QWidget *field = QApplication::focusWidget();
        m.press(Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), field);

        // An example's label being edited in its table: Escape cancels the
        // edit (the item delegate claims it before shortcuts), the bar
        // stays; the next Escape closes the bar.
        QTest::keySequence(m.window.get(), m.action(u"findAction"_s)->shortcut());
        QTRY_COMPARE(QApplication::focusWidget(), bar->lineEdit());
        QVERIFY(m.focus(FieldId::ContentExamples));
        auto *table = m.editorOf<QTableView>(FieldId::ContentExamples);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString label = table->currentIndex().data().toString();
        m.press(Qt::Key_F2);
        QVERIFY(table->indexWidget(table->currentIndex()));
        m.type(u"xyz"_s);
        m.press(Qt::Key_Escape);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(!table->indexWidget(table->currentIndex()));
        QCOMPARE(table->currentIndex().data().toString(), label);
        m.press(Qt::Key_Escape);
        QVERIFY(!bar->isVisible());

        // A dialog of the window keeps its Escape; the bar stays.
        QTest::keySequence(m.window.get(), m.action(u"findAction"_s)->shortcut());
        QTRY_COMPARE(QApplication::focusWidget(), bar->lineEdit());
        QDialog dialog(m.window.get());
        auto *edit = new QLineEdit(&dialog);
        dialog.show();
        edit->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        m.press(Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(bar->isVisible());
    }

private:
    scs::test::WindowFixture m;
};

SCS_TEST_CLASS(TestFind)
#include "tst_find.moc"

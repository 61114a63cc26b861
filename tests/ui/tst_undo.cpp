// The document's undo stack is the only undo: Ctrl+Z, Ctrl+Shift+Z and
// Ctrl+Y reach the window's Undo and Redo wherever the focus is.
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "fields/ExamplesEditor.h"
#include "fields/LimitedTextEdit.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using scs::FieldId;

class TestUndo : public QObject
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
        QVERIFY(m.open());
    }
    void cleanup() { m.close(); }

    void undoWhereverTheFocusIs_data()
    {
        QTest::addColumn<FieldId>("focusAfter"); // where the focus is when undoing
        QTest::addRow("another line edit") << FieldId::CompanySupportEmail;
        QTest::addRow("a message editor") << FieldId::ContentHelpResponse;
        QTest::addRow("a spin box") << FieldId::SpendExpectedMonthlyMessages;
        QTest::addRow("the same field") << FieldId::CompanyContactName;
    }
    void undoWhereverTheFocusIs()
    {
        QFETCH(FieldId, focusAfter);
        const QString before = m.request().text(FieldId::CompanyContactName);
        QVERIFY(m.focus(FieldId::CompanyContactName));
        m.type(u"Kenji"_s);
        const QString typed = m.request().text(FieldId::CompanyContactName);
        QVERIFY(typed != before);
        QVERIFY(m.focus(focusAfter));

        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m.request().text(FieldId::CompanyContactName), before);
        QCOMPARE(m.editorOf<QLineEdit>(FieldId::CompanyContactName)->text(), before);
        m.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m.request().text(FieldId::CompanyContactName), typed);
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m.request().text(FieldId::CompanyContactName), before);
        m.press(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(m.request().text(FieldId::CompanyContactName), typed);
    }

    void undoFromTheTitleOfANewRequest()
    {
        QCOMPARE(m.document()->requestCount(), 1);
        QTest::keySequence(m.window.get(), m.action(u"newRequestAction"_s)->shortcut());
        QCOMPARE(m.document()->requestCount(), 2);
        auto *title = m.window->requestEditor()->titleEdit();
        QTRY_COMPARE(QApplication::focusWidget(), title);
        m.type(u"Canada"_s);
        QCOMPARE(m.document()->request(1).title(), u"Canada"_s);
        m.press(Qt::Key_Z, Qt::ControlModifier); // the title
        QCOMPARE(m.document()->request(1).title(), u"New request"_s);
        m.press(Qt::Key_Z, Qt::ControlModifier); // the new request
        QCOMPARE(m.document()->requestCount(), 1);
        m.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m.document()->requestCount(), 2);
    }

    // The example message editor had an undo of its own: Ctrl+Z reverted
    // the text, redo stayed disabled, Edit > Undo put the text back.
    void exampleMessageUndoesLikeEveryField()
    {
        QVERIFY(m.focus(FieldId::ContentExamples));
        auto *editor = qobject_cast<scs::ExamplesEditor *>(m.window->requestEditor()
                                                                   ->page(scs::SectionId::Content)
                                                                   ->row(FieldId::ContentExamples)
                                                                   ->editor());
        QVERIFY(editor);
        const scs::ExampleList before = m.request().value(FieldId::ContentExamples).toExamples();
        QVERIFY(!before.isEmpty());
        editor->messageEdit()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), editor->messageEdit());
        editor->messageEdit()->moveCursor(QTextCursor::End);
        m.type(u" Now"_s);
        const scs::ExampleList typed = m.request().value(FieldId::ContentExamples).toExamples();
        QVERIFY(typed != before);
        const int steps = m.document()->undoStack()->index();

        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m.request().value(FieldId::ContentExamples).toExamples(), before);
        QCOMPARE(editor->messageEdit()->toPlainText(), before.at(editor->currentExample()).text);
        QVERIFY(m.action(u"redoAction"_s)->isEnabled());
        QCOMPARE(m.document()->undoStack()->index(), steps - 1);
        m.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m.request().value(FieldId::ContentExamples).toExamples(), typed);
        QCOMPARE(editor->messageEdit()->toPlainText(), typed.at(editor->currentExample()).text);
        // Edit > Undo is the same undo.
        m.action(u"undoAction"_s)->trigger();
        QCOMPARE(m.request().value(FieldId::ContentExamples).toExamples(), before);
        QCOMPARE(m.document()->undoStack()->index(), steps - 1);
    }

    void spinBoxDigitsAreOneStep()
    {
        QVERIFY(m.focus(FieldId::SpendExpectedMonthlyMessages));
        const scs::FieldValue before = m.request().value(FieldId::SpendExpectedMonthlyMessages);
        const int steps = m.document()->undoStack()->count();
        auto *spin = m.editorOf<QSpinBox>(FieldId::SpendExpectedMonthlyMessages);
        spin->selectAll();
        m.type(u"125000"_s);
        QCOMPARE(m.request().value(FieldId::SpendExpectedMonthlyMessages).toInteger(), 125000);
        QCOMPARE(m.document()->undoStack()->count(), steps + 1);
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m.request().value(FieldId::SpendExpectedMonthlyMessages), before);
    }

private:
    scs::test::WindowFixture m;
};

SCS_TEST_CLASS(TestUndo)
#include "tst_undo.moc"

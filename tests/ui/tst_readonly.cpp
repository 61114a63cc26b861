// A project another process has open: fields read-only, a bar that says
// why, and Save (Ctrl+S) that offers Save As.
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "document/ProjectSession.h"
#include "storage/ProjectFile.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using scs::FieldId;

class TestReadOnly : public QObject
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

    void aProjectOpenElsewhereTakesNoEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.scproj"_s);
        scs::ProjectFile other; // another opener holds the lock
        QVERIFY(other.saveAs(path, m.document()->project()));
        QVERIFY(m.window->openFile(path));
        QVERIFY(m.window->session()->isReadOnly());
        auto *bar = m.window->findChild<QFrame *>(u"readOnlyBar"_s);
        QVERIFY(bar && bar->isVisible());
        const QString why = m.window->findChild<QLabel *>(u"readOnlyLabel"_s)->text();
        QVERIFY2(why.contains(u"already open by"_s), qPrintable(why));
        QVERIFY(m.window->findChild<QPushButton *>(u"readOnlySaveAsButton"_s)->isVisible());

        // Typing changes nothing: not the project, not the undo stack.
        const scs::Project before = m.document()->project();
        QVERIFY(m.focus(FieldId::CompanyContactName));
        QVERIFY(m.editorOf<QLineEdit>(FieldId::CompanyContactName)->isReadOnly());
        m.type(u"x"_s);
        QVERIFY(m.focus(FieldId::ContentHelpResponse));
        QVERIFY(m.editorOf<QPlainTextEdit>(FieldId::ContentHelpResponse)->isReadOnly());
        m.type(u"y"_s);
        m.window->requestEditor()->titleEdit()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m.window->requestEditor()->titleEdit());
        m.type(u"z"_s);
        QCOMPARE(m.document()->project(), before);
        QCOMPARE(m.document()->undoStack()->count(), 0);
        QVERIFY(!m.window->isWindowModified());
        QVERIFY(!m.editorOf<QRadioButton>(FieldId::PurposePhi)->isEnabled());
        QVERIFY(!m.action(u"newRequestAction"_s)->isEnabled());

        // Ctrl+S offers Save As; the copy is the user's own and editable.
        const QString copy = dir.filePath(u"mine.scproj"_s);
        scs::Dialogs::setNextFileName(copy);
        QTest::keySequence(m.window.get(), m.action(u"saveAction"_s)->shortcut());
        QTRY_COMPARE(m.document()->filePath(), copy);
        QVERIFY(!m.window->session()->isReadOnly());
        QVERIFY(!bar->isVisible());
        QVERIFY(m.focus(FieldId::CompanyContactName));
        QVERIFY(!m.editorOf<QLineEdit>(FieldId::CompanyContactName)->isReadOnly());
        m.type(u"x"_s);
        QVERIFY(m.window->isWindowModified());
        m.close(); // before its folder goes: the project's lock file is in it
    }

private:
    scs::test::WindowFixture m;
};

SCS_TEST_CLASS(TestReadOnly)
#include "tst_readonly.moc"

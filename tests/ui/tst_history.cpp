// File > Revision History by keyboard: field labels, not ids; a revision
// restored as an edit that Undo takes back; a revision exported as JSON.
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "HistoryDialog.h"
#include "document/ProjectSession.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using scs::FieldId;

class TestHistory : public QObject
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

    void restoreAndExportARevision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.scproj"_s);
        scs::Dialogs::setNextFileName(path);
        QVERIFY(m.window->saveAs()); // revision 1
        const QString first = m.request().text(FieldId::CompanySupportEmail);
        QVERIFY(m.focus(FieldId::CompanySupportEmail));
        m.editorOf<QLineEdit>(FieldId::CompanySupportEmail)->selectAll();
        m.type(u"help@northwindparcel.com"_s);
        QTest::keySequence(m.window.get(), m.action(u"saveAction"_s)->shortcut()); // revision 2
        QCOMPARE(m.window->session()->file()->revisions(false).size(), 2);

        QTest::keySequence(m.window.get(), m.action(u"historyAction"_s)->shortcut());
        scs::HistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m.window->findChild<scs::HistoryDialog *>()) && dialog->isVisible());
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        // The newest is selected; its change names the field by its label.
        QVERIFY2(dialog->detailsText().contains(scs::Catalog::label(FieldId::CompanySupportEmail)),
                 qPrintable(dialog->detailsText()));
        QVERIFY(!dialog->detailsText().contains(u"company.support_email"_s));

        // Down to revision 1, restore it (Alt+R).
        dialog->revisionList()->setFocus();
        QTest::keyClick(dialog->revisionList(), Qt::Key_Down);
        QCOMPARE(dialog->selectedRevision(), 1);
        QTest::keyClick(dialog->revisionList(), Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(m.request().text(FieldId::CompanySupportEmail), first);
        QVERIFY(m.window->isWindowModified());

        // Export it (Alt+E) as JSON: the project as it was saved then.
        const QString json = dir.filePath(u"revision-1.json"_s);
        scs::Dialogs::setNextFileName(json);
        QTest::keyClick(dialog->revisionList(), Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(QFileInfo::exists(json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const scs::JsonFormat::ReadResult read = scs::JsonFormat::read(file.readAll());
        QVERIFY(read.ok);
        QCOMPARE(read.project.requests.first().text(FieldId::CompanySupportEmail), first);
        dialog->close();

        // The restore is one edit: Undo takes it back, and a save makes it a new revision.
        m.window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m.window.get());
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m.request().text(FieldId::CompanySupportEmail), u"help@northwindparcel.com"_s);
        m.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m.request().text(FieldId::CompanySupportEmail), first);
        QTest::keySequence(m.window.get(), m.action(u"saveAction"_s)->shortcut());
        QCOMPARE(m.window->session()->file()->revisions(false).size(), 3);
        m.close(); // before its folder goes: the project's lock file is in it
    }

private:
    scs::test::WindowFixture m;
};

SCS_TEST_CLASS(TestHistory)
#include "tst_history.moc"

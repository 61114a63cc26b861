// A team workspace in the window (issue 19), against a PostgreSQL cluster of
// the test's own: File > Open Workspace… (Ctrl+Shift+O) lists the projects
// and opens one; typing and Ctrl+S save a revision; another editor's save
// shows a bar whose Take In Changes merges it with what was typed; a field
// both changed opens the conflict view, settled with the keyboard; the
// status bar names who else has the project open; a role that may only
// read gets the project read-only; a server gone under the window keeps
// everything typed and saves once it is back.
#include "Config.h"
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "PgCluster.h"
#include "TestProjects.h"
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "document/ProjectSession.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceProject.h"
#include "storage/WorkspaceWatcher.h"
#include "workspace/ConflictDialog.h"
#include "workspace/ConflictModel.h"
#include "workspace/OpenWorkspaceDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using scs::FieldId;
using scs::Project;
using scs::ProjectBackend;
using scs::WorkspaceProject;

class TestWorkspaceGui : public QObject
{
    Q_OBJECT

private:
    scs::test::PgCluster m_cluster;
    QString m_url;
    int m_projects = 0;
    scs::test::WindowFixture m;

    QString addProject()
    {
        Project project = scs::test::fullProject(2, m_projects);
        project.name = u"Team project %1"_s.arg(++m_projects);
        scs::Workspace workspace;
        if (!workspace.open(m_url) || !workspace.importProject(project, {}, u"tester"_s))
            qWarning() << workspace.errorString();
        return project.name;
    }

    // A dialog the window opened (Dialogs shows it without waiting in
    // tests), made the active window as it would be on a desktop.
    template<typename Dialog> Dialog *activeDialog()
    {
        Dialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                    [&] { return (dialog = m.window->findChild<Dialog *>()) && dialog->isVisible(); }))
            return nullptr;
        dialog->activateWindow();
        return QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }) ? dialog : nullptr;
    }

    // Back to the main window once a dialog closed.
    bool backToWindow()
    {
        m.window->activateWindow();
        return QTest::qWaitFor([&] { return QApplication::activeWindow() == m.window.get(); });
    }

    // Opens `name` through File > Open Workspace…, as a user does.
    bool openThroughDialog(const QString &name, const QString &url)
    {
        m.press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = activeDialog<scs::OpenWorkspaceDialog>();
        if (!dialog)
            return false;
        QComboBox *address = dialog->addressBox();
        if (QApplication::focusWidget() != address && QApplication::focusWidget() != address->lineEdit())
            return false;
        m.press(Qt::Key_A, Qt::ControlModifier); // a recent address may be there
        m.type(url);
        m.press(Qt::Key_Return); // lists the projects
        QAbstractItemModel *projects = dialog->projectView()->model();
        int row = -1;
        for (int i = 0; i < projects->rowCount(); ++i) {
            if (projects->index(i, 0).data().toString() == name)
                row = i;
        }
        if (row < 0) {
            qWarning() << "not listed:" << name << dialog->message();
            return false;
        }
        dialog->projectView()->setFocus();
        QTest::keyClick(dialog->projectView(), Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(dialog->projectView(), Qt::Key_Down);
        m.press(Qt::Key_Return); // opens it
        return QTest::qWaitFor([&] { return m.window->session()->workspace() != nullptr; }) && backToWindow();
    }

    bool typeInto(FieldId field, const QString &text)
    {
        if (!m.focus(field))
            return false;
        m.press(Qt::Key_A, Qt::ControlModifier);
        m.type(text);
        return m.document()->request(0).value(field).toString() == text;
    }

    // The project as saved in the workspace now.
    Project saved(const QString &name)
    {
        WorkspaceProject check;
        if (!check.open(m_url, name))
            qWarning() << check.errorString();
        return check.project();
    }

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QString why;
        QVERIFY2(m_cluster.start(&why),
                 qPrintable(u"PostgreSQL could not start, so the workspace tests cannot run: "_s + why));
        QString output;
        QVERIFY2(m_cluster.psql(u"postgres"_s, u"CREATE DATABASE team"_s, &output), qPrintable(output));
        m_url = m_cluster.conninfo(u"team"_s);
        scs::Workspace workspace;
        QCOMPARE(workspace.init(m_url), scs::Workspace::InitResult::Created);
    }
    void init()
    {
        scs::test::failOnWarnings();
        QVERIFY(m.open());
    }
    void cleanup() { m.close(); }

    void openFromTheFileMenuAndSave()
    {
        const QString name = addProject();
        QVERIFY(openThroughDialog(name, m_url));
        QCOMPARE(m.document()->project().name, name);
        QVERIFY(!m.window->session()->isReadOnly());
        // Remembered for next time, as typed (no password can be in it).
        QCOMPARE(scs::Config::get(scs::Config::RecentWorkspaces).value(0), m_url);

        QVERIFY(typeInto(FieldId::CompanyContactName, u"Dana Whitfield"_s));
        QVERIFY(m.document()->isModified());
        m.press(Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!m.document()->isModified(), qPrintable(scs::Dialogs::lastMessage()));
        QCOMPARE(m.window->session()->workspace()->lastRevision(), 2);
        QCOMPARE(saved(name).requests.at(0).value(FieldId::CompanyContactName).toString(),
                 u"Dana Whitfield"_s);
        // Its history is the workspace's.
        QVERIFY(m.action(u"historyAction"_s)->isEnabled());
        QCOMPARE(m.window->session()->backend()->revisions(false).size(), 2);
    }

    void anAddressWithAPasswordIsRefusedAndNotRemembered()
    {
        m.press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = activeDialog<scs::OpenWorkspaceDialog>();
        QVERIFY(dialog);
        const QString withPassword = m_url + u" password=hunter2"_s;
        m.press(Qt::Key_A, Qt::ControlModifier);
        m.type(withPassword);
        m.press(Qt::Key_Return);
        QVERIFY2(dialog->message().contains(u"~/.pgpass"), qPrintable(dialog->message()));
        QVERIFY(!scs::Config::get(scs::Config::RecentWorkspaces).contains(withPassword));
        QCOMPARE(dialog->projectView()->model()->rowCount(), 0);
        m.press(Qt::Key_Escape);
        QTRY_VERIFY(!m.window->findChild<scs::OpenWorkspaceDialog *>());
    }

    void othersSaveIsOfferedAndTakenIn()
    {
        const QString name = addProject();
        QVERIFY(openThroughDialog(name, m_url));
        QVERIFY(typeInto(FieldId::CompanyContactName, u"typed here, unsaved"_s));

        // Another editor saves another field.
        WorkspaceProject other;
        QVERIFY(other.open(m_url, name));
        other.setUserName(u"Bea Ortiz"_s);
        Project theirs = other.project();
        theirs.requests[0].setValue(FieldId::CompanyName, u"Saved by Bea"_s);
        QCOMPARE(other.save(theirs), ProjectBackend::SaveResult::Saved);

        auto *bar = m.window->findChild<QWidget *>(u"workspaceBar"_s);
        QTRY_VERIFY(bar->isVisible());
        const QString text = bar->findChild<QLabel *>(u"workspaceBarLabel"_s)->text();
        QVERIFY2(text.contains(u"Bea Ortiz") && text.contains(u"revision 2"), qPrintable(text));
        QTest::mouseClick(bar->findChild<QPushButton *>(u"takeInButton"_s), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        const scs::Request &request = m.document()->request(0);
        QCOMPARE(request.value(FieldId::CompanyName).toString(), u"Saved by Bea"_s);
        QCOMPARE(request.value(FieldId::CompanyContactName).toString(), u"typed here, unsaved"_s);
        QVERIFY(m.document()->isModified());
        // Undo takes the merge back; redo brings it again.
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m.document()->request(0).value(FieldId::CompanyName).toString() != u"Saved by Bea"_s);
        m.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m.document()->request(0).value(FieldId::CompanyName).toString(), u"Saved by Bea"_s);

        m.press(Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!m.document()->isModified(), qPrintable(scs::Dialogs::lastMessage()));
        const Project after = saved(name);
        QCOMPARE(after.requests.at(0).value(FieldId::CompanyName).toString(), u"Saved by Bea"_s);
        QCOMPARE(after.requests.at(0).value(FieldId::CompanyContactName).toString(),
                 u"typed here, unsaved"_s);
    }

    void aFieldBothChangedOpensTheConflictView()
    {
        const QString name = addProject();
        QVERIFY(openThroughDialog(name, m_url));
        QVERIFY(typeInto(FieldId::CompanyName, u"Mine: Northwind"_s));
        QVERIFY(typeInto(FieldId::CompanyContactName, u"Mine: Dana"_s));

        WorkspaceProject other;
        QVERIFY(other.open(m_url, name));
        Project theirs = other.project();
        theirs.requests[0].setValue(FieldId::CompanyName, u"Theirs: Northwind Inc."_s);
        theirs.requests[0].setValue(FieldId::CompanyContactName, u"Theirs: Bea"_s);
        theirs.requests[1].setTitle(u"Renamed by them"_s);
        QCOMPARE(other.save(theirs), ProjectBackend::SaveResult::Saved);

        m.press(Qt::Key_S, Qt::ControlModifier);
        auto *dialog = activeDialog<scs::ConflictDialog>();
        QVERIFY2(dialog, qPrintable(scs::Dialogs::lastMessage()));
        QVERIFY(m.document()->isModified()); // nothing saved yet
        QCOMPARE(saved(name).requests.at(0).value(FieldId::CompanyName).toString(),
                 u"Theirs: Northwind Inc."_s);
        QCOMPARE(dialog->model()->rowCount(), 2);
        const QModelIndex first = dialog->model()->index(0, scs::ConflictModel::FieldColumn);
        QCOMPARE(first.data().toString(), scs::Catalog::label(FieldId::CompanyName));
        // Values as the history shows them (text in quotes: a space or an
        // empty text is seen).
        QCOMPARE(dialog->model()->index(0, scs::ConflictModel::TheirsColumn).data().toString(),
                 u"\"Theirs: Northwind Inc.\""_s);
        QCOMPARE(dialog->model()->index(0, scs::ConflictModel::MineColumn).data().toString(),
                 u"\"Mine: Northwind\""_s);
        // Mine is kept unless unchecked: Space on the first row keeps theirs.
        QCOMPARE(QApplication::focusWidget(), dialog->view());
        m.press(Qt::Key_Space);
        QCOMPARE(dialog->model()->takeMine(), QList<bool>({false, true}));
        m.press(Qt::Key_Return);

        QTRY_VERIFY(!m.document()->isModified());
        const Project after = saved(name);
        QCOMPARE(after.requests.at(0).value(FieldId::CompanyName).toString(), u"Theirs: Northwind Inc."_s);
        QCOMPARE(after.requests.at(0).value(FieldId::CompanyContactName).toString(), u"Mine: Dana"_s);
        QCOMPARE(after.requests.at(1).title(), u"Renamed by them"_s); // changed on their side only
        QCOMPARE(m.document()->project(), after);
    }

    void theStatusBarNamesTheOthers()
    {
        const QString name = addProject();
        m.window->session()->setPresenceInterval(50);
        QVERIFY(openThroughDialog(name, m_url));
        auto *label = m.window->findChild<QLabel *>(u"othersEditingLabel"_s);
        QVERIFY(!label->isVisible());
        auto bea = std::make_unique<scs::WorkspaceWatcher>();
        QVERIFY(bea->watch(m_url, m.window->session()->workspace()->projectId(), u"Bea Ortiz"_s));
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"Bea Ortiz"), qPrintable(label->text()));
        bea.reset(); // Bea closes it
        QTRY_VERIFY(!label->isVisible());
    }

    void aRoleThatMayOnlyReadGetsItReadOnly()
    {
        const QString name = addProject();
        QString output;
        QVERIFY2(m_cluster.psql(u"team"_s,
                                u"CREATE ROLE reader LOGIN; GRANT USAGE ON SCHEMA scs TO reader;"
                                " GRANT SELECT ON ALL TABLES IN SCHEMA scs TO reader"_s,
                                &output),
                 qPrintable(output));
        QVERIFY(openThroughDialog(name, m_cluster.conninfo(u"team"_s, u"reader"_s)));
        QVERIFY(m.window->session()->isReadOnly());
        auto *bar = m.window->findChild<QWidget *>(u"readOnlyBar"_s);
        QVERIFY(bar->isVisible());
        const QString why = bar->findChild<QLabel *>(u"readOnlyLabel"_s)->text();
        QVERIFY2(why.contains(u"\"reader\"") && why.contains(u"may read"), qPrintable(why));
        QVERIFY(m.focus(FieldId::CompanyContactName));
        QVERIFY(m.editorOf<QLineEdit>(FieldId::CompanyContactName)->isReadOnly());
    }

    void aServerGoneKeepsWhatWasTyped()
    {
        const QString name = addProject();
        QVERIFY(openThroughDialog(name, m_url));
        QVERIFY(typeInto(FieldId::CompanyContactName, u"typed while the server was down"_s));
        QString why;
        QVERIFY2(m_cluster.stopServer(&why), qPrintable(why));
        m.press(Qt::Key_S, Qt::ControlModifier);
        const QString message = scs::Dialogs::lastMessage();
        QVERIFY2(message.contains(u"connection to the workspace server was lost")
                         && message.contains(u"still here"),
                 qPrintable(message));
        QVERIFY(m.document()->isModified());
        QCOMPARE(m.document()->request(0).value(FieldId::CompanyContactName).toString(),
                 u"typed while the server was down"_s);
        // Still editable, and saved once the server is back.
        QVERIFY(typeInto(FieldId::CompanyName, u"and more after"_s));
        QVERIFY2(m_cluster.startServer(&why), qPrintable(why));
        m.press(Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!m.document()->isModified(), qPrintable(scs::Dialogs::lastMessage()));
        const Project after = saved(name);
        QCOMPARE(after.requests.at(0).value(FieldId::CompanyContactName).toString(),
                 u"typed while the server was down"_s);
        QCOMPARE(after.requests.at(0).value(FieldId::CompanyName).toString(), u"and more after"_s);
    }
};

SCS_TEST_CLASS(TestWorkspaceGui)
#include "tst_workspacegui.moc"

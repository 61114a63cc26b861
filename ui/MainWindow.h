#pragma once

#include "document/ProjectSession.h"
#include "model/FieldId.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace scs {

class ConversationPanel;
class ExportActions;
class FileActions;
class FindActions;
class ReadOnlyBar;
class RecoveryActions;
class WorkspaceActions;
class RequestActions;
class FindingsPanel;
class LanguageManager;
class ProjectDocument;
class ProjectPanel;
class ProjectSession;
class RequestEditor;
class SectionNavigator;
class FindBar;
class StartPanel;
struct SearchMatch;
struct Project;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }
    ProjectSession *session() const { return m_session; }
    RequestEditor *requestEditor() const { return m_editor; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ProjectPanel *projectPanel() const { return m_projects; }
    SectionNavigator *sectionNavigator() const { return m_navigator; }
    ExportActions *exportActions() const { return m_exportActions; }
    StartPanel *startPanel() const { return m_startPanel; }
    FindBar *findBar() const { return m_findBar; }
    // The first size of the window on a screen with this much room.
    static QSize defaultWindowSize(const QSize &available);

    // Opens a .scproj project or a .json request or project file; false
    // (and a message) when it cannot be read. Nothing of the open project
    // is lost on failure.
    bool openFile(const QString &path);
    // Starts with the bundled compliant example as an untitled project.
    void openExample();
    bool save();
    bool saveAs();
    // At start: offers to restore the copies left by sessions that did not
    // end cleanly (a list, one entry per copy); nothing when there are none.
    void offerRecovery();

public Q_SLOTS:
    void showAbout();
    // Selects the request (when another), shows the field's section and
    // puts the cursor in the field.
    void goToFinding(int request, scs::FieldId field, int item);
    void showSection(scs::SectionId section);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createControllers();
    void createActions();
    void createMenus();
    void retranslateUi();
    void syncLanguageActions();
    void updateTitle();
    void updatePages();
    void stepSection(int delta);
    void goToMatch(const SearchMatch &match);
    void updateStatus();
    void selectRequest(int index);
    void updateReadOnly(bool readOnly);
    void autosaveFailed(const QString &message);

    LanguageManager *m_languages = nullptr;
    ProjectDocument *m_document = nullptr;
    ProjectSession *m_session = nullptr;
    FileActions *m_files = nullptr;
    RecoveryActions *m_recovery = nullptr;
    WorkspaceActions *m_workspaces = nullptr;
    RequestActions *m_requests = nullptr;
    FindActions *m_find = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QWidget *m_leftPane = nullptr;
    QStackedWidget *m_pages = nullptr; // the editor, or the start panel when nothing is open
    StartPanel *m_startPanel = nullptr;
    FindBar *m_findBar = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    ProjectPanel *m_projects = nullptr;
    SectionNavigator *m_navigator = nullptr;
    RequestEditor *m_editor = nullptr;
    FindingsPanel *m_findings = nullptr;
    ConversationPanel *m_conversation = nullptr;
    QLabel *m_statusLabel = nullptr;
    ReadOnlyBar *m_readOnlyBar = nullptr;
    QLabel *m_autosaveIndicator = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_requestMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findingsAction = nullptr;
    QAction *m_projectFindingsAction = nullptr;
    QAction *m_conversationAction = nullptr;
    QAction *m_nextSectionAction = nullptr;
    QAction *m_previousSectionAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    ExportActions *m_exportActions = nullptr; // print and export (ui/print)
};

} // namespace scs

#pragma once

#include "document/ProjectSession.h"
#include "model/FieldId.h"

#include <QMainWindow>
#include <QMessageBox>

#include <memory>

class QAction;
class QFrame;
class QPushButton;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace scs {

class ConversationPanel;
class ExportActions;
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

    // Test seams: modal dialogs never block a test. When set, the next file
    // dialog returns `fileName` and the next question returns `answer`;
    // error messages are recorded instead of shown.
    void setModalDialogsBlock(bool block) { m_modalDialogsBlock = block; }
    void setNextFileName(const QString &fileName) { m_nextFileName = fileName; }
    void setNextAnswer(QMessageBox::StandardButton answer) { m_nextAnswer = answer; }
    QString lastMessage() const { return m_lastMessage; }
    // The folder the last file dialog opened in (or would have, in a test).
    QString lastDialogDirectory() const { return m_lastDialogDirectory; }

    // Asks a question in a message box (or takes the answer set with
    // setNextAnswer); `fallback` when dialogs are off.
    QMessageBox::StandardButton ask(const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton fallback,
                                    const QList<std::pair<QMessageBox::StandardButton, QString>> &texts = {});

public Q_SLOTS:
    void showAbout();
    void newProject();
    void closeProject();
    void open();
    void importJson();
    void exportJson();
    void exportProjectJson();
    void showHistory();
    // File > Recover Unsaved Changes: the list offerRecovery() shows.
    void recover();
    void newRequest();
    void duplicateRequest();
    void deleteRequest();
    void splitByCountry();
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
    void createActions();
    void createMenus();
    void retranslateUi();
    void syncLanguageActions();
    void updateTitle();
    void updatePages();
    void stepSection(int delta);
    // Edit > Find: the next (or previous) match after the last one shown.
    void findStep(bool backwards);
    void goToMatch(const SearchMatch &match);
    void updateStatus();
    void updateActions();
    void selectRequest(int index);
    void updateReadOnly(bool readOnly);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    bool writeJson(const QString &path, const QByteArray &data);
    bool maybeSave();
    QString dialogDirectory() const;
    void rememberDirectory(const QString &path);
    QString askFileName(bool saving, const QString &filter, const QString &suggested = {});
    void showRecoveryDialog(const QList<RecoveryOffer> &offers);
    bool restoreRecovery(const RecoveryOffer &offer);
    bool discardRecovery(const RecoveryOffer &offer);
    void autosaveFailed(const QString &message);
    void showError(const QString &text);

    LanguageManager *m_languages = nullptr;
    ProjectDocument *m_document = nullptr;
    ProjectSession *m_session = nullptr;
    bool m_modalDialogsBlock = true;
    QString m_nextFileName;
    QMessageBox::StandardButton m_nextAnswer = QMessageBox::NoButton;
    QString m_lastMessage;
    QString m_lastDialogDirectory;

    QSplitter *m_mainSplitter = nullptr;
    QWidget *m_leftPane = nullptr;
    QStackedWidget *m_pages = nullptr; // the editor, or the start panel when nothing is open
    StartPanel *m_startPanel = nullptr;
    FindBar *m_findBar = nullptr;
    std::unique_ptr<SearchMatch> m_lastMatch; // the match shown last
    QSplitter *m_rightSplitter = nullptr;
    ProjectPanel *m_projects = nullptr;
    SectionNavigator *m_navigator = nullptr;
    RequestEditor *m_editor = nullptr;
    FindingsPanel *m_findings = nullptr;
    ConversationPanel *m_conversation = nullptr;
    QLabel *m_statusLabel = nullptr;
    QFrame *m_readOnlyBar = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_readOnlyHint = nullptr;
    QPushButton *m_readOnlySaveAsButton = nullptr;
    QLabel *m_autosaveIndicator = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_requestMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportProjectAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_recoverAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newRequestAction = nullptr;
    QAction *m_duplicateRequestAction = nullptr;
    QAction *m_deleteRequestAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
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

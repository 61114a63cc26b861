#pragma once

#include "actions/WindowActions.h"

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace scs {

class ProjectDocument;
class ProjectSession;

// The File menu's project files: New, Open (and Open Recent), Save, Save
// As, Close, Import and Export JSON, Revision History. Asks through Dialogs,
// keeps the recent files in Config; the window adds the actions to its
// menu, tells which request is selected and selects the ones these name.
class FileActions : public WindowActions
{
    Q_OBJECT

public:
    FileActions(ProjectDocument *document, ProjectSession *session, QWidget *window);

    // New, Open, Open Recent; Save, Save As, Close; Import, Export
    // Request, Export Project; Revision History.
    void addOpenTo(QMenu *menu);
    void addSaveTo(QMenu *menu);
    void addJsonTo(QMenu *menu);
    void addHistoryTo(QMenu *menu);

    // Opens a .scproj project or a .json request or project file; false
    // (and a message) when it cannot be read. Nothing of the open project
    // is lost on failure.
    bool openFile(const QString &path);
    // Starts with the bundled compliant example as an untitled project.
    void openExample();
    bool save();
    bool saveAs();
    // Asks to save unsaved changes: false when the user cancels (or the save fails).
    bool maybeSave();
    // A message in a box and its first line in the status bar.
    void showError(const QString &text);
    // How Save saves a workspace project (WorkspaceActions::save).
    void setWorkspaceSave(std::function<bool()> save) { m_workspaceSave = std::move(save); }

public Q_SLOTS:
    void setCurrentRequest(int index);
    void newProject();
    void closeProject();
    void open();
    void openRecent(const QString &path);
    void importJson();
    void exportJson();
    void exportProjectJson();
    void showHistory();

Q_SIGNALS:
    void requestSelected(int index);
    void statusMessage(const QString &text, int timeoutMs);
    void projectClosed();

private:
    void retranslate() override;
    void updateEnabled();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    bool writeJson(const QString &path, const QByteArray &data);
    void exportRevision(int revision);
    void restoreRevision(int revision);

    ProjectDocument *m_document;
    ProjectSession *m_session;
    std::function<bool()> m_workspaceSave;
    int m_current = -1;
    QMenu *m_recentMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportProject = nullptr;
    QAction *m_history = nullptr;
};

} // namespace scs

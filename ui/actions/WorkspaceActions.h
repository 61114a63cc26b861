#pragma once

#include "actions/WindowActions.h"

class QLabel;
class QMenu;

namespace scs {

class FileActions;
class ProjectDocument;
class ProjectSession;
class WorkspaceBar;

// Team workspaces in the window: File > Open Workspace… (Ctrl+Shift+O), the
// save of a workspace project (merged with others' saves; a conflict opens
// the conflict view, theirs beside mine per field; a lost connection keeps
// everything typed, with a message saying so), the bar that tells of
// others' saves with Take In Changes, and the status bar's list of who else
// has the project open.
class WorkspaceActions : public WindowActions
{
    Q_OBJECT

public:
    WorkspaceActions(ProjectDocument *document, ProjectSession *session, FileActions *files, QWidget *window);

    void addTo(QMenu *menu);
    // For the window to place: above the editor, and in the status bar.
    WorkspaceBar *bar() const { return m_bar; }
    QLabel *othersLabel() const { return m_othersLabel; }

    // Opens a project of a workspace (a message when it cannot).
    bool openProject(const QString &url, const QString &name);
    // Saves the open workspace project: true once saved.
    bool save();

public Q_SLOTS:
    void openWorkspace();
    void takeInChanges();

Q_SIGNALS:
    void requestSelected(int index);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void retranslate() override;
    void showConflicts(bool saving);
    void updateOthers();

    ProjectDocument *m_document;
    ProjectSession *m_session;
    FileActions *m_files;
    QAction *m_open = nullptr;
    WorkspaceBar *m_bar = nullptr;
    QLabel *m_othersLabel = nullptr;
};

} // namespace scs

#pragma once

#include "storage/ProjectBackend.h"
#include "storage/RecoveryStore.h"
#include "storage/Revision.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

class QThread;
class QTimer;

#include <memory>

namespace scs {

class Autosaver;
class FileBackend;
class ProjectDocument;
class ProjectFile;
class WorkspaceProject;
class WorkspaceWatcher;
struct Project;

// A recovery copy offered after a crash, with what became of its project
// file since the copy's session read it.
struct RecoveryOffer
{
    enum class FileState {
        Untitled, // the project had no file
        Unchanged, // the file still holds the revision the session started from
        ChangedSince, // saved again since (see `latest`): restoring merges
        Missing, // the file is gone: the copy is restored as an untitled project
        Unreadable, // the file cannot be opened now (see `problem`)
    };
    RecoveryEntry entry;
    FileState state = FileState::Untitled;
    Revision latest; // ChangedSince: the file's newest revision
    QString problem; // Unreadable: why
};

// The storage side of the open project: the .scproj it lives in (with its
// lock, read-only state and history) or the team workspace project it was
// opened from (with who else has it open and their saves as they happen),
// JSON imports, and the autosaved recovery copy. The main window asks the
// questions; this class does the work and reports errors as translated text.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(ProjectDocument *document, QObject *parent = nullptr);
    ~ProjectSession() override;

    // A new, untitled project.
    void startNew(const Project &project);
    // Opens a .scproj project file (read-only when another opener holds
    // it or the file cannot be written; see readOnlyMessage()).
    bool openProjectFile(const QString &path, QString *error);
    // Opens a .json request or project as a new, untitled project: the
    // next save asks where to put the .scproj.
    bool openJson(const QString &path, QString *error);
    // Reads a .json request or project file, with a clear error naming the
    // file and the place when it cannot.
    static bool readJsonFile(const QString &path, Project *project, QString *error);
    // Opens either, by content (a project file is SQLite inside).
    bool open(const QString &path, QString *error);

    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    // The open project file, or nullptr for an untitled or workspace project.
    ProjectFile *file() const;
    // Where the project is saved (its file or its workspace project), or
    // nullptr for an untitled project: its history, its revisions.
    ProjectBackend *backend() const;

    // Team workspaces. Opens the project `name` of the workspace `url`
    // (read-only when the database role may not change it): its saves go to
    // the workspace, others' saves are announced (othersSaved()), and who
    // else has it open is followed (othersEditingChanged()).
    bool openWorkspaceProject(const QString &url, const QString &name, QString *error);
    WorkspaceProject *workspace() const { return m_workspace.get(); }
    // Saves to the workspace. Merged: others' changes to other fields were
    // taken into the editor (as one undoable step). Conflict: nothing
    // saved; workspace()->conflicts() lists them, resolveConflicts() settles
    // them. Failed: `error` says why; what was typed stays in the editor.
    ProjectBackend::SaveResult saveToWorkspace(QString *error);
    // After a Conflict: the editor gets the project with each conflict
    // settled (`takeMine` per conflict), as one undoable step, unsaved.
    void resolveConflicts(const QList<bool> &takeMine);
    // Brings others' saves into the editor: unsaved edits are kept, merged
    // field by field. Conflict: fields both changed, settled with
    // resolveConflicts() (nothing changes until then).
    ProjectBackend::SaveResult takeInChanges(QString *error);
    // Names of the others who have the project open now.
    QStringList othersEditing() const { return m_othersEditing; }
    // How often who else has the project open is asked (ms).
    void setPresenceInterval(int milliseconds);
    bool hasFile() const;
    bool isReadOnly() const;
    QString readOnlyMessage() const;

    // Recovery: copies left by sessions that did not end cleanly (not
    // those of sessions that still run), with the state of their files.
    RecoveryStore *recoveryStore() { return &m_recovery; }
    QList<RecoveryOffer> recoveryOffers() const;
    // How to settle answers changed both in the copy and in the file since.
    enum class ConflictChoice { Ask, KeepCopy, KeepFile };
    // Restores a copy as unsaved changes: into its own file when that
    // still exists (merged with what was saved there since: answers
    // changed on one side only are taken from that side; for answers
    // changed on both, `choice`), else as an untitled project. With
    // ConflictChoice::Ask and conflicts, nothing changes and `conflicts`
    // gets their number. The copy is removed once restored.
    bool restore(const RecoveryEntry &entry, ConflictChoice choice, QString *error, int *conflicts = nullptr);
    // The changes were saved or deliberately dropped: the session's copy
    // is not needed any more.
    void discardRecoveryCopy();
    Autosaver *autosaver() const { return m_autosaver.get(); }
    void setAutosaveInterval(int milliseconds);
    // The newest revision of the open file (0 for none).
    int fileRevision() const;

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);
    // The autosave could not write its copy (the message says why), or
    // wrote one again after a failure.
    void autosaveFailed(const QString &message);
    void autosaveWritten();
    // Someone else saved revision `revision` of the open workspace project.
    void othersSaved(int revision, const QString &userName);
    void othersEditingChanged(const QStringList &names);

private:
    static bool readJson(const QString &path, const QByteArray &json, Project *project, QString *error);
    void startAutosaver(const QString &originalPath);
    void documentModified(bool modified);
    void closeWorkspace();
    void startWatcher(const QString &url);
    void replaceProject(const Project &project, const QString &text, bool clean);
    void updatePresence();
    void setOthersEditing(const QStringList &names);

    ProjectDocument *m_document;
    std::unique_ptr<FileBackend> m_file;
    std::unique_ptr<WorkspaceProject> m_workspace;
    // The watcher lives in a thread of its own (its queries would otherwise
    // hold the editor for a network round trip every poll).
    QThread *m_watcherThread = nullptr;
    WorkspaceWatcher *m_watcher = nullptr;
    bool m_pollPending = false;
    QStringList m_othersEditing;
    QTimer *m_presenceTimer = nullptr;
    RecoveryStore m_recovery;
    std::unique_ptr<Autosaver> m_autosaver;
    int m_autosaveInterval;
};

} // namespace scs

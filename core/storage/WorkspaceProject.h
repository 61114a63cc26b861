#pragma once

#include "ProjectBackend.h"
#include "Workspace.h"

#include "model/ProjectMerge.h"

#include <QCoreApplication>

#include <functional>

namespace scs {

// A project in a team workspace behind the storage seam. A save is one
// transaction that locks the project's row and records a revision; when
// someone else saved since this editor loaded (or last saved), the two edits
// are merged field by field (ProjectMerge): what only one side changed is
// kept, and a field both changed is a conflict returned to the caller,
// never overwritten. A role without the privileges to save gets the project
// read-only, told why. A connection the server dropped is made again once
// per call; when that fails the save fails with a message and the project
// given to it is left with the caller.
class WorkspaceProject final : public ProjectBackend
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceProject)

public:
    WorkspaceProject();
    ~WorkspaceProject() override;

    bool open(const QString &url, const QString &projectName);
    // Reads the project again (after a notification that someone saved).
    bool reload();
    // Takes in what others saved since this editor loaded or saved, into
    // `mine` (the editor's project, perhaps with unsaved edits): Merged and
    // `merged` holds both sides' changes, the saved revision becoming the
    // base of the next save; Saved: nothing new; Conflict: fields both
    // changed (conflicts(), settled with resolve()); Failed: errorString().
    SaveResult takeIn(const Project &mine, Project *merged);
    qint64 projectId() const { return m_projectId; }
    QString url() const { return m_workspace.connection().url(); }

    QString location() const override;
    const Project &project() const override { return m_project; }
    bool isReadOnly() const override { return !m_readOnly.isEmpty(); }
    QString readOnlyMessage() const override { return m_readOnly; }
    SaveResult save(const Project &project) override;
    QList<Conflict> conflicts() const override { return m_conflicts; }
    Project resolve(const QList<bool> &takeMine) override;
    QList<Revision> revisions(bool withChanges = true) const override;
    int lastRevision() const override { return m_baseRevision; }
    std::optional<Project> projectAtRevision(int number) const override;
    std::optional<QList<Change>> diff(int from, int to) const override;
    QString errorString() const override { return m_error; }
    void setUserName(const QString &name) override { m_userName = name; }

    // Tests: runs inside a save's transaction, before its commit.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    enum class Attempt { Done, Retry };
    Attempt trySave(const Project &project, SaveResult *result);
    bool readCurrent(Project *project, int *revision, QString *detail) const;
    // readCurrent(), once more on a new connection if the server went away;
    // false with errorString() set.
    bool readSaved(Project *project, int *revision);
    std::optional<QList<Revision>> readRevisions(bool withChanges, int upTo, QString *detail) const;
    bool checkPrivileges();
    void recordConflicts(const ProjectMerge &merge, const Project &mine, const Project &theirs, int revision);
    bool fail(const QString &text);

    mutable Workspace m_workspace;
    QString m_name;
    qint64 m_projectId = 0;
    Project m_project; // as loaded or saved: what the editor started from
    int m_baseRevision = 0;
    QString m_readOnly;
    QString m_error;
    QString m_userName;
    // After a conflict.
    QList<Conflict> m_conflicts;
    Project m_conflictMine;
    Project m_conflictTheirs;
    int m_conflictRevision = 0;
    std::function<void()> m_beforeCommit;
};

} // namespace scs

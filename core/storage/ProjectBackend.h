#pragma once

#include "Revision.h"

#include "model/FieldId.h"
#include "model/FieldValue.h"
#include "model/Project.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace scs {

// The storage seam: where a project is loaded from and saved to, whatever
// holds it. Two back ends: a project file (.scproj, FileBackend) and a
// project in a team workspace on PostgreSQL (WorkspaceProject). Revisions,
// the history, a diff and attachments mean the same in both: a save records
// a revision with what changed, and replaying revisions 1..N gives the
// project as saved at N.
class ProjectBackend
{
public:
    enum class SaveResult {
        Saved, // what was given was saved as is
        Merged, // someone saved since this was loaded; their changes to other fields were taken in
        Conflict, // someone saved a different value in a field this save changes too: nothing saved
        Failed, // nothing saved; errorString() says why
    };

    // A field (or a request's title, or a request kept on one side and
    // removed on the other, `field` empty; the project's name, `request`
    // null) that both this editor and someone else changed since it was
    // loaded.
    struct Conflict
    {
        QUuid request;
        QString requestTitle;
        std::optional<FieldId> field;
        FieldValue mine;
        FieldValue theirs;
    };

    virtual ~ProjectBackend() = default;

    // For people: the file's path, or the project's name and workspace.
    virtual QString location() const = 0;
    // The project as last loaded or saved (after a merge: the merged one).
    virtual const Project &project() const = 0;

    virtual bool isReadOnly() const = 0;
    // Translated: why (empty when writable).
    virtual QString readOnlyMessage() const = 0;

    virtual SaveResult save(const Project &project) = 0;
    // After SaveResult::Conflict: each conflict with both values.
    virtual QList<Conflict> conflicts() const { return {}; }
    // After SaveResult::Conflict: the project to save next, everything
    // merged and each conflict settled (`takeMine` per conflict, in the
    // order of conflicts(); missing entries take theirs). Saving it
    // records a revision on top of theirs.
    virtual Project resolve(const QList<bool> &takeMine)
    {
        Q_UNUSED(takeMine)
        return project();
    }

    virtual QList<Revision> revisions(bool withChanges = true) const = 0;
    virtual int lastRevision() const = 0;
    virtual std::optional<Project> projectAtRevision(int number) const = 0;
    virtual std::optional<QList<Change>> diff(int from, int to) const = 0;

    // Translated: why the last open or save failed.
    virtual QString errorString() const = 0;
    // Recorded with each revision.
    virtual void setUserName(const QString &name) = 0;
};

} // namespace scs

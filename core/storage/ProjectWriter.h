#pragma once

#include "Revision.h"

#include "model/Project.h"

#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace scs::ProjectWriter {

// Writes a whole project file the safe way: into a new database beside the
// target (".~NAME.saving", same directory so the rename stays on one file
// system), in one transaction, checked with PRAGMA foreign_key_check and
// integrity_check and read back the way a reader reads it (it must give the
// project that was saved), closed, fsync'ed, then renamed over the target
// with rename(2) and the directory fsync'ed. Side files of the old target
// (-journal, -wal, -shm) are removed first: SQLite would apply them to the
// new file. A failure or a crash at any point before the rename leaves the
// old file as it was.
struct Job
{
    QString target;
    const Project *project = nullptr;
    // A project file (current schema) whose revisions are carried over,
    // and how many it had when it was read (-1: not known); a different
    // count means it was replaced since, and the save is refused.
    QString historySource;
    int historyRevisions = -1;
    // The revision this save adds (number assigned here), or none (recovery
    // copies record no revision).
    std::optional<Revision> revision;
    QMap<QString, QString> meta;
    // Tests: called inside the transaction, before the commit.
    std::function<void()> beforeCommit;
};

enum class Result {
    Ok,
    Busy, // this process is saving the same target
    Failed, // nothing was replaced
    NoSpace, // the disk (or quota) is full; nothing was replaced
    NotReadBack, // what was written did not read back the same; nothing was replaced
    NotSynced, // the target WAS replaced, but its folder could not be synced
};

// `error` gets a short technical reason unless Ok; `written` the revision
// as read back from the new file (its number assigned).
Result write(const Job &job, QString *error, Revision *written = nullptr);

// The temporary name used while saving `target`.
QString temporaryPathFor(const QString &target);

} // namespace scs::ProjectWriter

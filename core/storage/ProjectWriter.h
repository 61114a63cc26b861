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
// integrity_check, closed, fsync'ed, then renamed over the target with
// rename(2) and the directory fsync'ed. A failure or a crash at any point
// leaves the old file as it was.
struct Job
{
    QString target;
    const Project *project = nullptr;
    // A project file (current schema) whose revisions are carried over.
    QString historySource;
    // The revision this save adds (number assigned here), or none (recovery
    // copies record no revision).
    std::optional<Revision> revision;
    QMap<QString, QString> meta;
    // Tests: called inside the transaction, before the commit.
    std::function<void()> beforeCommit;
};

enum class Result { Ok, Busy, Failed };

// `error` gets a short technical reason on Failed; `revisionNumber` the
// number given to job.revision.
Result write(const Job &job, QString *error, int *revisionNumber = nullptr);

// The temporary name used while saving `target`.
QString temporaryPathFor(const QString &target);

} // namespace scs::ProjectWriter

#pragma once

#include "Revision.h"

#include "model/Project.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scs::WorkspaceStore {

// Reading and writing one project's rows of a team workspace
// (docs/workspace.md) on an open connection. Writers run inside the
// caller's transaction; `error` gets the server's text, for the log.

// The project's current content and revision; fails when the content does
// not match its checksum or a value does not fit its field.
bool readProject(QSqlDatabase &db, qint64 projectId, Project *project, int *revision, QString *error);

// Writes what differs between `before` (the stored content) and `after`:
// the requests added or changed (stamped with `revision`), those removed,
// and the project's row (name, order, checksum, revision, who saved).
bool writeProject(QSqlDatabase &db, qint64 projectId, const Project &before, const Project &after,
                  int revision, const QString &userName, QString *error);

bool writeRevision(QSqlDatabase &db, qint64 projectId, const Revision &revision, QString *error);
std::optional<QList<Revision>> readRevisions(QSqlDatabase &db, qint64 projectId, bool withChanges, int upTo,
                                             QString *error);

} // namespace scs::WorkspaceStore

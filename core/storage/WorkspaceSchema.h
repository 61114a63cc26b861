#pragma once

#include <QSqlDatabase>
#include <QString>

namespace scs::WorkspaceSchema {

// The tables of a team workspace live in their own PostgreSQL schema,
// "scs" (docs/workspace.md), versioned like the project file: version N is
// version 1's tables and every migration step up to N, each step run once,
// in order, inside one transaction.
inline constexpr int CurrentVersion = 1;

// The workspace's version: 0 when the database holds none yet, -1 when it
// cannot be read (`error` says why).
int version(QSqlDatabase &db, QString *error);

// Brings the database from `fromVersion` (0: nothing) to CurrentVersion
// inside the caller's transaction.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

} // namespace scs::WorkspaceSchema

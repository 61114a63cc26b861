#pragma once

#include <QSqlDatabase>
#include <QString>

namespace scs::Schema {

// PRAGMA application_id of every project file: "SCSP". SQLite files of
// other applications carry another id (most: 0) and are refused.
inline constexpr qint32 ApplicationId = 0x53435350;

// PRAGMA user_version written by this version of the application. Raise it
// together with a new step in Migrations.cpp and docs/file-format.md.
inline constexpr int CurrentVersion = 2;

// Creates the tables of `version` (1 up to the current one) in an empty
// database: version 1's, then the migration steps up to it. What a file of
// that version holds, exactly (SchemaCheck compares files with it).
bool build(QSqlDatabase &db, int version, QString *error);

// Creates the tables of the current version in an empty database (version
// 1's, then every migration step) and sets application_id and
// user_version. Run inside the caller's transaction.
bool create(QSqlDatabase &db, QString *error);

// The pragmas every connection of ours sets first (foreign keys on).
bool configure(QSqlDatabase &db, QString *error);

// Runs one SQL statement; false with the database's message in `error`.
// Also the team workspace's schema steps (WorkspaceSchema).
bool run(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace scs::Schema

#pragma once

#include "Revision.h"

#include "model/Project.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scs::ProjectStore {

// Reading and writing the tables of docs/file-format.md on an open
// connection. Writers run inside the caller's transaction.

// The project's name, requests and values. Fails (with a reason for the
// log, not for users) on a value that does not fit its field's kind.
bool writeProject(QSqlDatabase &db, const Project &project, QString *error);
bool readProject(QSqlDatabase &db, Project *project, QString *error);

// Free-form key/value facts about the file (who wrote it, recovery source).
bool writeMeta(QSqlDatabase &db, const QMap<QString, QString> &values, QString *error);
QMap<QString, QString> readMeta(QSqlDatabase &db);

// The history. `withChanges` false leaves Revision::changes empty (and is
// much cheaper for long histories); `upTo` and `from` limit to revisions
// from..upTo. Fails on anything unreadable (a number, a time, a value) and
// on a value beyond model/Limits.h (`beyondLimits` then true; `error`
// names it, translated).
bool writeRevision(QSqlDatabase &db, const Revision &revision, QString *error);
std::optional<QList<Revision>> readRevisions(QSqlDatabase &db, bool withChanges, QString *error,
                                             int upTo = -1, int from = 1, bool *beyondLimits = nullptr);
// Copies every revision of the file at `sourcePath` (the current version of
// the schema, opened read-only) into `db`. Not inside a transaction: SQLite
// attaches only outside of one, so call it before BEGIN.
bool attachSource(QSqlDatabase &db, const QString &sourcePath, QString *error);
bool copyRevisionsFromSource(QSqlDatabase &db, QString *error);
bool detachSource(QSqlDatabase &db);

} // namespace scs::ProjectStore

#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scs::SchemaCheck {

// Whether a database (or an attached one, `schemaName`) holds exactly the
// tables and indexes of a project file of `version` (Schema::build), with
// their exact definitions: no view, trigger, virtual table or extra object,
// nothing else a hostile file could make SQLite run while it is read.
// Checked before anything else of the file is read.
struct Difference
{
    // The schema could not be read whole, or an object of ours is missing:
    // damage (a file cut short), not a hostile file.
    bool damaged = false;
    QString detail; // short and technical: "unexpected view field_value"
};
// The first difference; nothing when the schema is exactly ours.
std::optional<Difference> verify(const QSqlDatabase &db, int version, const QString &schemaName = QString());

} // namespace scs::SchemaCheck

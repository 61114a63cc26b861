#include "Schema.h"

#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace scs::Schema {

namespace {

// Version 1, as documented in docs/file-format.md. Never edit a released
// version: add a migration step instead.
const char *const createStatements[] = {
        "CREATE TABLE meta ("
        " key TEXT PRIMARY KEY NOT NULL,"
        " value TEXT NOT NULL)",
        "CREATE TABLE project ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " name TEXT NOT NULL)",
        "CREATE TABLE request ("
        " id INTEGER PRIMARY KEY,"
        " uuid TEXT NOT NULL UNIQUE,"
        " position INTEGER NOT NULL UNIQUE,"
        " title TEXT NOT NULL)",
        "CREATE TABLE field_value ("
        " request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,"
        " field_key TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " text_value TEXT,"
        " integer_value INTEGER,"
        " PRIMARY KEY (request_id, field_key))",
        "CREATE TABLE list_item ("
        " request_id INTEGER NOT NULL,"
        " field_key TEXT NOT NULL,"
        " position INTEGER NOT NULL,"
        " value TEXT NOT NULL,"
        " PRIMARY KEY (request_id, field_key, position),"
        " FOREIGN KEY (request_id, field_key) REFERENCES field_value(request_id, field_key)"
        " ON DELETE CASCADE)",
        "CREATE TABLE example ("
        " request_id INTEGER NOT NULL,"
        " field_key TEXT NOT NULL,"
        " position INTEGER NOT NULL,"
        " label TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " PRIMARY KEY (request_id, field_key, position),"
        " FOREIGN KEY (request_id, field_key) REFERENCES field_value(request_id, field_key)"
        " ON DELETE CASCADE)",
        "CREATE TABLE revision ("
        " number INTEGER PRIMARY KEY,"
        " time_utc TEXT NOT NULL,"
        " user_name TEXT NOT NULL,"
        " host_name TEXT NOT NULL,"
        " app_version TEXT NOT NULL,"
        " request_order TEXT NOT NULL)",
        "CREATE TABLE revision_change ("
        " revision INTEGER NOT NULL REFERENCES revision(number) ON DELETE CASCADE,"
        " seq INTEGER NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('project_renamed', 'request_added',"
        " 'request_removed', 'request_renamed', 'requests_reordered', 'field_changed')),"
        " request_uuid TEXT,"
        " request_title TEXT,"
        " field_key TEXT,"
        " old_value TEXT NOT NULL,"
        " new_value TEXT NOT NULL,"
        " PRIMARY KEY (revision, seq))",
};

} // namespace

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool configure(QSqlDatabase &db, QString *error)
{
    return run(db, u"PRAGMA foreign_keys = ON"_s, error);
}

bool build(QSqlDatabase &db, int version, QString *error)
{
    // Version 1, then the same steps as an old file goes through, so there
    // is one definition of each version.
    const Migrations::Plan plan = Migrations::plan();
    if (version < 1 || version > plan.currentVersion || plan.steps.size() < std::size_t(version - 1)) {
        if (error)
            *error = u"no schema version %1"_s.arg(version);
        return false;
    }
    for (const char *statement : createStatements) {
        if (!run(db, QString::fromLatin1(statement), error))
            return false;
    }
    for (int step = 0; step < version - 1; ++step) {
        if (!plan.steps[std::size_t(step)](db, error))
            return false;
    }
    return true;
}

bool create(QSqlDatabase &db, QString *error)
{
    const int version = Migrations::plan().currentVersion;
    return build(db, version, error) && run(db, u"PRAGMA application_id = %1"_s.arg(ApplicationId), error)
            && run(db, u"PRAGMA user_version = %1"_s.arg(version), error);
}

} // namespace scs::Schema

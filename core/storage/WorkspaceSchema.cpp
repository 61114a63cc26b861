#include "WorkspaceSchema.h"

#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace scs::WorkspaceSchema {

namespace {

// Version 1. Never edit a released version: add a step.
const char *const version1[] = {
        "CREATE SCHEMA scs",
        "CREATE TABLE scs.meta ("
        " key text PRIMARY KEY,"
        " value text NOT NULL)",
        "CREATE TABLE scs.project ("
        " id bigserial PRIMARY KEY,"
        " name text NOT NULL UNIQUE,"
        " revision integer NOT NULL DEFAULT 0,"
        " request_order text NOT NULL DEFAULT '[]',"
        " content_sha256 text NOT NULL DEFAULT '',"
        " saved_utc timestamptz NOT NULL DEFAULT now(),"
        " saved_by text NOT NULL DEFAULT '')",
        "CREATE TABLE scs.request ("
        " project_id bigint NOT NULL REFERENCES scs.project(id) ON DELETE CASCADE,"
        " uuid text NOT NULL,"
        " title text NOT NULL,"
        " field_values text NOT NULL,"
        " saved_revision integer NOT NULL,"
        " PRIMARY KEY (project_id, uuid))",
        "CREATE TABLE scs.attachment_blob ("
        " sha256 text PRIMARY KEY,"
        " size bigint NOT NULL,"
        " data bytea NOT NULL)",
        "CREATE TABLE scs.revision ("
        " project_id bigint NOT NULL REFERENCES scs.project(id) ON DELETE CASCADE,"
        " number integer NOT NULL,"
        " time_utc text NOT NULL,"
        " user_name text NOT NULL,"
        " host_name text NOT NULL,"
        " app_version text NOT NULL,"
        " request_order text NOT NULL,"
        " PRIMARY KEY (project_id, number))",
        "CREATE TABLE scs.revision_change ("
        " project_id bigint NOT NULL,"
        " revision integer NOT NULL,"
        " seq integer NOT NULL,"
        " kind text NOT NULL CHECK (kind IN ('project_renamed', 'request_added',"
        " 'request_removed', 'request_renamed', 'requests_reordered', 'field_changed')),"
        " request_uuid text,"
        " request_title text,"
        " field_key text,"
        " old_value text NOT NULL,"
        " new_value text NOT NULL,"
        " PRIMARY KEY (project_id, revision, seq),"
        " FOREIGN KEY (project_id, revision) REFERENCES scs.revision(project_id, number)"
        " ON DELETE CASCADE)",
        "INSERT INTO scs.meta (key, value) VALUES ('schema_version', '1')",
};

using Step = std::span<const char *const>;
// Step i brings version i to i + 1.
const std::array<Step, CurrentVersion> steps = {Step(version1)};

} // namespace

int version(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regclass('scs.meta') IS NOT NULL"_s) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT value FROM scs.meta WHERE key = 'schema_version'"_s) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    bool ok = false;
    const int number = query.value(0).toString().toInt(&ok);
    if (!ok || number < 1) {
        if (error)
            *error = u"schema_version is %1"_s.arg(query.value(0).toString());
        return -1;
    }
    return number;
}

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    for (int step = fromVersion; step < CurrentVersion; ++step) {
        for (const char *statement : steps[std::size_t(step)]) {
            if (!Schema::run(db, QString::fromLatin1(statement), error))
                return false;
        }
        if (step > 0
            && !Schema::run(db,
                            u"UPDATE scs.meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(step + 1),
                            error))
            return false;
    }
    return true;
}

} // namespace scs::WorkspaceSchema

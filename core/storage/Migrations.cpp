#include "Migrations.h"

#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace scs::Migrations {

namespace {

bool run(QSqlDatabase &db, const char *sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(QString::fromLatin1(sql)))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// Version 2 (format version 2 of request-format.md): attachments. Their
// bytes are kept once per content, by SHA-256, for the project and for its
// history; `attachment` lists the files of each attachments value, in
// order. The new fields of other kinds fit the tables of version 1
// (keywords are list items), and a version 1 file has no attachments, so
// nothing else changes.
bool toVersion2(QSqlDatabase &db, QString *error)
{
    return run(db,
               "CREATE TABLE attachment_blob ("
               " sha256 TEXT PRIMARY KEY NOT NULL,"
               " size INTEGER NOT NULL,"
               " data BLOB NOT NULL)",
               error)
            && run(db,
                   "CREATE TABLE attachment ("
                   " request_id INTEGER NOT NULL,"
                   " field_key TEXT NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " name TEXT NOT NULL,"
                   " media_type TEXT NOT NULL,"
                   " description TEXT NOT NULL,"
                   " sha256 TEXT NOT NULL REFERENCES attachment_blob(sha256),"
                   " PRIMARY KEY (request_id, field_key, position),"
                   " FOREIGN KEY (request_id, field_key) REFERENCES field_value(request_id, field_key)"
                   " ON DELETE CASCADE)",
                   error);
}

constexpr Step stepList[] = {&toVersion2};
constexpr std::span<const Step> steps {stepList};

static_assert(steps.size() == std::size_t(Schema::CurrentVersion - 1),
              "one migration step per schema version");

std::optional<Plan> & override()
{
    static std::optional<Plan> plan;
    return plan;
}

} // namespace

Plan plan()
{
    if (override())
        return *override();
    return {Schema::CurrentVersion, steps};
}

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    const Plan current = plan();
    if (fromVersion < 1 || fromVersion > current.currentVersion
        || current.steps.size() != std::size_t(current.currentVersion - 1)) {
        if (error)
            *error = u"no migration from version %1"_s.arg(fromVersion);
        return false;
    }
    if (fromVersion == current.currentVersion)
        return true;
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    for (int version = fromVersion; version < current.currentVersion; ++version) {
        if (!current.steps[std::size_t(version - 1)](db, error)) {
            db.rollback();
            return false;
        }
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(current.currentVersion)) || !db.commit()) {
        if (error)
            *error = query.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

ScopedPlanOverride::ScopedPlanOverride(Plan plan)
{
    override() = plan;
}

ScopedPlanOverride::~ScopedPlanOverride()
{
    override().reset();
}

} // namespace scs::Migrations

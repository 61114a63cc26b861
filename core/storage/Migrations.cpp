#include "Migrations.h"

#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace scs::Migrations {

namespace {

// Version 2 adds its function here, e.g.
//   bool toVersion2(QSqlDatabase &db, QString *error) { ... ALTER TABLE ... }
// and lists it in `steps`; Schema::CurrentVersion becomes 2.
constexpr std::span<const Step> steps {};

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

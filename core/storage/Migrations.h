#pragma once

#include <QSqlDatabase>
#include <QString>

#include <span>

namespace scs::Migrations {

// One step brings a file from version N to N + 1 (schema and data), inside
// the caller's transaction. Step i of the list goes from version i + 1 to
// i + 2; the list is as long as Schema::CurrentVersion - 1.
using Step = bool (*)(QSqlDatabase &db, QString *error);

struct Plan
{
    int currentVersion = 0;
    std::span<const Step> steps;
};

// The steps this build knows (Schema::CurrentVersion and Migrations.cpp).
Plan plan();

// Brings `db` from `fromVersion` to the plan's current version in one
// transaction and sets user_version. `db` is a private copy of the user's
// file: the user's file itself is only ever replaced by a save.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

// For tests: replaces plan() while alive (one at a time), so the migration
// path can be exercised before there is a version 2.
class ScopedPlanOverride
{
public:
    explicit ScopedPlanOverride(Plan plan);
    ~ScopedPlanOverride();
    ScopedPlanOverride(const ScopedPlanOverride &) = delete;
    ScopedPlanOverride &operator=(const ScopedPlanOverride &) = delete;
};

} // namespace scs::Migrations

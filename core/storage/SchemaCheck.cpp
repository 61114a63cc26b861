#include "SchemaCheck.h"

#include "Migrations.h"
#include "Schema.h"
#include "SqliteConnection.h"

#include <QList>
#include <QMutex>
#include <QSqlQuery>

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace scs::SchemaCheck {

namespace {

struct Object
{
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const Object &) const = default;
};

std::optional<QList<Object>> objects(const QSqlDatabase &db, const QString &schemaName)
{
    // sqlite_master is SQLite's own table: reading it runs nothing of the
    // file (the schema is parsed, never executed).
    const QString prefix = schemaName.isEmpty() ? QString() : schemaName + u'.';
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
                u"SELECT type, name, tbl_name, sql FROM %1sqlite_master ORDER BY type, name"_s.arg(prefix)))
        return std::nullopt;
    QList<Object> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString()});
    return result;
}

// The objects of a fresh file of `version`, built once per version (and
// per migration plan: tests replace it).
std::optional<QList<Object>> expected(int version)
{
    static QMutex mutex;
    static std::map<std::tuple<int, const void *, std::size_t>, QList<Object>> cache;
    const Migrations::Plan plan = Migrations::plan();
    const auto key =
            std::make_tuple(version, static_cast<const void *>(plan.steps.data()), plan.steps.size());
    const QMutexLocker locker(&mutex);
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    SqliteConnection memory;
    if (!memory.open(QString(), SqliteConnection::Mode::Memory))
        return std::nullopt;
    QSqlDatabase db = memory.database();
    if (!Schema::build(db, version, nullptr))
        return std::nullopt;
    auto result = objects(db, QString());
    db = QSqlDatabase();
    if (result)
        cache[key] = *result;
    return result;
}

QString describe(const Object &object)
{
    return u"%1 %2"_s.arg(object.type, object.name);
}

} // namespace

std::optional<Difference> verify(const QSqlDatabase &db, int version, const QString &schemaName)
{
    const auto want = expected(version);
    if (!want)
        return Difference {true, u"no schema of version %1"_s.arg(version)};
    const auto have = objects(db, schemaName);
    if (!have)
        return Difference {true, u"the schema cannot be read"_s};
    for (const Object &object : *have) {
        const auto same = std::find_if(want->cbegin(), want->cend(), [&](const Object &o) {
            return o.type == object.type && o.name == object.name;
        });
        if (same == want->cend())
            return Difference {false, u"unexpected %1"_s.arg(describe(object))};
        if (!(*same == object))
            return Difference {false, u"%1 is not defined as ours"_s.arg(describe(object))};
    }
    for (const Object &object : *want) {
        if (!have->contains(object))
            return Difference {true, u"%1 is missing"_s.arg(describe(object))};
    }
    return std::nullopt;
}

} // namespace scs::SchemaCheck

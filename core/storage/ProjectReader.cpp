#include "ProjectReader.h"

#include "ContentChecksum.h"
#include "ProjectLimits.h"
#include "ProjectStore.h"
#include "SchemaCheck.h"
#include "SqliteConnection.h"

#include "model/Limits.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace scs::ProjectReader {

namespace {

Result problem(const SqliteConnection &connection, Problem kind, const QString &detail)
{
    // A statement stopped by the work budget fails like any other: say why.
    if (connection.workLimitReached())
        return {Problem::TooMuchWork, u"stopped after %1 instructions"_s.arg(connection.workBudget())};
    if (connection.tooBig()) {
        const bool history = kind == Problem::HistoryDamaged || kind == Problem::HistoryExceedsLimits;
        return {history ? Problem::HistoryExceedsLimits : Problem::ExceedsLimits,
                ProjectLimits::tr(
                        "A value in the file is larger than %L1 MB, the most Shortcode Studio reads.")
                        .arg(SqliteConnection::MaxValueBytes / (1024 * 1024))};
    }
    return {kind, detail};
}

// The longest text each column of the schema may hold (SQLite counts
// characters: never more than the UTF-16 units of model/Limits.h, so a
// value within its limit is never refused here). Measured with length()
// before any value is read into memory: a value beyond them (the history's
// JSON included) costs no more than reading it once inside SQLite.
struct ColumnCap
{
    const char *table;
    const char *column;
    qsizetype cap;
};

constexpr qsizetype UuidLength = 100;
constexpr qsizetype KeyLength = 100;
// A history value is the JSON of a field's value: 100 examples of a
// 1,000-character label and a 10,000-character text, each character
// escaped (\u0001) at worst, fit.
constexpr qsizetype HistoryValueLength = 8'000'000;

const ColumnCap columnCaps[] = {
        {"meta", "key", KeyLength},
        {"meta", "value", 100'000},
        {"project", "name", limits::NameLength},
        {"request", "uuid", UuidLength},
        {"request", "title", limits::NameLength},
        {"field_value", "field_key", KeyLength},
        {"field_value", "kind", KeyLength},
        {"field_value", "text_value", limits::MultilineLength},
        {"list_item", "field_key", KeyLength},
        {"list_item", "value", limits::NameLength},
        {"example", "field_key", KeyLength},
        {"example", "label", limits::NameLength},
        {"example", "text", limits::SmsLength},
        {"revision", "time_utc", KeyLength},
        {"revision", "user_name", limits::NameLength},
        {"revision", "host_name", limits::NameLength},
        {"revision", "app_version", limits::NameLength},
        {"revision", "request_order", limits::Requests * 40 + 100},
        {"revision_change", "kind", KeyLength},
        {"revision_change", "request_uuid", UuidLength},
        {"revision_change", "request_title", limits::NameLength},
        {"revision_change", "field_key", KeyLength},
        {"revision_change", "old_value", HistoryValueLength},
        {"revision_change", "new_value", HistoryValueLength},
        // Version 2: attachments (length() of a blob is its size, read
        // without loading it).
        {"attachment", "field_key", KeyLength},
        {"attachment", "name", limits::NameLength},
        {"attachment", "media_type", limits::NameLength},
        {"attachment", "description", limits::TextLength},
        {"attachment", "sha256", KeyLength},
        {"attachment_blob", "sha256", KeyLength},
        {"attachment_blob", "data", limits::AttachmentHardBytes},
};

Result checkSizes(const SqliteConnection &connection)
{
    const QSqlDatabase db = connection.database();
    for (qsizetype first = 0; first < qsizetype(std::size(columnCaps));) {
        // One scan per table.
        const QLatin1StringView table(columnCaps[first].table);
        qsizetype end = first;
        QStringList measures;
        while (end < qsizetype(std::size(columnCaps)) && table == QLatin1StringView(columnCaps[end].table)) {
            measures.append(u"MAX(length(%1))"_s.arg(QLatin1StringView(columnCaps[end].column)));
            ++end;
        }
        QSqlQuery query(db);
        // A table of a later version than the file's is not there (the
        // schema was checked to be exactly that version's).
        query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        query.addBindValue(QString(table));
        if (!query.exec() || !query.next()) {
            first = end;
            continue;
        }
        if (!query.exec(u"SELECT %1 FROM %2"_s.arg(measures.join(u", "_s), table)) || !query.next())
            return problem(connection,
                           table.startsWith(u"revision"_s) ? Problem::HistoryDamaged : Problem::Damaged,
                           u"the sizes of %1 cannot be read"_s.arg(table));
        for (qsizetype i = first; i < end; ++i) {
            const qint64 longest = query.value(int(i - first)).toLongLong();
            if (longest <= columnCaps[i].cap)
                continue;
            const bool history = table.startsWith(u"revision"_s);
            return {history ? Problem::HistoryExceedsLimits : Problem::ExceedsLimits,
                    ProjectLimits::tr("A value of the file (%1.%2) has %L3 characters; the limit is %L4.")
                            .arg(table, QLatin1StringView(columnCaps[i].column))
                            .arg(longest)
                            .arg(columnCaps[i].cap)};
        }
        first = end;
    }
    return {};
}

} // namespace

Result check(const SqliteConnection &connection, int version, bool measureValues)
{
    const QSqlDatabase db = connection.database();
    if (const auto difference = SchemaCheck::verify(db, version))
        return problem(connection, difference->damaged ? Problem::Damaged : Problem::ForeignSchema,
                       difference->detail);
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next() || query.value(0).toString() != u"ok")
        return problem(connection, Problem::Damaged, u"integrity_check failed"_s);
    query = QSqlQuery();
    return measureValues ? checkSizes(connection) : Result();
}

Result read(const SqliteConnection &connection, Contents *contents, int historyFrom)
{
    QSqlDatabase db = connection.database();
    Contents result;
    QString error;
    if (!ProjectStore::readProject(db, &result.project, &error))
        return problem(connection, Problem::Damaged, error);
    result.meta = ProjectStore::readMeta(db);
    if (result.meta.value(u"content_sha256"_s) != contentChecksum(result.project)) {
        contents->project = std::move(result.project); // what was read, for a save's message
        return problem(connection, Problem::Damaged, u"the content does not match its checksum"_s);
    }
    // Checked after the checksum: a value beyond a limit in an intact file
    // was put there on purpose (or by another program), not by damage.
    if (const auto beyond = ProjectLimits::check(result.project))
        return {Problem::ExceedsLimits, beyond->message()};

    if (historyFrom > 1) {
        QSqlQuery query(db);
        query.prepare(u"SELECT COUNT(*), MIN(number) FROM revision WHERE number < ?"_s);
        query.addBindValue(historyFrom);
        if (!query.exec() || !query.next() || query.value(0).toInt() != historyFrom - 1
            || query.value(1).toInt() != 1)
            return problem(connection, Problem::HistoryDamaged,
                           u"revisions before %1 are missing"_s.arg(historyFrom));
    }
    bool beyondLimits = false;
    auto revisions = ProjectStore::readRevisions(db, true, &error, -1, historyFrom, &beyondLimits);
    if (!revisions)
        return problem(connection, beyondLimits ? Problem::HistoryExceedsLimits : Problem::HistoryDamaged,
                       error);
    for (qsizetype i = 0; i < revisions->size(); ++i) {
        if (revisions->at(i).number != historyFrom + i)
            return {Problem::HistoryDamaged, u"revision %1 is missing"_s.arg(historyFrom + i)};
    }
    if (revisions->isEmpty() && historyFrom == 1) {
        if (!result.meta.contains(u"recovery_of"_s))
            return {Problem::HistoryDamaged, u"no revisions"_s};
    } else if (!revisions->isEmpty()) {
        QList<QUuid> order;
        for (const Request &request : std::as_const(result.project.requests))
            order.append(request.uuid());
        if (revisions->last().requestOrder != order)
            return {Problem::HistoryDamaged, u"the last revision does not list the requests of the file"_s};
    }
    result.revisions = std::move(*revisions);
    *contents = std::move(result);
    return {};
}

} // namespace scs::ProjectReader

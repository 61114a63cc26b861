// The history's tables (docs/file-format.md): revisions and their
// changes, values as JSON text (WorkspaceCodec: the same texts a team
// workspace keeps), attachments as summaries whose bytes are kept once in
// attachment_blob; and copying a history from another file.
#include "ProjectStore.h"

#include "BatchInsert.h"
#include "ProjectLimits.h"
#include "ProjectStoreRows.h"
#include "SqliteConnection.h"
#include "ValueCodec.h"
#include "WorkspaceCodec.h"

#include "catalog/Catalog.h"
#include "model/Limits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace scs::ProjectStore {

using namespace Rows;

namespace {

// Binds the range of revisions a query reads: up to `upTo` (all when
// negative), from `from` (all when 1 or less).
void bindRange(QSqlQuery &query, int upTo, int from)
{
    query.addBindValue(upTo);
    query.addBindValue(upTo);
    query.addBindValue(from);
    query.addBindValue(from);
}

bool isAttachmentsField(const Change &change)
{
    if (change.kind != Change::Kind::FieldChanged)
        return false;
    const auto id = Catalog::fieldByKey(change.fieldKey);
    return id && Catalog::field(*id).kind == FieldKind::Attachments;
}

// The bytes of the attachments the history names, read once each and
// checked against their SHA-256.
class BlobReader
{
public:
    explicit BlobReader(QSqlDatabase &db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_query.prepare(u"SELECT data FROM attachment_blob WHERE sha256 = ?"_s);
    }

    std::optional<QByteArray> bytes(const QString &sha256)
    {
        const auto known = m_blobs.constFind(sha256);
        if (known != m_blobs.constEnd())
            return *known;
        m_query.bindValue(0, sha256);
        if (!m_query.exec() || !m_query.next())
            return std::nullopt;
        const QByteArray data = m_query.value(0).toByteArray();
        m_query.finish();
        if (sha256Hex(data) != sha256)
            return std::nullopt;
        m_blobs.insert(sha256, data);
        return data;
    }

private:
    QSqlQuery m_query;
    QHash<QString, QByteArray> m_blobs;
};

// A value of the history beyond model/Limits.h: the message naming it.
std::optional<QString> changeBeyondLimits(const Change &change, const FieldValue &value)
{
    if (change.kind == Change::Kind::FieldChanged) {
        const auto id = Catalog::fieldByKey(change.fieldKey);
        if (const auto beyond = ProjectLimits::check(*id, value))
            return beyond->message();
        return std::nullopt;
    }
    if (change.kind == Change::Kind::RequestsReordered) {
        const qsizetype count = value.toStringList().size();
        if (count > limits::Requests)
            return ProjectLimits::tr("A reordering lists %L1 requests; the limit is %L2.")
                    .arg(count)
                    .arg(limits::Requests);
        return std::nullopt;
    }
    const qsizetype size = value.isString() ? value.stringRef().size() : 0;
    if (size > limits::NameLength)
        return ProjectLimits::tr("A name or title has %L1 characters; the limit is %L2.")
                .arg(size)
                .arg(limits::NameLength);
    return std::nullopt;
}

} // namespace

bool writeRevision(QSqlDatabase &db, const Revision &revision, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO revision (number, time_utc, user_name, host_name, app_version,"
                  " request_order) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QJsonArray order;
    for (const QUuid &uuid : revision.requestOrder)
        order.append(uuidText(uuid));
    query.addBindValue(revision.number);
    query.addBindValue(revision.timeUtc.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(revision.userName));
    query.addBindValue(text(revision.hostName));
    query.addBindValue(text(revision.appVersion));
    query.addBindValue(ValueCodec::toText(order));
    if (!query.exec())
        return fail(error, query);

    // Every file a change names has its bytes in the file, so the history
    // can be replayed (most are there already: the project's own, and the
    // ones copied from the previous file).
    BlobWriter blobs(db);
    for (const Change &change : revision.changes) {
        if (isAttachmentsField(change)
            && (!blobs.addAll(change.oldValue, error) || !blobs.addAll(change.newValue, error)))
            return false;
    }

    BatchInsert changes(db, u"revision_change"_s,
                        {u"revision"_s, u"seq"_s, u"kind"_s, u"request_uuid"_s, u"request_title"_s,
                         u"field_key"_s, u"old_value"_s, u"new_value"_s});
    qint64 seq = 0;
    for (const Change &change : revision.changes) {
        const QVariant uuid = change.request.isNull() ? QVariant() : QVariant(uuidText(change.request));
        const QVariant title = change.request.isNull() ? QVariant() : QVariant(text(change.requestTitle));
        const QVariant key =
                change.kind == Change::Kind::FieldChanged ? QVariant(change.fieldKey) : QVariant();
        if (!changes.add({revision.number, seq++, WorkspaceCodec::changeKindName(change.kind), uuid, title,
                          key, WorkspaceCodec::encodeChange(change, change.oldValue, nullptr),
                          WorkspaceCodec::encodeChange(change, change.newValue, nullptr)}))
            return fail(error, changes.error());
    }
    if (!changes.finish())
        return fail(error, changes.error());
    return true;
}

std::optional<QList<Revision>> readRevisions(QSqlDatabase &db, bool withChanges, QString *error, int upTo,
                                             int from, bool *beyondLimits)
{
    if (beyondLimits)
        *beyondLimits = false;
    // Every value of the history within the limits of model/Limits.h, as
    // the project's own values are.
    auto tooLong = [&](int number, const QString &what, qsizetype size, qsizetype limit) {
        if (size <= limit)
            return false;
        if (beyondLimits)
            *beyondLimits = true;
        fail(error,
             ProjectLimits::tr("Revision %L1: %2 has %L3 characters; the limit is %L4.")
                     .arg(number)
                     .arg(what)
                     .arg(size)
                     .arg(limit));
        return true;
    };
    QList<Revision> revisions;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
            u"SELECT number, time_utc, user_name, host_name, app_version, request_order"
            " FROM revision WHERE (? < 0 OR number <= ?) AND (? <= 1 OR number >= ?) ORDER BY number"_s);
    bindRange(query, upTo, from);
    if (!query.exec()) {
        fail(error, query);
        return std::nullopt;
    }
    QHash<int, qsizetype> indexByNumber;
    while (query.next()) {
        Revision revision;
        const QVariant number = query.value(0);
        if (number.typeId() != QMetaType::LongLong || number.toLongLong() < 1
            || number.toLongLong() > std::numeric_limits<int>::max()) {
            fail(error, u"a revision without a number"_s);
            return std::nullopt;
        }
        revision.number = number.toInt();
        revision.timeUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        revision.timeUtc.setTimeSpec(Qt::UTC);
        if (!revision.timeUtc.isValid()) {
            fail(error, u"revision %1: no time"_s.arg(revision.number));
            return std::nullopt;
        }
        revision.userName = query.value(2).toString();
        revision.hostName = query.value(3).toString();
        revision.appVersion = query.value(4).toString();
        if (tooLong(revision.number, u"user_name"_s, revision.userName.size(), limits::NameLength)
            || tooLong(revision.number, u"host_name"_s, revision.hostName.size(), limits::NameLength)
            || tooLong(revision.number, u"app_version"_s, revision.appVersion.size(), limits::NameLength))
            return std::nullopt;
        const auto order = ValueCodec::fromText(query.value(5).toString());
        if (!order || !order->isArray()) {
            fail(error, u"revision %1: no request order"_s.arg(revision.number));
            return std::nullopt;
        }
        const QJsonArray uuids = order->toArray();
        if (tooLong(revision.number, u"request_order"_s, uuids.size(), limits::Requests))
            return std::nullopt;
        for (const QJsonValue &uuid : uuids) {
            const QUuid parsed = QUuid::fromString(uuid.toString());
            if (parsed.isNull()) {
                fail(error, u"revision %1: a request without a uuid"_s.arg(revision.number));
                return std::nullopt;
            }
            revision.requestOrder.append(parsed);
        }
        indexByNumber.insert(revision.number, revisions.size());
        revisions.append(revision);
    }
    if (query.lastError().type() != QSqlError::NoError) {
        fail(error, query);
        return std::nullopt;
    }
    if (!withChanges)
        return revisions;

    BlobReader reader(db);
    const WorkspaceCodec::BlobSource blobs = [&reader](const QString &sha256) {
        return reader.bytes(sha256);
    };
    query.prepare(
            u"SELECT revision, kind, request_uuid, request_title, field_key, old_value,"
            " new_value FROM revision_change WHERE (? < 0 OR revision <= ?) AND (? <= 1 OR revision >= ?)"
            " ORDER BY revision, seq"_s);
    bindRange(query, upTo, from);
    if (!query.exec()) {
        fail(error, query);
        return std::nullopt;
    }
    while (query.next()) {
        const int number = query.value(0).toInt();
        const auto kind = WorkspaceCodec::changeKindByName(query.value(1).toString());
        const auto index = indexByNumber.constFind(number);
        if (!kind || index == indexByNumber.constEnd()) {
            fail(error, u"revision %1: unknown change"_s.arg(number));
            return std::nullopt;
        }
        Change change;
        change.kind = *kind;
        change.request = QUuid::fromString(query.value(2).toString());
        change.requestTitle = query.value(3).toString();
        change.fieldKey = query.value(4).toString();
        if (tooLong(number, u"request_title"_s, change.requestTitle.size(), limits::NameLength))
            return std::nullopt;
        const auto oldValue = WorkspaceCodec::decodeChange(change, query.value(5).toString(), blobs);
        const auto newValue = WorkspaceCodec::decodeChange(change, query.value(6).toString(), blobs);
        if (!oldValue || !newValue) {
            fail(error, u"revision %1: unreadable value of %2"_s.arg(number).arg(change.fieldKey));
            return std::nullopt;
        }
        for (const FieldValue *value : {&*oldValue, &*newValue}) {
            if (const auto beyond = changeBeyondLimits(change, *value)) {
                if (beyondLimits)
                    *beyondLimits = true;
                fail(error, ProjectLimits::tr("Revision %L1: %2").arg(number).arg(*beyond));
                return std::nullopt;
            }
        }
        change.oldValue = *oldValue;
        change.newValue = *newValue;
        revisions[*index].changes.append(change);
    }
    if (query.lastError().type() != QSqlError::NoError) {
        fail(error, query);
        return std::nullopt;
    }
    return revisions;
}

bool attachSource(QSqlDatabase &db, const QString &sourcePath, QString *error)
{
    // Read-only and immutable: the source is only ever read, never
    // created, and nothing is made beside it.
    QSqlQuery query(db);
    query.prepare(u"ATTACH DATABASE ? AS source"_s);
    query.addBindValue(SqliteConnection::uriFor(sourcePath, SqliteConnection::Mode::ReadOnly));
    if (!query.exec())
        return fail(error, query);
    return true;
}

bool copyRevisionsFromSource(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"INSERT INTO main.revision (number, time_utc, user_name, host_name,"
                    " app_version, request_order) SELECT number, time_utc, user_name, host_name,"
                    " app_version, request_order FROM source.revision"_s)
        || !query.exec(u"INSERT INTO main.revision_change (revision, seq, kind, request_uuid,"
                       " request_title, field_key, old_value, new_value) SELECT revision, seq, kind,"
                       " request_uuid, request_title, field_key, old_value, new_value"
                       " FROM source.revision_change"_s)
        || !query.exec(u"INSERT OR IGNORE INTO main.attachment_blob (sha256, size, data)"
                       " SELECT sha256, size, data FROM source.attachment_blob"_s))
        return fail(error, query);
    return true;
}

bool detachSource(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"DETACH DATABASE source"_s);
}

} // namespace scs::ProjectStore

#include "WorkspaceStore.h"

#include "ContentChecksum.h"
#include "WorkspaceCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace scs::WorkspaceStore {

namespace {

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString orderText(const QList<QUuid> &order)
{
    QJsonArray array;
    for (const QUuid &uuid : order)
        array.append(uuidText(uuid));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<QUuid>> parseOrder(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QList<QUuid> order;
    for (const QJsonValue &item : document.array()) {
        const QUuid uuid(item.toString());
        if (uuid.isNull())
            return std::nullopt;
        order.append(uuid);
    }
    return order;
}

QList<QUuid> orderOf(const Project &project)
{
    QList<QUuid> order;
    for (const Request &request : project.requests)
        order.append(request.uuid());
    return order;
}

const Request *find(const Project &project, const QUuid &uuid)
{
    for (const Request &request : project.requests) {
        if (request.uuid() == uuid)
            return &request;
    }
    return nullptr;
}

// The bytes of every attachment of a project's requests, in one query (one
// query per file made opening a 100-request project 2.2x a file's time);
// each checked against its hash (one that does not match is left out, and
// its lookup then fails as it would alone).
void prefetchBlobs(QSqlDatabase &db, qint64 projectId, WorkspaceCodec::Blobs *cache)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT b.sha256, b.data FROM scs.attachment_blob b WHERE b.sha256 IN ("
                  " SELECT e.value->>'sha256' FROM scs.request r,"
                  "  jsonb_each(r.field_values::jsonb) f,"
                  "  jsonb_array_elements(CASE jsonb_typeof(f.value) WHEN 'array' THEN f.value"
                  "   ELSE '[]'::jsonb END) e"
                  "  WHERE r.project_id = ? AND jsonb_typeof(e.value) = 'object')"_s);
    query.addBindValue(projectId);
    if (!query.exec())
        return; // each file is then read on its own, as before
    while (query.next()) {
        const QString sha256 = query.value(0).toString();
        const QByteArray data = query.value(1).toByteArray();
        if (WorkspaceCodec::sha256Hex(data) == sha256)
            cache->insert(sha256, data);
    }
}

// The bytes of attachments, read once each and checked against their hash.
WorkspaceCodec::BlobSource blobSource(QSqlDatabase &db,
                                      std::shared_ptr<WorkspaceCodec::Blobs> prefetched = nullptr)
{
    auto cache = prefetched ? prefetched : std::make_shared<WorkspaceCodec::Blobs>();
    return [&db, cache](const QString &sha256) -> std::optional<QByteArray> {
        const auto known = cache->constFind(sha256);
        if (known != cache->constEnd())
            return *known;
        QSqlQuery query(db);
        query.prepare(u"SELECT data FROM scs.attachment_blob WHERE sha256 = ?"_s);
        query.addBindValue(sha256);
        if (!query.exec() || !query.next())
            return std::nullopt;
        const QByteArray data = query.value(0).toByteArray();
        if (WorkspaceCodec::sha256Hex(data) != sha256)
            return std::nullopt;
        cache->insert(sha256, data);
        return data;
    };
}

bool writeBlobs(QSqlDatabase &db, const WorkspaceCodec::Blobs &blobs, QString *error)
{
    if (blobs.isEmpty())
        return true;
    QSqlQuery query(db);
    query.prepare(
            u"INSERT INTO scs.attachment_blob (sha256, size, data) VALUES (?, ?, COALESCE(?, ''::bytea))"
            " ON CONFLICT (sha256) DO NOTHING"_s);
    for (auto it = blobs.begin(); it != blobs.end(); ++it) {
        query.bindValue(0, it.key());
        query.bindValue(1, qint64(it.value().size()));
        query.bindValue(2, it.value());
        if (!query.exec())
            return fail(error, query);
    }
    return true;
}

} // namespace

bool readProject(QSqlDatabase &db, qint64 projectId, Project *project, int *revision, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT name, revision, request_order, content_sha256 FROM scs.project WHERE id = ?"_s);
    query.addBindValue(projectId);
    if (!query.exec())
        return fail(error, query);
    if (!query.next())
        return fail(error, u"no project %1"_s.arg(projectId));
    Project result;
    result.name = query.value(0).toString();
    *revision = query.value(1).toInt();
    const auto order = parseOrder(query.value(2).toString());
    const QString checksum = query.value(3).toString();
    if (!order)
        return fail(error, u"the request order does not read"_s);

    query.prepare(u"SELECT uuid, title, field_values FROM scs.request WHERE project_id = ?"_s);
    query.addBindValue(projectId);
    if (!query.exec())
        return fail(error, query);
    QHash<QUuid, Request> requests;
    auto prefetched = std::make_shared<WorkspaceCodec::Blobs>();
    prefetchBlobs(db, projectId, prefetched.get());
    const auto blobs = blobSource(db, prefetched);
    while (query.next()) {
        Request request;
        request.setUuid(QUuid(query.value(0).toString()));
        request.setTitle(query.value(1).toString());
        if (!WorkspaceCodec::decodeValues(query.value(2).toString(), &request, blobs))
            return fail(error, u"the values of request %1 do not read"_s.arg(query.value(0).toString()));
        requests.insert(request.uuid(), request);
    }
    for (const QUuid &uuid : *order) {
        const auto it = requests.constFind(uuid);
        if (it == requests.constEnd())
            return fail(error, u"request %1 is missing"_s.arg(uuidText(uuid)));
        result.requests.append(*it);
    }
    if (result.requests.size() != requests.size())
        return fail(error, u"requests outside the order"_s);
    if (contentChecksum(result) != checksum)
        return fail(error, u"the content does not match its checksum"_s);
    *project = std::move(result);
    return true;
}

bool writeProject(QSqlDatabase &db, qint64 projectId, const Project &before, const Project &after,
                  int revision, const QString &userName, QString *error)
{
    QSqlQuery query(db);
    WorkspaceCodec::Blobs blobs;
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO scs.request (project_id, uuid, title, field_values, saved_revision)"
                   " VALUES (?, ?, ?, ?, ?) ON CONFLICT (project_id, uuid) DO UPDATE SET"
                   " title = EXCLUDED.title, field_values = EXCLUDED.field_values,"
                   " saved_revision = EXCLUDED.saved_revision"_s);
    for (const Request &request : after.requests) {
        const Request *old = find(before, request.uuid());
        if (old && *old == request)
            continue;
        upsert.bindValue(0, projectId);
        upsert.bindValue(1, uuidText(request.uuid()));
        upsert.bindValue(2, request.title());
        upsert.bindValue(3, WorkspaceCodec::encodeValues(request, &blobs));
        upsert.bindValue(4, revision);
        if (!upsert.exec())
            return fail(error, upsert);
    }
    query.prepare(u"DELETE FROM scs.request WHERE project_id = ? AND uuid = ?"_s);
    for (const Request &request : before.requests) {
        if (find(after, request.uuid()))
            continue;
        query.bindValue(0, projectId);
        query.bindValue(1, uuidText(request.uuid()));
        if (!query.exec())
            return fail(error, query);
    }
    if (!writeBlobs(db, blobs, error))
        return false;
    query.prepare(u"UPDATE scs.project SET name = ?, revision = ?, request_order = ?, content_sha256 = ?,"
                  " saved_utc = now(), saved_by = ? WHERE id = ?"_s);
    query.addBindValue(after.name);
    query.addBindValue(revision);
    query.addBindValue(orderText(orderOf(after)));
    query.addBindValue(contentChecksum(after));
    query.addBindValue(userName);
    query.addBindValue(projectId);
    if (!query.exec())
        return fail(error, query);
    return true;
}

bool writeRevision(QSqlDatabase &db, qint64 projectId, const Revision &revision, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO scs.revision (project_id, number, time_utc, user_name, host_name,"
                  " app_version, request_order) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(projectId);
    query.addBindValue(revision.number);
    query.addBindValue(revision.timeUtc.toString(Qt::ISODateWithMs));
    query.addBindValue(revision.userName);
    query.addBindValue(revision.hostName);
    query.addBindValue(revision.appVersion);
    query.addBindValue(orderText(revision.requestOrder));
    if (!query.exec())
        return fail(error, query);
    WorkspaceCodec::Blobs blobs;
    query.prepare(u"INSERT INTO scs.revision_change (project_id, revision, seq, kind, request_uuid,"
                  " request_title, field_key, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int seq = 0;
    for (const Change &change : revision.changes) {
        query.bindValue(0, projectId);
        query.bindValue(1, revision.number);
        query.bindValue(2, seq++);
        query.bindValue(3, WorkspaceCodec::changeKindName(change.kind));
        query.bindValue(4, change.request.isNull() ? QVariant() : QVariant(uuidText(change.request)));
        query.bindValue(5, change.requestTitle);
        query.bindValue(6, change.fieldKey.isEmpty() ? QVariant() : QVariant(change.fieldKey));
        query.bindValue(7, WorkspaceCodec::encodeChange(change, change.oldValue, &blobs));
        query.bindValue(8, WorkspaceCodec::encodeChange(change, change.newValue, &blobs));
        if (!query.exec())
            return fail(error, query);
    }
    return writeBlobs(db, blobs, error);
}

std::optional<QList<Revision>> readRevisions(QSqlDatabase &db, qint64 projectId, bool withChanges, int upTo,
                                             QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT number, time_utc, user_name, host_name, app_version, request_order"
                  " FROM scs.revision WHERE project_id = ? AND (? < 0 OR number <= ?) ORDER BY number"_s);
    query.addBindValue(projectId);
    query.addBindValue(upTo);
    query.addBindValue(upTo);
    if (!query.exec()) {
        fail(error, query);
        return std::nullopt;
    }
    QList<Revision> revisions;
    while (query.next()) {
        Revision revision;
        revision.number = query.value(0).toInt();
        revision.timeUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        revision.userName = query.value(2).toString();
        revision.hostName = query.value(3).toString();
        revision.appVersion = query.value(4).toString();
        const auto order = parseOrder(query.value(5).toString());
        if (!order || !revision.timeUtc.isValid() || revision.number != revisions.size() + 1) {
            fail(error, u"revision %1 does not read"_s.arg(query.value(0).toString()));
            return std::nullopt;
        }
        revision.requestOrder = *order;
        revisions.append(revision);
    }
    if (!withChanges || revisions.isEmpty())
        return revisions;
    query.prepare(u"SELECT revision, kind, request_uuid, request_title, field_key, old_value, new_value"
                  " FROM scs.revision_change WHERE project_id = ? AND revision <= ?"
                  " ORDER BY revision, seq"_s);
    query.addBindValue(projectId);
    query.addBindValue(revisions.size());
    if (!query.exec()) {
        fail(error, query);
        return std::nullopt;
    }
    const auto blobs = blobSource(db);
    while (query.next()) {
        const int number = query.value(0).toInt();
        const auto kind = WorkspaceCodec::changeKindByName(query.value(1).toString());
        if (number < 1 || number > revisions.size() || !kind) {
            fail(error, u"a change of revision %1 does not read"_s.arg(number));
            return std::nullopt;
        }
        Change change;
        change.kind = *kind;
        change.request = QUuid(query.value(2).toString());
        change.requestTitle = query.value(3).toString();
        change.fieldKey = query.value(4).toString();
        const auto oldValue = WorkspaceCodec::decodeChange(change, query.value(5).toString(), blobs);
        const auto newValue = WorkspaceCodec::decodeChange(change, query.value(6).toString(), blobs);
        if (!oldValue || !newValue) {
            fail(error, u"a value of revision %1 does not read"_s.arg(number));
            return std::nullopt;
        }
        change.oldValue = *oldValue;
        change.newValue = *newValue;
        revisions[number - 1].changes.append(change);
    }
    return revisions;
}

} // namespace scs::WorkspaceStore

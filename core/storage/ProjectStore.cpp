#include "ProjectStore.h"

#include "BatchInsert.h"
#include "ProjectLimits.h"
#include "SqliteConnection.h"
#include "ValueCodec.h"

#include "catalog/Catalog.h"
#include "model/Limits.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace scs::ProjectStore {

namespace {

// The kind names of request-format.md, stored next to each value so the
// file describes itself.
QString kindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
        return u"text"_s;
    case FieldKind::Multiline:
        return u"multiline"_s;
    case FieldKind::Sms:
        return u"sms"_s;
    case FieldKind::Url:
        return u"url"_s;
    case FieldKind::Email:
        return u"email"_s;
    case FieldKind::Phone:
        return u"phone"_s;
    case FieldKind::Country:
        return u"country"_s;
    case FieldKind::Choice:
        return u"choice"_s;
    case FieldKind::Choices:
        return u"choices"_s;
    case FieldKind::Bool:
        return u"bool"_s;
    case FieldKind::Integer:
        return u"integer"_s;
    case FieldKind::Money:
        return u"money"_s;
    case FieldKind::Date:
        return u"date"_s;
    case FieldKind::Examples:
        return u"examples"_s;
    case FieldKind::Keywords:
        return u"keywords"_s;
    case FieldKind::Attachments:
        return u"attachments"_s;
    }
    return {};
}

struct ChangeKindName
{
    Change::Kind kind;
    const char16_t *name;
};

constexpr ChangeKindName changeKindNames[] = {
        {Change::Kind::ProjectRenamed, u"project_renamed"},
        {Change::Kind::RequestAdded, u"request_added"},
        {Change::Kind::RequestRemoved, u"request_removed"},
        {Change::Kind::RequestRenamed, u"request_renamed"},
        {Change::Kind::RequestsReordered, u"requests_reordered"},
        {Change::Kind::FieldChanged, u"field_changed"},
};

QString changeKindName(Change::Kind kind)
{
    for (const ChangeKindName &entry : changeKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<Change::Kind> changeKindByName(QStringView name)
{
    for (const ChangeKindName &entry : changeKindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool fail(QString *error, const QSqlQuery &query)
{
    return fail(error, query.lastError().text());
}

// A null QString binds as SQL NULL; the columns hold empty text instead.
QString text(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool isAttachmentsField(const Change &change)
{
    if (change.kind != Change::Kind::FieldChanged)
        return false;
    const auto id = Catalog::fieldByKey(change.fieldKey);
    return id && Catalog::field(*id).kind == FieldKind::Attachments;
}

// Attachments in the history: what each file was (name, type, description,
// size, SHA-256), never the bytes, which are kept once per content in
// attachment_blob.
QJsonValue attachmentSummaries(const FieldValue &value)
{
    if (!value.isSet())
        return QJsonValue::Null;
    QJsonArray array;
    for (const Attachment &attachment : value.toAttachments()) {
        array.append(QJsonObject {{u"name"_s, attachment.name},
                                  {u"media_type"_s, attachment.mediaType},
                                  {u"description"_s, attachment.description},
                                  {u"size"_s, qint64(attachment.data.size())},
                                  {u"sha256"_s, sha256Hex(attachment.data)}});
    }
    return array;
}

// Values of a change as JSON text: field values typed by their field,
// titles and names as strings, orders as arrays of uuids.
QString encodeChangeValue(const Change &change, const FieldValue &value)
{
    if (isAttachmentsField(change))
        return ValueCodec::toText(attachmentSummaries(value));
    if (change.kind == Change::Kind::FieldChanged) {
        if (const auto id = Catalog::fieldByKey(change.fieldKey))
            return ValueCodec::toText(ValueCodec::toJson(*id, value));
        return u"null"_s;
    }
    if (change.kind == Change::Kind::RequestsReordered)
        return ValueCodec::toText(QJsonArray::fromStringList(value.toStringList()));
    if (!value.isSet())
        return u"null"_s;
    return ValueCodec::toText(value.toString());
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

std::optional<FieldValue> decodeAttachmentSummaries(const QJsonValue &json, BlobReader &blobs)
{
    if (json.isNull())
        return FieldValue();
    if (!json.isArray())
        return std::nullopt;
    AttachmentList attachments;
    for (const QJsonValue &item : json.toArray()) {
        const QJsonObject object = item.toObject();
        const auto data = blobs.bytes(object.value(u"sha256").toString());
        if (!data || data->size() != object.value(u"size").toInteger(-1))
            return std::nullopt;
        attachments.append({object.value(u"name").toString(), object.value(u"media_type").toString(),
                            object.value(u"description").toString(), *data});
    }
    return FieldValue(attachments);
}

std::optional<FieldValue> decodeChangeValue(const Change &change, const QString &text, BlobReader &blobs)
{
    const auto json = ValueCodec::fromText(text);
    if (!json)
        return std::nullopt;
    if (isAttachmentsField(change))
        return decodeAttachmentSummaries(*json, blobs);
    if (change.kind == Change::Kind::FieldChanged) {
        const auto id = Catalog::fieldByKey(change.fieldKey);
        if (!id)
            return std::nullopt;
        return ValueCodec::fromJson(*id, *json);
    }
    if (json->isNull())
        return FieldValue();
    if (change.kind == Change::Kind::RequestsReordered) {
        if (!json->isArray())
            return std::nullopt;
        QStringList list;
        for (const QJsonValue &item : json->toArray())
            list.append(item.toString());
        return FieldValue(list);
    }
    if (!json->isString())
        return std::nullopt;
    return FieldValue(json->toString());
}

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

// Stores the bytes of attachments once per content (the current project
// and the history share them).
class BlobWriter
{
public:
    explicit BlobWriter(QSqlDatabase &db)
        : m_query(db)
    {
        m_query.prepare(
                u"INSERT OR IGNORE INTO main.attachment_blob (sha256, size, data) VALUES (?, ?, ?)"_s);
    }

    // The SHA-256 (hex) the bytes are stored under, or an empty string on failure.
    QString add(const QByteArray &data, QString *error)
    {
        const QString sha = sha256Hex(data);
        if (m_written.contains(sha))
            return sha;
        m_query.bindValue(0, sha);
        m_query.bindValue(1, qint64(data.size()));
        // A QByteArray binds as a BLOB; a null one would be NULL.
        m_query.bindValue(2, data.isNull() ? QByteArray("") : data);
        if (!m_query.exec()) {
            fail(error, m_query);
            return {};
        }
        m_written.insert(sha);
        return sha;
    }

    bool addAll(const FieldValue &value, QString *error)
    {
        for (const Attachment &attachment : value.toAttachments()) {
            if (add(attachment.data, error).isEmpty())
                return false;
        }
        return true;
    }

private:
    QSqlQuery m_query;
    QSet<QString> m_written;
};

} // namespace

bool writeProject(QSqlDatabase &db, const Project &project, QString *error)
{
    QSqlQuery query(db);
    // Rows go in table by table; the references are checked at commit.
    if (!query.exec(u"PRAGMA defer_foreign_keys = ON"_s))
        return fail(error, query);
    query.prepare(u"INSERT INTO project (id, name) VALUES (1, ?)"_s);
    query.addBindValue(text(project.name));
    if (!query.exec())
        return fail(error, query);

    BatchInsert requests(db, u"request"_s, {u"id"_s, u"uuid"_s, u"position"_s, u"title"_s});
    BatchInsert values(db, u"field_value"_s,
                       {u"request_id"_s, u"field_key"_s, u"kind"_s, u"text_value"_s, u"integer_value"_s});
    BatchInsert items(db, u"list_item"_s, {u"request_id"_s, u"field_key"_s, u"position"_s, u"value"_s});
    BatchInsert examples(db, u"example"_s,
                         {u"request_id"_s, u"field_key"_s, u"position"_s, u"label"_s, u"text"_s});
    BatchInsert attachments(db, u"attachment"_s,
                            {u"request_id"_s, u"field_key"_s, u"position"_s, u"name"_s, u"media_type"_s,
                             u"description"_s, u"sha256"_s});
    BlobWriter blobs(db);

    qint64 requestId = 0;
    for (const Request &request : project.requests) {
        ++requestId;
        if (!requests.add({requestId, uuidText(request.uuid()), requestId - 1, text(request.title())}))
            return fail(error, requests.error());
        for (const FieldDef &field : Catalog::fields()) {
            const FieldValue &value = request.value(field.id);
            if (!value.isSet())
                continue;
            const QString key = QString::fromLatin1(field.key);
            if (!ValueCodec::fitsKind(field.id, value))
                return fail(error, u"value of the wrong type for %1"_s.arg(key));
            QVariant textValue;
            QVariant integer;
            if (value.isString())
                textValue = text(value.toString());
            else if (value.isBool())
                integer = qint64(*value.toBool() ? 1 : 0);
            else if (value.isInteger())
                integer = *value.toInteger();
            if (!values.add({requestId, key, kindName(field.kind), textValue, integer}))
                return fail(error, values.error());
            if (value.isStringList()) {
                const QStringList list = value.toStringList();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    if (!items.add({requestId, key, qint64(i), text(list.at(i))}))
                        return fail(error, items.error());
                }
            } else if (value.isExamples()) {
                const ExampleList list = value.toExamples();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    if (!examples.add(
                                {requestId, key, qint64(i), text(list.at(i).label), text(list.at(i).text)}))
                        return fail(error, examples.error());
                }
            } else if (value.isAttachments()) {
                const AttachmentList list = value.toAttachments();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    const Attachment &attachment = list.at(i);
                    const QString sha = blobs.add(attachment.data, error);
                    if (sha.isEmpty())
                        return false;
                    if (!attachments.add({requestId, key, qint64(i), text(attachment.name),
                                          text(attachment.mediaType), text(attachment.description), sha}))
                        return fail(error, attachments.error());
                }
            }
        }
    }
    for (BatchInsert *batch : {&requests, &values, &items, &examples, &attachments}) {
        if (!batch->finish())
            return fail(error, batch->error());
    }
    return true;
}

bool readProject(QSqlDatabase &db, Project *project, QString *error)
{
    Project result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT name FROM project WHERE id = 1"_s))
        return fail(error, query);
    if (!query.next())
        return fail(error, u"no project row"_s);
    result.name = query.value(0).toString();

    QHash<qint64, qsizetype> indexById;
    if (!query.exec(u"SELECT id, uuid, title FROM request ORDER BY position"_s))
        return fail(error, query);
    while (query.next()) {
        Request request;
        const QUuid uuid = QUuid::fromString(query.value(1).toString());
        if (uuid.isNull())
            return fail(error, u"request without a uuid"_s);
        request.setUuid(uuid);
        request.setTitle(query.value(2).toString());
        indexById.insert(query.value(0).toLongLong(), result.requests.size());
        result.requests.append(request);
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(error, query);

    auto target = [&](qint64 requestId, const QString &key, FieldId *id) -> Request * {
        const auto index = indexById.constFind(requestId);
        const auto field = Catalog::fieldByKey(key);
        if (index == indexById.constEnd() || !field)
            return nullptr;
        *id = *field;
        return &result.requests[*index];
    };

    if (!query.exec(u"SELECT request_id, field_key, kind, text_value, integer_value FROM field_value"_s))
        return fail(error, query);
    while (query.next()) {
        FieldId id {};
        const QString key = query.value(1).toString();
        Request *request = target(query.value(0).toLongLong(), key, &id);
        if (!request)
            return fail(error, u"value of an unknown request or field: %1"_s.arg(key));
        const FieldKind kind = Catalog::field(id).kind;
        if (query.value(2).toString() != kindName(kind))
            return fail(error, u"value of the wrong kind for %1"_s.arg(key));
        const QVariant textValue = query.value(3);
        const QVariant integer = query.value(4);
        switch (valueShape(kind)) {
        case ValueShape::List:
            request->setValue(id, QStringList());
            break;
        case ValueShape::Examples:
            request->setValue(id, ExampleList());
            break;
        case ValueShape::Attachments:
            request->setValue(id, AttachmentList());
            break;
        case ValueShape::Bool:
            if (integer.isNull() || (integer.toLongLong() != 0 && integer.toLongLong() != 1))
                return fail(error, u"not a boolean: %1"_s.arg(key));
            request->setValue(id, integer.toLongLong() == 1);
            break;
        case ValueShape::Integer:
            if (integer.isNull())
                return fail(error, u"no number: %1"_s.arg(key));
            request->setValue(id, integer.toLongLong());
            break;
        case ValueShape::Text:
            if (textValue.isNull())
                return fail(error, u"no text: %1"_s.arg(key));
            request->setValue(id, textValue.toString());
            break;
        }
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(error, query);

    if (!query.exec(u"SELECT request_id, field_key, value FROM list_item"
                    " ORDER BY request_id, field_key, position"_s))
        return fail(error, query);
    while (query.next()) {
        FieldId id {};
        Request *request = target(query.value(0).toLongLong(), query.value(1).toString(), &id);
        if (!request || !request->value(id).isStringList())
            return fail(error, u"list item of an unknown value"_s);
        QStringList list = request->value(id).toStringList();
        list.append(query.value(2).toString());
        request->setValue(id, list);
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(error, query);

    if (!query.exec(u"SELECT request_id, field_key, label, text FROM example"
                    " ORDER BY request_id, field_key, position"_s))
        return fail(error, query);
    while (query.next()) {
        FieldId id {};
        Request *request = target(query.value(0).toLongLong(), query.value(1).toString(), &id);
        if (!request || !request->value(id).isExamples())
            return fail(error, u"example of an unknown value"_s);
        ExampleList list = request->value(id).toExamples();
        list.append({query.value(2).toString(), query.value(3).toString()});
        request->setValue(id, list);
    }
    if (query.lastError().type() != QSqlError::NoError)
        return fail(error, query);

    // The bytes come by a join: a missing blob loses the row, and the
    // content checksum then reports the file as damaged.
    if (!query.exec(u"SELECT a.request_id, a.field_key, a.name, a.media_type, a.description, b.data"
                    " FROM attachment a JOIN attachment_blob b ON b.sha256 = a.sha256"
                    " ORDER BY a.request_id, a.field_key, a.position"_s))
        return fail(error, query);
    while (query.next()) {
        FieldId id {};
        Request *request = target(query.value(0).toLongLong(), query.value(1).toString(), &id);
        if (!request || !request->value(id).isAttachments())
            return fail(error, u"attachment of an unknown value"_s);
        AttachmentList list = request->value(id).toAttachments();
        QByteArray data = query.value(5).toByteArray();
        if (data.isNull())
            data = QByteArray("");
        list.append({query.value(2).toString(), query.value(3).toString(), query.value(4).toString(), data});
        request->setValue(id, list);
    }

    *project = std::move(result);
    return true;
}

bool writeMeta(QSqlDatabase &db, const QMap<QString, QString> &values, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.bindValue(0, it.key());
        query.bindValue(1, text(it.value()));
        if (!query.exec())
            return fail(error, query);
    }
    return true;
}

QMap<QString, QString> readMeta(QSqlDatabase &db)
{
    QMap<QString, QString> values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT key, value FROM meta"_s)) {
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
    }
    return values;
}

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
        if (!changes.add({revision.number, seq++, changeKindName(change.kind), uuid, title, key,
                          encodeChangeValue(change, change.oldValue),
                          encodeChangeValue(change, change.newValue)}))
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
    query.addBindValue(upTo);
    query.addBindValue(upTo);
    query.addBindValue(from);
    query.addBindValue(from);
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

    BlobReader blobs(db);
    query.prepare(
            u"SELECT revision, kind, request_uuid, request_title, field_key, old_value,"
            " new_value FROM revision_change WHERE (? < 0 OR revision <= ?) AND (? <= 1 OR revision >= ?)"
            " ORDER BY revision, seq"_s);
    query.addBindValue(upTo);
    query.addBindValue(upTo);
    query.addBindValue(from);
    query.addBindValue(from);
    if (!query.exec()) {
        fail(error, query);
        return std::nullopt;
    }
    while (query.next()) {
        const int number = query.value(0).toInt();
        const auto kind = changeKindByName(query.value(1).toString());
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
        const auto oldValue = decodeChangeValue(change, query.value(5).toString(), blobs);
        const auto newValue = decodeChangeValue(change, query.value(6).toString(), blobs);
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

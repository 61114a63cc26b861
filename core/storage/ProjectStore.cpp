// The project's tables (docs/file-format.md): name, requests, values,
// lists, examples, attachments; and the meta facts.
#include "ProjectStore.h"

#include "BatchInsert.h"
#include "ProjectStoreRows.h"
#include "ValueCodec.h"

#include "catalog/Catalog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace scs::ProjectStore {

using namespace Rows;

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

} // namespace scs::ProjectStore

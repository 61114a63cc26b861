#include "WorkspaceCodec.h"

#include "ValueCodec.h"

#include "catalog/Catalog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace scs::WorkspaceCodec {

namespace {

bool isAttachments(FieldId id)
{
    return Catalog::field(id).kind == FieldKind::Attachments;
}

QJsonValue attachmentSummaries(const FieldValue &value, Blobs *blobs)
{
    if (!value.isSet())
        return QJsonValue::Null;
    QJsonArray array;
    for (const Attachment &attachment : value.toAttachments()) {
        const QString sha = sha256Hex(attachment.data);
        if (blobs)
            blobs->insert(sha, attachment.data);
        array.append(QJsonObject {{u"name"_s, attachment.name},
                                  {u"media_type"_s, attachment.mediaType},
                                  {u"description"_s, attachment.description},
                                  {u"size"_s, qint64(attachment.data.size())},
                                  {u"sha256"_s, sha}});
    }
    return array;
}

std::optional<FieldValue> decodeAttachmentSummaries(const QJsonValue &json, const BlobSource &blobs)
{
    if (json.isNull())
        return FieldValue();
    if (!json.isArray())
        return std::nullopt;
    AttachmentList attachments;
    for (const QJsonValue &item : json.toArray()) {
        const QJsonObject object = item.toObject();
        const auto data = blobs(object.value(u"sha256").toString());
        if (!data || data->size() != object.value(u"size").toInteger(-1))
            return std::nullopt;
        attachments.append({object.value(u"name").toString(), object.value(u"media_type").toString(),
                            object.value(u"description").toString(), *data});
    }
    return FieldValue(attachments);
}

std::optional<FieldId> changedField(const Change &change)
{
    if (change.kind != Change::Kind::FieldChanged)
        return std::nullopt;
    return Catalog::fieldByKey(change.fieldKey);
}

} // namespace

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString encodeValues(const Request &request, Blobs *blobs)
{
    QJsonObject object;
    for (const FieldDef &field : Catalog::fields()) {
        const FieldValue &value = request.value(field.id);
        if (!value.isSet())
            continue;
        object.insert(QString::fromLatin1(field.key),
                      isAttachments(field.id) ? attachmentSummaries(value, blobs)
                                              : ValueCodec::toJson(field.id, value));
    }
    return ValueCodec::toText(object);
}

bool decodeValues(const QString &text, Request *request, const BlobSource &blobs)
{
    const auto json = ValueCodec::fromText(text);
    if (!json || !json->isObject())
        return false;
    const QJsonObject object = json->toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto id = Catalog::fieldByKey(it.key());
        if (!id)
            return false;
        const auto value = isAttachments(*id) ? decodeAttachmentSummaries(it.value(), blobs)
                                              : ValueCodec::fromJson(*id, it.value());
        if (!value || !value->isSet())
            return false;
        request->setValue(*id, *value);
    }
    return true;
}

QString encodeChange(const Change &change, const FieldValue &value, Blobs *blobs)
{
    if (const auto id = changedField(change)) {
        if (isAttachments(*id))
            return ValueCodec::toText(attachmentSummaries(value, blobs));
        return ValueCodec::toText(ValueCodec::toJson(*id, value));
    }
    if (change.kind == Change::Kind::FieldChanged)
        return u"null"_s;
    if (change.kind == Change::Kind::RequestsReordered)
        return ValueCodec::toText(QJsonArray::fromStringList(value.toStringList()));
    if (!value.isSet())
        return u"null"_s;
    return ValueCodec::toText(value.toString());
}

std::optional<FieldValue> decodeChange(const Change &change, const QString &text, const BlobSource &blobs)
{
    const auto json = ValueCodec::fromText(text);
    if (!json)
        return std::nullopt;
    if (change.kind == Change::Kind::FieldChanged) {
        const auto id = changedField(change);
        if (!id)
            return std::nullopt;
        if (isAttachments(*id))
            return decodeAttachmentSummaries(*json, blobs);
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

namespace {

struct KindName
{
    Change::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
        {Change::Kind::ProjectRenamed, "project_renamed"},
        {Change::Kind::RequestAdded, "request_added"},
        {Change::Kind::RequestRemoved, "request_removed"},
        {Change::Kind::RequestRenamed, "request_renamed"},
        {Change::Kind::RequestsReordered, "requests_reordered"},
        {Change::Kind::FieldChanged, "field_changed"},
};

} // namespace

QString changeKindName(Change::Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<Change::Kind> changeKindByName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

} // namespace scs::WorkspaceCodec

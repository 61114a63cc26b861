#include "ValueCodec.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace scs::ValueCodec {

namespace {

ValueShape shapeOf(FieldId id)
{
    return valueShape(Catalog::field(id).kind);
}

} // namespace

QJsonObject attachmentToJson(const Attachment &attachment)
{
    return {{u"name"_s, attachment.name},
            {u"media_type"_s, attachment.mediaType},
            {u"description"_s, attachment.description},
            {u"data"_s, QString::fromLatin1(attachment.data.toBase64())}};
}

std::optional<Attachment> attachmentFromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    if (!json.isObject() || object.size() != 4)
        return std::nullopt;
    for (const auto *member : {u"name", u"media_type", u"description", u"data"}) {
        if (!object.value(member).isString())
            return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(object.value(u"data").toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return Attachment {object.value(u"name").toString(), object.value(u"media_type").toString(),
                       object.value(u"description").toString(), *decoded};
}

bool fitsKind(FieldId id, const FieldValue &value)
{
    return !value.isSet() || value.hasShape(shapeOf(id));
}

QJsonValue toJson(FieldId id, const FieldValue &value)
{
    if (!value.isSet())
        return QJsonValue::Null;
    switch (shapeOf(id)) {
    case ValueShape::Text:
        return value.toString();
    case ValueShape::List:
        return QJsonArray::fromStringList(value.toStringList());
    case ValueShape::Bool:
        return *value.toBool();
    case ValueShape::Integer:
        return *value.toInteger();
    case ValueShape::Examples: {
        QJsonArray array;
        for (const Example &example : value.toExamples())
            array.append(QJsonObject {{u"label"_s, example.label}, {u"text"_s, example.text}});
        return array;
    }
    case ValueShape::Attachments: {
        QJsonArray array;
        for (const Attachment &attachment : value.toAttachments())
            array.append(attachmentToJson(attachment));
        return array;
    }
    }
    return QJsonValue::Null;
}

std::optional<FieldValue> fromJson(FieldId id, const QJsonValue &json)
{
    if (json.isNull())
        return FieldValue();
    switch (shapeOf(id)) {
    case ValueShape::Text:
        if (!json.isString())
            return std::nullopt;
        return FieldValue(json.toString());
    case ValueShape::List: {
        if (!json.isArray())
            return std::nullopt;
        QStringList list;
        for (const QJsonValue &item : json.toArray()) {
            if (!item.isString())
                return std::nullopt;
            list.append(item.toString());
        }
        return FieldValue(list);
    }
    case ValueShape::Bool:
        if (!json.isBool())
            return std::nullopt;
        return FieldValue(json.toBool());
    case ValueShape::Integer: {
        if (!json.isDouble())
            return std::nullopt;
        const QVariant number = json.toVariant();
        return FieldValue(number.toLongLong());
    }
    case ValueShape::Examples: {
        if (!json.isArray())
            return std::nullopt;
        ExampleList examples;
        for (const QJsonValue &item : json.toArray()) {
            const QJsonObject object = item.toObject();
            if (!item.isObject() || !object.value(u"label").isString() || !object.value(u"text").isString())
                return std::nullopt;
            examples.append({object.value(u"label").toString(), object.value(u"text").toString()});
        }
        return FieldValue(examples);
    }
    case ValueShape::Attachments: {
        if (!json.isArray())
            return std::nullopt;
        AttachmentList attachments;
        for (const QJsonValue &item : json.toArray()) {
            const auto attachment = attachmentFromJson(item);
            if (!attachment)
                return std::nullopt;
            attachments.append(*attachment);
        }
        return FieldValue(attachments);
    }
    }
    return std::nullopt;
}

QString toText(const QJsonValue &json)
{
    // QJsonDocument writes arrays and objects only: wrap the value in a
    // one-element array and take the brackets off again.
    const QByteArray wrapped = QJsonDocument(QJsonArray {json}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

std::optional<QJsonValue> fromText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

QString displayText(const FieldValue &value, const QString &unset)
{
    if (!value.isSet())
        return unset;
    if (value.isString())
        return value.toString();
    if (value.isStringList())
        return value.toStringList().join(u", "_s);
    if (value.isBool()) {
        return *value.toBool() ? QCoreApplication::translate("ValueCodec", "yes")
                               : QCoreApplication::translate("ValueCodec", "no");
    }
    if (value.isInteger())
        return QString::number(*value.toInteger());
    QStringList lines;
    for (const Attachment &attachment : value.toAttachments())
        lines.append(
                u"%1 (%2, %3 B)"_s.arg(attachment.name, attachment.mediaType).arg(attachment.data.size()));
    for (const Example &example : value.toExamples())
        lines.append(u"%1: %2"_s.arg(example.label, example.text));
    return lines.join(u'\n');
}

} // namespace scs::ValueCodec

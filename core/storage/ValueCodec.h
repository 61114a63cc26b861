#pragma once

#include "model/FieldId.h"
#include "model/FieldValue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace scs::ValueCodec {

// A field value as a JSON value, typed as the catalog says for `id` (the
// same shapes as the interchange format: strings, arrays, true/false,
// numbers, [{label, text}], [{name, media_type, description, data}] with
// the bytes in base64). The unset value is JSON null.
QJsonValue toJson(FieldId id, const FieldValue &value);
// The reverse; std::nullopt when the JSON does not fit the field's kind.
std::optional<FieldValue> fromJson(FieldId id, const QJsonValue &json);

// One attachment as {"name", "media_type", "description", "data": base64}
// and back (std::nullopt for another shape or bad base64).
QJsonObject attachmentToJson(const Attachment &attachment);
std::optional<Attachment> attachmentFromJson(const QJsonValue &json);

// Any JSON value as compact text ("\"text\"", "[\"US\"]", "true", "null"),
// for the revision history columns, and back.
QString toText(const QJsonValue &json);
std::optional<QJsonValue> fromText(const QString &text);

// Whether the value's alternative is the one the field's kind uses (an
// unset value always fits).
bool fitsKind(FieldId id, const FieldValue &value);

// A short readable form for people: text as is, lists joined by ", ",
// booleans as yes/no, examples as "label: text" lines, attachments as
// "name (type, size)" lines. `unset` is used for the unset value.
QString displayText(const FieldValue &value, const QString &unset);

} // namespace scs::ValueCodec

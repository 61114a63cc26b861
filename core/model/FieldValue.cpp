#include "FieldValue.h"

namespace scs {

bool FieldValue::isEmpty() const
{
    if (const auto *text = std::get_if<QString>(&m_value))
        return text->isEmpty();
    if (const auto *list = std::get_if<QStringList>(&m_value))
        return list->isEmpty();
    if (const auto *examples = std::get_if<ExampleList>(&m_value))
        return examples->isEmpty();
    if (const auto *attachments = std::get_if<AttachmentList>(&m_value))
        return attachments->isEmpty();
    return std::holds_alternative<std::monostate>(m_value);
}

bool FieldValue::hasShape(ValueShape shape) const
{
    switch (shape) {
    case ValueShape::Text:
        return isString();
    case ValueShape::List:
        return isStringList();
    case ValueShape::Bool:
        return isBool();
    case ValueShape::Integer:
        return isInteger();
    case ValueShape::Examples:
        return isExamples();
    case ValueShape::Attachments:
        return isAttachments();
    }
    return false;
}

QString FieldValue::toString() const
{
    return stringRef();
}

const QString &FieldValue::stringRef() const
{
    static const QString empty;
    if (const auto *text = std::get_if<QString>(&m_value))
        return *text;
    return empty;
}

QStringList FieldValue::toStringList() const
{
    if (const auto *list = std::get_if<QStringList>(&m_value))
        return *list;
    return {};
}

std::optional<bool> FieldValue::toBool() const
{
    if (const auto *answer = std::get_if<bool>(&m_value))
        return *answer;
    return std::nullopt;
}

std::optional<qint64> FieldValue::toInteger() const
{
    if (const auto *number = std::get_if<qint64>(&m_value))
        return *number;
    return std::nullopt;
}

ExampleList FieldValue::toExamples() const
{
    if (const auto *examples = std::get_if<ExampleList>(&m_value))
        return *examples;
    return {};
}

AttachmentList FieldValue::toAttachments() const
{
    if (const auto *attachments = std::get_if<AttachmentList>(&m_value))
        return *attachments;
    return {};
}

} // namespace scs

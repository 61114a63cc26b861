#pragma once

#include "FieldId.h"

namespace scs {

// What a field's value is made of, whatever its kind means: the alternative
// of FieldValue that holds it, the JSON it is written as, the tables of the
// project file it is stored in, the limits it is held to. The one place
// that maps kinds to shapes; a new kind is added here and everything that
// stores, reads or limits values follows.
enum class ValueShape : unsigned char {
    Text, // QString: text, multiline, sms, url, email, phone, choice, money, date
    List, // QStringList: country, choices, keywords
    Bool, // bool (unset: unanswered)
    Integer, // qint64
    Examples, // rows of {label, text}
    Attachments, // files {name, media type, description, bytes}
};

constexpr ValueShape valueShape(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Multiline:
    case FieldKind::Sms:
    case FieldKind::Url:
    case FieldKind::Email:
    case FieldKind::Phone:
    case FieldKind::Choice:
    case FieldKind::Money:
    case FieldKind::Date:
        break;
    case FieldKind::Country:
    case FieldKind::Choices:
    case FieldKind::Keywords:
        return ValueShape::List;
    case FieldKind::Bool:
        return ValueShape::Bool;
    case FieldKind::Integer:
        return ValueShape::Integer;
    case FieldKind::Examples:
        return ValueShape::Examples;
    case FieldKind::Attachments:
        return ValueShape::Attachments;
    }
    return ValueShape::Text;
}

} // namespace scs

#pragma once

#include "ValueShape.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace scs {

// One example message of content.examples.
struct Example
{
    QString label;
    QString text;

    friend bool operator==(const Example &, const Example &) = default;
};

using ExampleList = QList<Example>;

// One file of an attachments field (evidence.optin_mockups): a screenshot or
// mockup of a place where customers opt in. `mediaType` is whatever the
// document said ("image/png"); the rules judge it, the editor only adds
// PNG, JPEG and PDF.
struct Attachment
{
    QString name;
    QString mediaType;
    QString description;
    QByteArray data;

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

using AttachmentList = QList<Attachment>;

// The value of one field. Which alternative is used follows the field's kind,
// through its shape (valueShape(), ValueShape.h):
//   Text -> QString, List -> QStringList, Bool -> bool, Integer -> qint64,
//   Examples -> ExampleList, Attachments -> AttachmentList.
// An unset value (std::monostate) means "empty" (for Bool: unanswered).
class FieldValue
{
public:
    FieldValue() = default;
    FieldValue(const QString &text)
        : m_value(text)
    { }
    FieldValue(const char16_t *text)
        : m_value(QString::fromUtf16(text))
    { }
    FieldValue(const QStringList &list)
        : m_value(list)
    { }
    FieldValue(bool answer)
        : m_value(answer)
    { }
    FieldValue(qint64 number)
        : m_value(number)
    { }
    FieldValue(int number)
        : m_value(qint64(number))
    { }
    FieldValue(const ExampleList &examples)
        : m_value(examples)
    { }
    FieldValue(const AttachmentList &attachments)
        : m_value(attachments)
    { }

    // Nothing set: the unset value, an empty string, an empty list. A string
    // of spaces is not empty here (rules report it as blank).
    bool isEmpty() const;
    bool isSet() const { return !std::holds_alternative<std::monostate>(m_value); }
    // An empty text, list, example or attachment list is no value: unset. Edits store
    // values normalized (ProjectDocument::applyFieldValue).
    FieldValue normalized() const { return isEmpty() ? FieldValue() : *this; }

    bool isString() const { return std::holds_alternative<QString>(m_value); }
    bool isStringList() const { return std::holds_alternative<QStringList>(m_value); }
    bool isBool() const { return std::holds_alternative<bool>(m_value); }
    bool isInteger() const { return std::holds_alternative<qint64>(m_value); }
    bool isExamples() const { return std::holds_alternative<ExampleList>(m_value); }
    bool isAttachments() const { return std::holds_alternative<AttachmentList>(m_value); }
    // Whether the set alternative is the one of `shape` (false when unset).
    bool hasShape(ValueShape shape) const;

    // Typed access; the wrong alternative gives the empty value of the type.
    QString toString() const;
    QStringList toStringList() const;
    std::optional<bool> toBool() const;
    std::optional<qint64> toInteger() const;
    ExampleList toExamples() const;
    AttachmentList toAttachments() const;

    // Borrowed access for hot paths (rules, SMS counting): a reference to
    // the stored string, or to a shared empty string.
    const QString &stringRef() const;

    friend bool operator==(const FieldValue &, const FieldValue &) = default;

private:
    std::variant<std::monostate, QString, QStringList, bool, qint64, ExampleList, AttachmentList> m_value;
};

} // namespace scs

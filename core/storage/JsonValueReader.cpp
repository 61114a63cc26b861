#include "JsonReader.h"

#include "JsonPointer.h"
#include "JsonReadErrors.h"

#include "catalog/Catalog.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scs::json_read {

using json_pointer::pointer;

namespace {

// Integers above 2^53 do not survive a JSON number (a double).
constexpr qint64 LargestExactInteger = (qint64(1) << 53) - 1;

QString choiceList(FieldId id)
{
    QStringList values;
    for (const ChoiceDef &choice : Catalog::field(id).choices)
        values.append(QString::fromLatin1(choice.value));
    return values.join(u", "_s);
}

// What a field's value must look like in JSON.
QString expectation(FieldId id)
{
    switch (Catalog::field(id).kind) {
    case FieldKind::Text:
    case FieldKind::Multiline:
    case FieldKind::Sms:
    case FieldKind::Url:
    case FieldKind::Email:
    case FieldKind::Phone:
        return JsonFormat::tr("a string");
    case FieldKind::Country:
        return JsonFormat::tr("an array of two-letter country codes, such as [\"US\"]");
    case FieldKind::Choice:
        return JsonFormat::tr("a string, one of: %1").arg(choiceList(id));
    case FieldKind::Choices:
        return JsonFormat::tr("an array of strings, each one of: %1").arg(choiceList(id));
    case FieldKind::Bool:
        return JsonFormat::tr("true, false or null");
    case FieldKind::Integer:
        return JsonFormat::tr("a whole number");
    case FieldKind::Money:
        return JsonFormat::tr("a string with an amount such as \"25.00\"");
    case FieldKind::Date:
        return JsonFormat::tr("a string with a date such as \"2026-11-27\"");
    case FieldKind::Examples:
        return JsonFormat::tr("an array of objects with \"label\" and \"text\"");
    case FieldKind::Keywords:
        return JsonFormat::tr("an array of keywords, such as [\"JOIN\"]");
    case FieldKind::Attachments:
        return JsonFormat::tr(
                "an array of objects with \"name\", \"media_type\", \"description\" and \"data\"");
    }
    return {};
}

bool isCountryCode(const QString &code)
{
    return code.size() == 2
            && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

// Digits, a dot, exactly two digits: "25.00", "0.50", "1500.00".
bool isMoney(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 1 || dot != text.size() - 3)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != dot && !(text[i] >= u'0' && text[i] <= u'9'))
            return false;
    }
    return true;
}

bool isIsoDate(const QString &text)
{
    static const auto digit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!digit(text[i]))
            return false;
    }
    return QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

bool Reader::wrongKind(FieldId id, const QJsonValue &value, const QString &where)
{
    return fail(where,
                JsonFormat::tr("The field %1 must be %2, not %3.")
                        .arg(Catalog::key(id), expectation(id), jsonTypeName(value)));
}

// An array of strings, each checked by `check` (which fails itself).
template<typename Check>
bool Reader::readStringList(FieldId id, const QJsonValue &value, const QString &where, QStringList *list,
                            Check check)
{
    if (!value.isArray())
        return wrongKind(id, value, where);
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        const QString entryPointer = pointer(where, i);
        if (!entry.isString())
            return fail(entryPointer,
                        JsonFormat::tr("Each entry of %1 must be a string, not %2.")
                                .arg(Catalog::key(id), jsonTypeName(entry)));
        const QString text = entry.toString();
        if (!check(text, entryPointer))
            return false;
        if (list->contains(text))
            return fail(entryPointer,
                        JsonFormat::tr("\"%1\" is listed twice in %2.").arg(text, Catalog::key(id)));
        list->append(text);
    }
    return true;
}

bool Reader::readValue(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result)
{
    const FieldDef &def = Catalog::field(id);
    const QString key = Catalog::key(id);
    switch (def.kind) {
    case FieldKind::Text:
    case FieldKind::Multiline:
    case FieldKind::Sms:
    case FieldKind::Url:
    case FieldKind::Email:
    case FieldKind::Phone:
    case FieldKind::Choice:
    case FieldKind::Money:
    case FieldKind::Date: {
        if (!value.isString())
            return wrongKind(id, value, where);
        QString text = value.toString();
        if (def.kind == FieldKind::Text)
            text = text.trimmed();
        if (text.isEmpty())
            return true; // empty: left unset, as the writer leaves it out
        if (def.kind == FieldKind::Choice && !Catalog::isChoice(id, text))
            return fail(where,
                        JsonFormat::tr("\"%1\" is not a choice of %2; the choices are: %3.")
                                .arg(text, key, choiceList(id)));
        if (def.kind == FieldKind::Money && !isMoney(text))
            return fail(where,
                        JsonFormat::tr("\"%1\" in %2 is not an amount with two decimal places, such as "
                                       "\"25.00\".")
                                .arg(text, key));
        if (def.kind == FieldKind::Date && !isIsoDate(text))
            return fail(where,
                        JsonFormat::tr("\"%1\" in %2 is not a date in the form yyyy-MM-dd, such as "
                                       "\"2026-11-27\".")
                                .arg(text, key));
        *result = text;
        return true;
    }
    case FieldKind::Country: {
        QStringList codes;
        if (!readStringList(id, value, where, &codes, [&](const QString &code, const QString &at) {
                if (isCountryCode(code))
                    return true;
                return fail(at,
                            JsonFormat::tr("\"%1\" in %2 is not a country code of two upper-case letters, "
                                           "such as \"US\".")
                                    .arg(code, key));
            }))
            return false;
        if (!codes.isEmpty())
            *result = codes;
        return true;
    }
    case FieldKind::Choices: {
        QStringList choices;
        if (!readStringList(id, value, where, &choices, [&](const QString &choice, const QString &at) {
                if (Catalog::isChoice(id, choice))
                    return true;
                return fail(at,
                            JsonFormat::tr("\"%1\" is not a choice of %2; the choices are: %3.")
                                    .arg(choice, key, choiceList(id)));
            }))
            return false;
        if (!choices.isEmpty())
            *result = choices;
        return true;
    }
    case FieldKind::Bool:
        if (value.isNull())
            return true; // not answered yet
        if (!value.isBool())
            return wrongKind(id, value, where);
        *result = value.toBool();
        return true;
    case FieldKind::Integer: {
        if (!value.isDouble())
            return wrongKind(id, value, where);
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::trunc(number))
            return fail(where,
                        JsonFormat::tr("The field %1 must be a whole number, not %2.")
                                .arg(key, numberText(number)));
        const qint64 maximum = def.maximum > 0 ? def.maximum : LargestExactInteger;
        if (number < double(def.minimum) || number > double(maximum))
            return fail(where,
                        JsonFormat::tr("The field %1 must be between %2 and %3, not %4.")
                                .arg(key)
                                .arg(def.minimum)
                                .arg(maximum)
                                .arg(numberText(number)));
        *result = qint64(number);
        return true;
    }
    case FieldKind::Examples:
        return readExamples(id, value, where, result);
    case FieldKind::Keywords: {
        // Any text: whether a keyword can be registered (1-30 letters
        // or digits, not a reserved word) is the rules' verdict.
        QStringList keywords;
        if (!readStringList(id, value, where, &keywords,
                            [](const QString &, const QString &) { return true; }))
            return false;
        if (!keywords.isEmpty())
            *result = keywords;
        return true;
    }
    case FieldKind::Attachments:
        return readAttachments(id, value, where, result);
    }
    return wrongKind(id, value, where);
}

bool Reader::readAttachments(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result)
{
    if (!value.isArray())
        return wrongKind(id, value, where);
    const QString key = Catalog::key(id);
    const QJsonArray array = value.toArray();
    AttachmentList attachments;
    static const QString members[] = {u"name"_s, u"media_type"_s, u"description"_s, u"data"_s};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPointer = pointer(where, i);
        if (!array.at(i).isObject())
            return fail(entryPointer,
                        JsonFormat::tr("Each attachment of %1 must be an object with \"name\", "
                                       "\"media_type\", \"description\" and \"data\", not %2.")
                                .arg(key, jsonTypeName(array.at(i))));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::find(std::begin(members), std::end(members), it.key()) == std::end(members))
                return fail(pointer(entryPointer, it.key()),
                            JsonFormat::tr("Unknown key \"%1\" in an attachment of %2; an attachment "
                                           "has only \"name\", \"media_type\", \"description\" "
                                           "and \"data\".")
                                    .arg(it.key(), key));
        }
        QString texts[4];
        for (int m = 0; m < 4; ++m) {
            const QJsonValue text = object.value(members[m]);
            if (text.isUndefined())
                return fail(pointer(entryPointer, members[m]),
                            JsonFormat::tr("An attachment of %1 has no \"%2\".").arg(key, members[m]));
            if (!text.isString())
                return fail(pointer(entryPointer, members[m]),
                            JsonFormat::tr("\"%1\" of an attachment of %2 must be a string, not %3.")
                                    .arg(members[m], key, jsonTypeName(text)));
            texts[m] = text.toString();
        }
        if (texts[0].trimmed().isEmpty())
            return fail(pointer(entryPointer, members[0]),
                        JsonFormat::tr("Attachment %1 of %2 has no file name.").arg(i + 1).arg(key));
        // Strict base64 (RFC 4648 with padding, nothing else: no
        // spaces or line breaks): what decodes and encodes back to the
        // same text. Damaged data is an error, never a shorter file.
        const QByteArray encoded = texts[3].toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.toBase64() != encoded || QString::fromLatin1(encoded) != texts[3])
            return fail(pointer(entryPointer, members[3]),
                        JsonFormat::tr("\"data\" of attachment %1 (%2) of %3 is not valid base64.")
                                .arg(i + 1)
                                .arg(texts[0], key));
        attachments.append({texts[0], texts[1], texts[2], *decoded});
    }
    if (!attachments.isEmpty())
        *result = attachments;
    return true;
}

bool Reader::readExamples(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result)
{
    if (!value.isArray())
        return wrongKind(id, value, where);
    const QString key = Catalog::key(id);
    const QJsonArray array = value.toArray();
    ExampleList examples;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPointer = pointer(where, i);
        if (!array.at(i).isObject())
            return fail(entryPointer,
                        JsonFormat::tr(
                                "Each example of %1 must be an object with \"label\" and \"text\", not %2.")
                                .arg(key, jsonTypeName(array.at(i))));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != "label"_L1 && it.key() != "text"_L1)
                return fail(pointer(entryPointer, it.key()),
                            JsonFormat::tr(
                                    "Unknown key \"%1\" in an example of %2; an example has only \"label\" "
                                    "and \"text\".")
                                    .arg(it.key(), key));
        }
        Example example;
        for (const QString &member : {u"label"_s, u"text"_s}) {
            const QJsonValue text = object.value(member);
            if (text.isUndefined())
                return fail(pointer(entryPointer, member),
                            JsonFormat::tr("An example of %1 has no \"%2\".").arg(key, member));
            if (!text.isString())
                return fail(pointer(entryPointer, member),
                            JsonFormat::tr("\"%1\" of an example of %2 must be a string, not %3.")
                                    .arg(member, key, jsonTypeName(text)));
            (member == "label"_L1 ? example.label : example.text) = text.toString();
        }
        examples.append(example);
    }
    if (!examples.isEmpty())
        *result = examples;
    return true;
}

} // namespace scs::json_read

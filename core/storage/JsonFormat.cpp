#include "JsonFormat.h"

#include "JsonStrict.h"
#include "ProjectLimits.h"

#include "catalog/Catalog.h"
#include "json/JsonWriter.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

// Integers above 2^53 do not survive a JSON number (a double).
constexpr qint64 LargestExactInteger = (qint64(1) << 53) - 1;

// RFC 6901: "~" and "/" inside a reference token are escaped.
QString pointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', u"~0"_s);
    escaped.replace(u'/', u"~1"_s);
    return escaped;
}

QString pointer(const QString &parent, const QString &token)
{
    return parent + u'/' + pointerToken(token);
}

QString pointer(const QString &parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

QString quoted(const QString &text)
{
    return u"\""_s + text + u"\""_s;
}

// What kind of JSON value was found, for "must be X, not Y" messages.
QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonFormat::tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? JsonFormat::tr("true") : JsonFormat::tr("false");
    case QJsonValue::Double:
        return JsonFormat::tr("a number");
    case QJsonValue::String:
        return JsonFormat::tr("a string");
    case QJsonValue::Array:
        return JsonFormat::tr("an array");
    case QJsonValue::Object:
        return JsonFormat::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFormat::tr("nothing");
}

QString numberText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

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

// Line and column (1-based, columns in characters) of a byte offset of
// UTF-8 text.
QString lineColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return u"%1:%2"_s.arg(line).arg(column);
}

// Where a parse error is. QJsonParseError::offset mostly points just past
// the character that broke the parse (or past the whitespace after it);
// for garbage after the document and bad numbers it points at it. The user
// wants the offending character itself, or the end of the text when the
// text stopped too early.
qsizetype parseErrorPosition(const QByteArray &data, const QJsonParseError &error)
{
    qsizetype position = error.offset;
    if (position <= 0 || position >= data.size())
        return std::clamp<qsizetype>(position, 0, data.size());
    if (error.error == QJsonParseError::GarbageAtEnd || error.error == QJsonParseError::IllegalNumber)
        return position;
    --position;
    static const QByteArray whitespace(" \t\r\n");
    while (position > 0 && whitespace.contains(data[position]))
        --position;
    // Step back to the first byte of a UTF-8 sequence.
    while (position > 0 && (static_cast<unsigned char>(data[position]) & 0xC0) == 0x80)
        --position;
    return position;
}

// The JSON pointer of a value beyond a limit.
QString limitPointer(const ProjectLimits::Violation &v, bool isProject)
{
    using Part = ProjectLimits::Violation::Part;
    const int request = isProject ? int(v.request) : -1;
    const QString requestPointer = isProject ? pointer(u"/requests"_s, v.request) : QString();
    switch (v.part) {
    case Part::ProjectName:
        return u"/name"_s;
    case Part::RequestCount:
        return u"/requests"_s;
    case Part::Title:
        return pointer(requestPointer, u"title"_s);
    case Part::Value:
        return v.item >= 0 ? pointer(JsonFormat::fieldPointer(v.field, request), v.item)
                           : JsonFormat::fieldPointer(v.field, request);
    case Part::ExampleLabel:
    case Part::ExampleText:
        return pointer(pointer(JsonFormat::fieldPointer(v.field, request), v.item),
                       v.part == Part::ExampleLabel ? u"label"_s : u"text"_s);
    case Part::AttachmentName:
        return pointer(pointer(JsonFormat::fieldPointer(v.field, request), v.item), u"name"_s);
    case Part::AttachmentMediaType:
        return pointer(pointer(JsonFormat::fieldPointer(v.field, request), v.item), u"media_type"_s);
    case Part::AttachmentDescription:
        return pointer(pointer(JsonFormat::fieldPointer(v.field, request), v.item), u"description"_s);
    case Part::AttachmentData:
        return pointer(pointer(JsonFormat::fieldPointer(v.field, request), v.item), u"data"_s);
    case Part::AttachmentsTotal:
        return JsonFormat::fieldPointer(v.field, request);
    }
    return {};
}

QString strictMessage(const JsonStrict::Problem &problem)
{
    const QString unit = u"%1"_s.arg(int(problem.unit), 4, 16, QChar(u'0')).toUpper();
    switch (problem.kind) {
    case JsonStrict::Problem::Kind::DuplicateKey:
        return JsonFormat::tr("The key \"%1\" appears twice in the same object; a key may appear only once.")
                .arg(problem.name);
    case JsonStrict::Problem::Kind::RawControl:
        if (problem.inKey)
            return JsonFormat::tr("A key contains the control character U+%1 as it is; JSON text must write "
                                  "it as the escape \\u%1.")
                    .arg(unit);
        return JsonFormat::tr("The text of \"%1\" contains the control character U+%2 as it is; JSON text "
                              "must write it as the escape \\u%2.")
                .arg(problem.name, unit);
    case JsonStrict::Problem::Kind::LoneSurrogate:
        if (problem.inKey)
            return JsonFormat::tr("A key contains \\u%1, half of a UTF-16 surrogate pair without its other "
                                  "half, which is not a character.")
                    .arg(unit);
        return JsonFormat::tr(
                       "The text of \"%1\" contains \\u%2, half of a UTF-16 surrogate pair without its "
                       "other half, which is not a character. Remove it or write the whole character.")
                .arg(problem.name, unit);
    }
    return {};
}

// Reads one document; the first error ends the reading.
class Reader
{
public:
    QString error;
    QString location;

    bool fail(const QString &where, const QString &message)
    {
        location = where;
        error = message;
        return false;
    }

    bool readFormatAndVersion(const QJsonObject &object, const QString &parent, QString *format)
    {
        const QString formatPointer = pointer(parent, u"format"_s);
        const QJsonValue formatValue = object.value("format"_L1);
        const QString expected = JsonFormat::tr("expected \"%1\" or \"%2\"")
                                         .arg(QLatin1StringView(JsonFormat::RequestFormat),
                                              QLatin1StringView(JsonFormat::ProjectFormat));
        if (formatValue.isUndefined())
            return fail(formatPointer, JsonFormat::tr("The document has no \"format\"; %1.").arg(expected));
        const QString name = formatValue.toString();
        if (!formatValue.isString()
            || (name != QLatin1StringView(JsonFormat::RequestFormat)
                && name != QLatin1StringView(JsonFormat::ProjectFormat))) {
            const QString shown = formatValue.isString() ? quoted(name) : jsonTypeName(formatValue);
            return fail(formatPointer, JsonFormat::tr("Unknown format %1; %2.").arg(shown, expected));
        }
        *format = name;

        const QString versionPointer = pointer(parent, u"version"_s);
        const QJsonValue version = object.value("version"_L1);
        if (version.isUndefined())
            return fail(versionPointer, JsonFormat::tr("The document has no \"version\"."));
        const double number = version.toDouble();
        if (!version.isDouble() || !std::isfinite(number) || number != std::trunc(number))
            return fail(versionPointer,
                        JsonFormat::tr("The version must be a whole number, not %1.")
                                .arg(version.isDouble() ? numberText(number) : jsonTypeName(version)));
        if (number > JsonFormat::Version)
            return fail(versionPointer,
                        JsonFormat::tr("The document was made by a newer version of Shortcode Studio (format "
                                       "version %1); this version reads format version %2. Update Shortcode "
                                       "Studio to open it.")
                                .arg(numberText(number))
                                .arg(JsonFormat::Version));
        if (number < 1)
            return fail(versionPointer,
                        JsonFormat::tr("Format version %1 does not exist; versions start at 1.")
                                .arg(numberText(number)));
        return true;
    }

    bool checkKeys(const QJsonObject &object, const QString &parent,
                   std::initializer_list<QLatin1StringView> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                return fail(pointer(parent, it.key()), JsonFormat::tr("Unknown key \"%1\".").arg(it.key()));
        }
        return true;
    }

    // A request object: at top level (a request document) or inside a
    // project's "requests".
    bool readRequest(const QJsonObject &object, const QString &parent, bool topLevel, Request *request)
    {
        if (!checkKeys(object, parent, {"format"_L1, "version"_L1, "title"_L1, "fields"_L1}))
            return false;
        // A nested request may repeat its own format and version.
        if (!topLevel && (object.contains("format"_L1) || object.contains("version"_L1))) {
            QString format;
            if (!readFormatAndVersion(object, parent, &format))
                return false;
            if (format != QLatin1StringView(JsonFormat::RequestFormat))
                return fail(pointer(parent, u"format"_s),
                            JsonFormat::tr("A project's requests must have the format \"%1\", not \"%2\".")
                                    .arg(QLatin1StringView(JsonFormat::RequestFormat), format));
        }

        const QJsonValue title = object.value("title"_L1);
        if (!title.isUndefined() && !title.isString())
            return fail(pointer(parent, u"title"_s),
                        JsonFormat::tr("The title must be a string, not %1.").arg(jsonTypeName(title)));
        request->setTitle(title.toString());

        const QJsonValue fields = object.value("fields"_L1);
        if (fields.isUndefined())
            return true;
        const QString fieldsPointer = pointer(parent, u"fields"_s);
        if (!fields.isObject())
            return fail(fieldsPointer,
                        JsonFormat::tr("\"fields\" must be an object keyed by field id, not %1.")
                                .arg(jsonTypeName(fields)));
        const QJsonObject values = fields.toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString where = pointer(fieldsPointer, it.key());
            const std::optional<FieldId> id = Catalog::fieldByKey(it.key());
            if (!id)
                return fail(where, JsonFormat::tr("Unknown field \"%1\".").arg(it.key()));
            FieldValue value;
            if (!readValue(*id, it.value(), where, &value))
                return false;
            request->setValue(*id, value);
        }
        return true;
    }

    bool wrongKind(FieldId id, const QJsonValue &value, const QString &where)
    {
        return fail(where,
                    JsonFormat::tr("The field %1 must be %2, not %3.")
                            .arg(Catalog::key(id), expectation(id), jsonTypeName(value)));
    }

    // An array of strings, each checked by `check` (which fails itself).
    template<typename Check>
    bool readStringList(FieldId id, const QJsonValue &value, const QString &where, QStringList *list,
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

    bool readValue(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result)
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
                    return fail(
                            at,
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

    bool readAttachments(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result)
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
            const auto decoded =
                    QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
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

    bool readExamples(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result)
    {
        if (!value.isArray())
            return wrongKind(id, value, where);
        const QString key = Catalog::key(id);
        const QJsonArray array = value.toArray();
        ExampleList examples;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString entryPointer = pointer(where, i);
            if (!array.at(i).isObject())
                return fail(
                        entryPointer,
                        JsonFormat::tr(
                                "Each example of %1 must be an object with \"label\" and \"text\", not %2.")
                                .arg(key, jsonTypeName(array.at(i))));
            const QJsonObject object = array.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() != "label"_L1 && it.key() != "text"_L1)
                    return fail(
                            pointer(entryPointer, it.key()),
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

    bool readProject(const QJsonObject &object, Project *project)
    {
        if (!checkKeys(object, QString(), {"format"_L1, "version"_L1, "name"_L1, "requests"_L1}))
            return false;
        const QJsonValue name = object.value("name"_L1);
        if (!name.isUndefined() && !name.isString())
            return fail(u"/name"_s,
                        JsonFormat::tr("The project name must be a string, not %1.").arg(jsonTypeName(name)));
        project->name = name.toString();

        const QJsonValue requests = object.value("requests"_L1);
        if (requests.isUndefined())
            return fail(u"/requests"_s, JsonFormat::tr("The project has no \"requests\"."));
        if (!requests.isArray())
            return fail(u"/requests"_s,
                        JsonFormat::tr("\"requests\" must be an array of requests, not %1.")
                                .arg(jsonTypeName(requests)));
        const QJsonArray array = requests.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = pointer(u"/requests"_s, i);
            if (!array.at(i).isObject())
                return fail(where,
                            JsonFormat::tr("Each request must be an object, not %1.")
                                    .arg(jsonTypeName(array.at(i))));
            Request request;
            if (!readRequest(array.at(i).toObject(), where, false, &request))
                return false;
            project->requests.append(request);
        }
        return true;
    }
};

// Writes the canonical text (json::Style::document(): 2-space indentation,
// one member or element per line). A QJsonObject would sort the keys of
// "fields" alphabetically, so the text is written here in catalog order.
class Writer
{
public:
    explicit Writer(QByteArray &out)
        : w(out, json::Style::document())
    { }

    json::Writer w;

    void stringList(const QStringList &values)
    {
        w.beginArray();
        for (const QString &value : values)
            w.value(value);
        w.endArray();
    }

    void examples(const ExampleList &values)
    {
        w.beginArray();
        for (const Example &example : values) {
            w.beginObject();
            w.key("label"_L1);
            w.value(example.label);
            w.key("text"_L1);
            w.value(example.text);
            w.endObject();
        }
        w.endArray();
    }

    void attachments(const AttachmentList &values)
    {
        w.beginArray();
        for (const Attachment &attachment : values) {
            w.beginObject();
            w.key("name"_L1);
            w.value(attachment.name);
            w.key("media_type"_L1);
            w.value(attachment.mediaType);
            w.key("description"_L1);
            w.value(attachment.description);
            w.key("data"_L1);
            w.raw('"' + attachment.data.toBase64() + '"'); // base64 needs no escape
            w.endObject();
        }
        w.endArray();
    }

    // Writes the field as a member when it has a value to write.
    void value(const FieldDef &def, const FieldValue &value)
    {
        const QLatin1StringView key(def.key);
        switch (def.kind) {
        case FieldKind::Country:
        case FieldKind::Choices:
        case FieldKind::Keywords:
            if (value.toStringList().isEmpty())
                return;
            w.key(key);
            stringList(value.toStringList());
            return;
        case FieldKind::Bool:
            if (!value.toBool())
                return;
            w.key(key);
            w.value(*value.toBool());
            return;
        case FieldKind::Integer:
            if (!value.toInteger())
                return;
            w.key(key);
            w.value(*value.toInteger());
            return;
        case FieldKind::Examples:
            if (value.toExamples().isEmpty())
                return;
            w.key(key);
            examples(value.toExamples());
            return;
        case FieldKind::Attachments:
            if (value.toAttachments().isEmpty())
                return;
            w.key(key);
            attachments(value.toAttachments());
            return;
        default:
            if (value.stringRef().isEmpty())
                return;
            w.key(key);
            w.value(value.stringRef());
            return;
        }
    }

    // "title" and "fields" of a request.
    void requestBody(const Request &request)
    {
        w.key("title"_L1);
        w.value(request.title());
        w.key("fields"_L1);
        w.beginObject();
        for (const FieldDef &def : Catalog::fields())
            value(def, request.value(def.id));
        w.endObject();
    }

    void header(const char *format)
    {
        w.beginObject();
        w.key("format"_L1);
        w.value(QLatin1StringView(format));
        w.key("version"_L1);
        w.value(JsonFormat::Version);
    }

    // Closes the document, with a final newline.
    void end()
    {
        w.endObject();
        w.raw("\n");
    }
};

} // namespace

JsonFormat::ReadResult JsonFormat::read(const QByteArray &data)
{
    ReadResult result;
    // A UTF-8 byte order mark (some editors add one) is not JSON: skip it.
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray text = data.startsWith(bom) ? data.mid(bom.size()) : data;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt 6.4 only parses an object or an array as a document; a lone
        // string or number is valid JSON, just not one of our documents.
        QJsonParseError scalarError;
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text + "]", &scalarError);
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            result.error = tr("The document must be a JSON object, not %1.").arg(tr("a single value"));
            return result;
        }
        result.location = lineColumn(text, parseErrorPosition(text, parseError));
        result.error = tr("The file is not valid JSON: %1.").arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("The document must be a JSON object, not %1.")
                               .arg(document.isArray() ? tr("an array") : tr("a single value"));
        return result;
    }

    // What QJsonDocument takes but must not be taken: repeated keys, raw
    // control characters, halves of surrogate pairs (JsonStrict.h).
    if (const auto problem = JsonStrict::check(text)) {
        result.location = problem->pointer;
        result.error = strictMessage(*problem);
        return result;
    }

    Reader reader;
    const QJsonObject root = document.object();
    QString format;
    Project project;
    bool ok = reader.readFormatAndVersion(root, QString(), &format);
    if (ok && format == QLatin1StringView(ProjectFormat)) {
        result.isProject = true;
        ok = reader.readProject(root, &project);
    } else if (ok) {
        Request request;
        ok = reader.readRequest(root, QString(), true, &request);
        project.requests.append(request);
    }
    if (!ok) {
        result.isProject = false;
        result.error = reader.error;
        result.location = reader.location;
        return result;
    }
    // Well-formed, but too large for the editor to take: refused with the
    // place and the limit (model/Limits.h), never cut.
    if (const auto beyond = ProjectLimits::check(project)) {
        result.location = limitPointer(*beyond, result.isProject);
        result.error = beyond->message();
        result.isProject = false;
        return result;
    }
    result.ok = true;
    result.project = project;
    return result;
}

QByteArray JsonFormat::writeRequest(const Request &request)
{
    QByteArray text;
    Writer writer(text);
    writer.header(RequestFormat);
    writer.requestBody(request);
    writer.end();
    writer.w.flush();
    return text;
}

QByteArray JsonFormat::writeProject(const Project &project)
{
    QByteArray text;
    Writer writer(text);
    writer.header(ProjectFormat);
    writer.w.key("name"_L1);
    writer.w.value(project.name);
    writer.w.key("requests"_L1);
    writer.w.beginArray();
    for (const Request &request : project.requests) {
        writer.w.beginObject();
        writer.requestBody(request);
        writer.w.endObject();
    }
    writer.w.endArray();
    writer.end();
    writer.w.flush();
    return text;
}

QString JsonFormat::fieldPointer(FieldId id, int requestIndex)
{
    const QString fields = pointer(QString(), u"fields"_s);
    const QString parent =
            requestIndex >= 0 ? pointer(pointer(QString(), u"requests"_s), requestIndex) + fields : fields;
    return pointer(parent, Catalog::key(id));
}

QString JsonFormat::ReadResult::message() const
{
    if (location.isEmpty())
        return error;
    if (location.startsWith(u'/'))
        return tr("%1 (at %2)").arg(error, location);
    return tr("%1 (line %2, column %3)")
            .arg(error, location.section(u':', 0, 0), location.section(u':', 1, 1));
}

} // namespace scs

#include "JsonReadErrors.h"

#include "JsonFormat.h"
#include "JsonPointer.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace scs::json_read {

using json_pointer::pointer;

QString numberText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
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

} // namespace scs::json_read

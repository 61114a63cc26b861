#include "SmsJson.h"

#include "json/JsonWriter.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace scs::cli::sms_json {

namespace {

// A character as a JSON string (its UTF-16 units: a pair for an emoji).
QStringView codePointText(char32_t codePoint, char16_t (&units)[2])
{
    if (QChar::requiresSurrogates(codePoint)) {
        units[0] = QChar::highSurrogate(codePoint);
        units[1] = QChar::lowSurrogate(codePoint);
        return QStringView(units, 2);
    }
    units[0] = char16_t(codePoint);
    return QStringView(units, 1);
}

} // namespace

void appendAnalysis(QByteArray &out, const sms::Analysis &analysis)
{
    json::Writer w(out, json::Style::lines());
    char16_t units[2];
    w.beginObject();
    w.key("encoding"_L1);
    w.raw(analysis.encoding == sms::Encoding::Gsm7 ? QByteArrayView("\"GSM-7\"")
                                                   : QByteArrayView("\"UCS-2\""));
    w.key("units"_L1);
    w.value(qint64(analysis.units));
    w.key("segments"_L1);
    w.value(qint64(analysis.segments));
    w.key("non_gsm"_L1);
    w.beginArray();
    for (const sms::NonGsmCharacter &character : analysis.nonGsm)
        w.value(codePointText(character.codePoint, units));
    w.endArray();
    w.key("units_left"_L1);
    w.value(qint64(analysis.unitsLeft));
    w.key("characters"_L1);
    w.value(qint64(analysis.characters));
    w.key("boundaries"_L1);
    w.beginArray();
    for (const qsizetype boundary : analysis.boundaries)
        w.value(qint64(boundary));
    w.endArray();
    w.key("replacements"_L1);
    w.beginObject();
    for (const sms::NonGsmCharacter &character : analysis.nonGsm) {
        if (!character.hasReplacement)
            continue;
        // A character is the name of its member: one or two UTF-16 units,
        // escaped as any string.
        w.key(codePointText(character.codePoint, units));
        w.value(character.replacement);
    }
    w.endObject();
    w.endObject();
}

void appendError(QByteArray &out, qsizetype line, QStringView message, const char *code, qsizetype column)
{
    json::Writer w(out, json::Style::lines());
    w.beginObject();
    w.key("line"_L1);
    w.value(qint64(line));
    w.key("error"_L1);
    w.value(message);
    w.key("code"_L1);
    w.value(QLatin1StringView(code));
    w.key("column"_L1);
    w.value(qint64(column));
    w.endObject();
}

} // namespace scs::cli::sms_json

#include "SmsJson.h"

#include "json/JsonWriter.h"

#include <QChar>

#include <charconv>
#include <cstring>

namespace scs::cli::sms_json {

namespace {

// Writes into bytes reserved beforehand (at most `bound` of them); done()
// gives back what was not used. The answers have one fixed shape, written
// here as literals around the one JSON escaper: through json::Writer, whose
// commas and indentation follow the calls, a batch took a fifth more
// instructions (callgrind, 200,000 messages: 783 M against 655 M).
class Writer
{
public:
    Writer(QByteArray &out, qsizetype bound)
        : m_out(out)
        , m_start(out.size())
    {
        m_out.resize(m_start + bound);
        m_p = m_out.data() + m_start;
    }
    ~Writer() { m_out.truncate(m_p - m_out.constData()); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    template<std::size_t N> void literal(const char (&text)[N])
    {
        std::memcpy(m_p, text, N - 1);
        m_p += N - 1;
    }
    void character(char c) { *m_p++ = c; }
    void number(qint64 value) { m_p = std::to_chars(m_p, m_p + 20, value).ptr; }
    // The one escaper (json/JsonWriter.h), in its JSON Lines way.
    void string(QStringView text) { m_p = json::writeString(m_p, text, json::Escaping::Lines); }
    void codePoint(char32_t codePoint);

    static constexpr qsizetype stringBound(qsizetype units) { return json::stringBound(units); }

private:
    QByteArray &m_out;
    qsizetype m_start;
    char *m_p;
};

void Writer::codePoint(char32_t codePoint)
{
    // As a string of its UTF-16 units: a pair for an emoji.
    if (QChar::requiresSurrogates(codePoint)) {
        const char16_t pair[2] = {QChar::highSurrogate(codePoint), QChar::lowSurrogate(codePoint)};
        string(QStringView(pair, 2));
    } else {
        const char16_t unit = char16_t(codePoint);
        string(QStringView(&unit, 1));
    }
}

} // namespace

void appendAnalysis(QByteArray &out, const sms::Analysis &analysis)
{
    // The keys and five numbers, then what the lists need.
    qsizetype bound = 200 + 5 * 20 + 21 * analysis.boundaries.size();
    for (const sms::NonGsmCharacter &character : analysis.nonGsm)
        bound += 2 * (Writer::stringBound(2) + 1) + Writer::stringBound(character.replacement.size()) + 1;
    Writer w(out, bound);
    w.literal("{\"encoding\":\"");
    if (analysis.encoding == sms::Encoding::Gsm7)
        w.literal("GSM-7");
    else
        w.literal("UCS-2");
    w.literal("\",\"units\":");
    w.number(analysis.units);
    w.literal(",\"segments\":");
    w.number(analysis.segments);
    w.literal(",\"non_gsm\":[");
    for (qsizetype i = 0; i < analysis.nonGsm.size(); ++i) {
        if (i)
            w.character(',');
        w.codePoint(analysis.nonGsm.at(i).codePoint);
    }
    w.literal("],\"units_left\":");
    w.number(analysis.unitsLeft);
    w.literal(",\"characters\":");
    w.number(analysis.characters);
    w.literal(",\"boundaries\":[");
    for (qsizetype i = 0; i < analysis.boundaries.size(); ++i) {
        if (i)
            w.character(',');
        w.number(analysis.boundaries.at(i));
    }
    w.literal("],\"replacements\":{");
    bool first = true;
    for (const sms::NonGsmCharacter &character : analysis.nonGsm) {
        if (!character.hasReplacement)
            continue;
        if (!first)
            w.character(',');
        first = false;
        w.codePoint(character.codePoint);
        w.character(':');
        w.string(character.replacement);
    }
    w.literal("}}");
}

void appendError(QByteArray &out, qsizetype line, QStringView message, const char *code, qsizetype column)
{
    const auto codeLength = qsizetype(std::strlen(code));
    Writer w(out, 100 + Writer::stringBound(message.size()) + codeLength);
    w.literal("{\"line\":");
    w.number(line);
    w.literal(",\"error\":");
    w.string(message);
    w.literal(",\"code\":\"");
    for (qsizetype i = 0; i < codeLength; ++i)
        w.character(code[i]);
    w.literal("\",\"column\":");
    w.number(column);
    w.character('}');
}

} // namespace scs::cli::sms_json

#include "SmsJson.h"

#include <QChar>

#include <charconv>
#include <cstring>

namespace scs::cli::sms_json {

namespace {

// Writes into bytes reserved beforehand (at most `bound` of them); done()
// gives back what was not used.
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
    void string(QStringView text);
    void codePoint(char32_t codePoint);

    // The most bytes string() writes for `units` UTF-16 units.
    static constexpr qsizetype stringBound(qsizetype units) { return 6 * units + 2; }

private:
    void escaped(char16_t unit)
    {
        static constexpr char hex[] = "0123456789abcdef";
        literal("\\u");
        *m_p++ = hex[unit >> 12];
        *m_p++ = hex[(unit >> 8) & 0xF];
        *m_p++ = hex[(unit >> 4) & 0xF];
        *m_p++ = hex[unit & 0xF];
    }

    QByteArray &m_out;
    qsizetype m_start;
    char *m_p;
};

void Writer::string(QStringView text)
{
    *m_p++ = '"';
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        if (u < 0x80) {
            if (u == u'"' || u == u'\\') {
                *m_p++ = '\\';
                *m_p++ = char(u);
            } else if (u == u'\n') {
                literal("\\n");
            } else if (u == u'\r') {
                literal("\\r");
            } else if (u == u'\t') {
                literal("\\t");
            } else if (u < 0x20) {
                escaped(u);
            } else {
                *m_p++ = char(u);
            }
        } else if (u < 0x800) {
            *m_p++ = char(0xC0 | (u >> 6));
            *m_p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[++i]);
            *m_p++ = char(0xF0 | (c >> 18));
            *m_p++ = char(0x80 | ((c >> 12) & 0x3F));
            *m_p++ = char(0x80 | ((c >> 6) & 0x3F));
            *m_p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(u) || u == 0xFEFF || u == 0x2028 || u == 0x2029) {
            // A lone surrogate; a byte order mark (some readers drop it) and
            // the line separators (JavaScript before ES2019 rejects them raw).
            escaped(u);
        } else {
            *m_p++ = char(0xE0 | (u >> 12));
            *m_p++ = char(0x80 | ((u >> 6) & 0x3F));
            *m_p++ = char(0x80 | (u & 0x3F));
        }
    }
    *m_p++ = '"';
}

void Writer::codePoint(char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        // What string() writes for its surrogate pair.
        *m_p++ = '"';
        *m_p++ = char(0xF0 | (codePoint >> 18));
        *m_p++ = char(0x80 | ((codePoint >> 12) & 0x3F));
        *m_p++ = char(0x80 | ((codePoint >> 6) & 0x3F));
        *m_p++ = char(0x80 | (codePoint & 0x3F));
        *m_p++ = '"';
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

void appendString(QByteArray &out, QStringView text)
{
    Writer w(out, Writer::stringBound(text.size()));
    w.string(text);
}

} // namespace scs::cli::sms_json

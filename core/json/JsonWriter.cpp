#include "JsonWriter.h"

#include <QChar>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace scs::json {

namespace {

char *writeEscape(char *p, char16_t unit)
{
    static constexpr char hex[] = "0123456789abcdef";
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hex[unit >> 12];
    *p++ = hex[(unit >> 8) & 0xF];
    *p++ = hex[(unit >> 4) & 0xF];
    *p++ = hex[unit & 0xF];
    return p;
}

// One loop per way of escaping, so the choice costs nothing per character.
template<Escaping escaping> char *writeStringAs(char *p, QStringView text)
{
    *p++ = '"';
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = s[i];
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *p++ = char(u);
                continue;
            }
            switch (u) {
            case u'"':
            case u'\\':
                *p++ = '\\';
                *p++ = char(u);
                break;
            case u'\n':
                *p++ = '\\';
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = '\\';
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = '\\';
                *p++ = 't';
                break;
            case u'\b':
            case u'\f':
                if constexpr (escaping != Escaping::Lines) {
                    *p++ = '\\';
                    *p++ = u == u'\b' ? 'b' : 'f';
                    break;
                }
                [[fallthrough]];
            default:
                p = writeEscape(p, u);
            }
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            const char32_t c = QChar::surrogateToUcs4(u, s[++i]);
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            if constexpr (escaping == Escaping::Document)
                *p++ = '?';
            else
                p = writeEscape(p, u);
        } else if (escaping == Escaping::Lines && (u == 0xFEFF || u == 0x2028 || u == 0x2029)) {
            p = writeEscape(p, u);
        } else {
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    *p++ = '"';
    return p;
}

} // namespace

char *writeString(char *p, QStringView text, Escaping escaping)
{
    switch (escaping) {
    case Escaping::Document:
        return writeStringAs<Escaping::Document>(p, text);
    case Escaping::Qt:
        return writeStringAs<Escaping::Qt>(p, text);
    case Escaping::Lines:
        break;
    }
    return writeStringAs<Escaping::Lines>(p, text);
}

void appendString(QByteArray &out, QStringView text, Escaping escaping)
{
    const qsizetype start = out.size();
    out.resize(start + stringBound(text.size()));
    char *end = writeString(out.data() + start, text, escaping);
    out.truncate(end - out.constData());
}

void Writer::grow(qsizetype bytes)
{
    const qsizetype used = m_p - m_out.constData();
    // Take what the array has room for anyway, so a writer appending to a
    // large buffer resizes it once, not per value.
    m_out.resize(std::max(used + std::max<qsizetype>(bytes, 256), m_out.capacity()));
    m_p = m_out.data() + used;
    m_end = m_out.data() + m_out.size();
}

void Writer::newline(int depth)
{
    const qsizetype spaces = qsizetype(depth) * m_style.indent;
    reserve(1 + spaces);
    *m_p++ = '\n';
    std::memset(m_p, ' ', std::size_t(spaces));
    m_p += spaces;
}

void Writer::key(QStringView name)
{
    value(name);
    reserve(2);
    *m_p++ = ':';
    if (m_style.indent > 0)
        *m_p++ = ' ';
    m_afterKey = true;
}

void Writer::value(double number)
{
    if (!std::isfinite(number))
        return null();
    raw(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

} // namespace scs::json

#include "JsonWriter.h"

#include <QChar>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

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

Writer::Writer(QByteArray &out, Style style)
    : m_out(out)
    , m_style(style)
{
    m_p = m_out.data() + m_out.size();
    m_end = m_p;
}

Writer::~Writer()
{
    flush();
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

void Writer::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_filled.isEmpty())
        return; // the top-level value
    if (m_filled.last()) {
        reserve(1);
        *m_p++ = ',';
    }
    m_filled.last() = true;
    if (m_style.indent > 0)
        newline(int(m_filled.size()));
}

void Writer::open(char bracket)
{
    separate();
    reserve(1);
    *m_p++ = bracket;
    m_filled.append(false);
}

void Writer::close(char bracket)
{
    Q_ASSERT(!m_filled.isEmpty());
    const bool filled = m_filled.last();
    m_filled.removeLast();
    if (m_style.indent > 0 && (filled || m_style.openEmpty))
        newline(int(m_filled.size()));
    reserve(1);
    *m_p++ = bracket;
}

void Writer::key(QLatin1StringView name)
{
    separate();
    reserve(name.size() + 4);
    *m_p++ = '"';
    std::memcpy(m_p, name.data(), std::size_t(name.size()));
    m_p += name.size();
    *m_p++ = '"';
    *m_p++ = ':';
    if (m_style.indent > 0)
        *m_p++ = ' ';
    m_afterKey = true;
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

void Writer::value(QStringView text)
{
    separate();
    reserve(stringBound(text.size()));
    m_p = writeString(m_p, text, m_style.escaping);
}

void Writer::value(qint64 number)
{
    separate();
    reserve(20);
    m_p = std::to_chars(m_p, m_p + 20, number).ptr;
}

void Writer::value(double number)
{
    if (!std::isfinite(number))
        return null();
    raw(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void Writer::value(bool flag)
{
    raw(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void Writer::null()
{
    raw("null");
}

void Writer::raw(QByteArrayView json)
{
    separate();
    reserve(json.size());
    std::memcpy(m_p, json.data(), std::size_t(json.size()));
    m_p += json.size();
}

} // namespace scs::json

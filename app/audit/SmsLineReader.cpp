#include "SmsLineReader.h"

#include <QChar>
#include <QStringView>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace scs::cli::sms_lines {

namespace {

int hexValue(char16_t u)
{
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isJsonSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

// The character a one-letter escape stands for (\" \\ \/ \b \f \n \r \t),
// or 0 when the letter is not one of them.
char16_t simpleEscape(char16_t letter)
{
    switch (letter) {
    case u'"':
    case u'\\':
    case u'/':
        return letter;
    case u'b':
        return u'\b';
    case u'f':
        return u'\f';
    case u'n':
        return u'\n';
    case u'r':
        return u'\r';
    case u't':
        return u'\t';
    default:
        return 0;
    }
}

// The four hex digits of a \u escape, or -1.
template<typename Unit> int hexEscape(const Unit *digits)
{
    int value = 0;
    for (int k = 0; k < 4; ++k) {
        const int digit = hexValue(char16_t(digits[k]));
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// One JSON string literal (RFC 8259), with optional white space around it,
// from the decoded line: the slow path, which says what is wrong and where.
LineProblem parseJsonString(QStringView line, QString &out)
{
    out.clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && isJsonSpace(line[i].unicode()))
        ++i;
    if (i == n || line[i] != u'"')
        return {LineError::MissingOpeningQuote, i + 1};
    ++i;
    for (;;) {
        // Copy the run up to the next quote, backslash or control character.
        const qsizetype start = i;
        while (i < n && line[i] != u'"' && line[i] != u'\\' && line[i].unicode() >= 0x20)
            ++i;
        out.append(line.sliced(start, i - start));
        if (i == n)
            return {LineError::MissingClosingQuote, i + 1};
        const QChar c = line[i];
        if (c == u'"')
            break;
        if (c != u'\\')
            return {LineError::ControlCharacter, i + 1};
        if (i + 1 == n)
            return {LineError::InvalidEscape, i + 1};
        const char16_t e = line[i + 1].unicode();
        char16_t decoded = simpleEscape(e);
        if (e == u'u') {
            const int value = i + 6 <= n ? hexEscape(line.utf16() + i + 2) : -1;
            if (value < 0)
                return {LineError::InvalidEscape, i + 1};
            decoded = char16_t(value);
            i += 4;
        } else if (decoded == 0) {
            return {LineError::InvalidEscape, i + 1};
        }
        out.append(QChar(decoded));
        i += 2;
    }
    ++i; // the closing quote
    while (i < n && isJsonSpace(line[i].unicode()))
        ++i;
    if (i != n)
        return {LineError::TextAfterString, i + 1};
    return {};
}

// The bytes of one UTF-8 sequence that starts with `b` at s[i] (b >= 0x80),
// decoded strictly into dst; the sequence's length, or 0 when it is not
// valid UTF-8.
inline int decodeSequence(const unsigned char *s, qsizetype i, qsizetype n, char16_t *dst, qsizetype &o)
{
    const unsigned char b = s[i];
    const auto cont = [&](qsizetype at, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return at < n && s[at] >= lo && s[at] <= hi;
    };
    if (b >= 0xC2 && b <= 0xDF) {
        if (!cont(i + 1))
            return 0;
        dst[o++] = char16_t(((b & 0x1F) << 6) | (s[i + 1] & 0x3F));
        return 2;
    }
    if (b >= 0xE0 && b <= 0xEF) {
        const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = b == 0xED ? 0x9F : 0xBF; // ED A0.. would be a surrogate
        if (!cont(i + 1, lo, hi) || !cont(i + 2))
            return 0;
        dst[o++] = char16_t(((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const unsigned char lo = b == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = b == 0xF4 ? 0x8F : 0xBF;
        if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3))
            return 0;
        const char32_t c =
                ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
        dst[o++] = QChar::highSurrogate(c);
        dst[o++] = QChar::lowSurrogate(c);
        return 4;
    }
    return 0;
}

inline bool isSpaceByte(unsigned char b)
{
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
}

// The usual line in one pass over its bytes: valid UTF-8 that is a valid
// string literal gives the same text as decodeUtf8 then parseJsonString.
// False when anything is off: the slow path then finds what and where.
bool readFast(QByteArrayView line, QString &text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(line.data());
    const qsizetype n = line.size();
    text.resize(n); // never more UTF-16 units than bytes
    char16_t *dst = reinterpret_cast<char16_t *>(text.data());
    qsizetype i = 0;
    qsizetype o = 0;
    while (i < n && isSpaceByte(s[i]))
        ++i;
    if (i == n || s[i] != '"')
        return false;
    ++i;
    for (;;) {
#if defined(__SSE2__)
        // Sixteen bytes at a time while they are printable ASCII other than
        // the quote and the backslash (bytes from 0x80 are negative as
        // signed and fail "> 0x1F").
        const __m128i below = _mm_set1_epi8(0x1F);
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i zero = _mm_setzero_si128();
        while (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
            const __m128i plain = _mm_andnot_si128(special, _mm_cmpgt_epi8(v, below));
            // All sixteen are stored; only the plain ones before the first
            // other byte count (o + 16 <= i < n: they fit in the text).
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + o), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + o + 8), _mm_unpackhi_epi8(v, zero));
            const unsigned mask = unsigned(_mm_movemask_epi8(plain));
            if (mask != 0xFFFF) {
                const int plainBytes = __builtin_ctz(~mask);
                i += plainBytes;
                o += plainBytes;
                break;
            }
            i += 16;
            o += 16;
        }
#endif
        if (i == n)
            return false; // no closing quote
        const unsigned char b = s[i];
        if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
            dst[o++] = b;
            ++i;
        } else if (b == '"') {
            break;
        } else if (b == '\\') {
            if (i + 1 == n)
                return false;
            const char16_t e = s[i + 1];
            char16_t decoded = simpleEscape(e);
            if (e == u'u') {
                const int value = i + 6 <= n ? hexEscape(s + i + 2) : -1;
                if (value < 0)
                    return false;
                decoded = char16_t(value);
                i += 4;
            } else if (decoded == 0) {
                return false;
            }
            dst[o++] = decoded;
            i += 2;
        } else if (b < 0x20) {
            return false; // a control character must be escaped
        } else {
            // A run of non-ASCII characters (Japanese, say) stays here
            // rather than going back to the ASCII test for each.
            do {
                const int length = decodeSequence(s, i, n, dst, o);
                if (length == 0)
                    return false;
                i += length;
            } while (i < n && s[i] >= 0x80);
        }
    }
    ++i; // the closing quote
    while (i < n && isSpaceByte(s[i]))
        ++i;
    if (i != n)
        return false;
    text.truncate(o);
    return true;
}

} // namespace

qsizetype decodeUtf8(QByteArrayView bytes, QString &out)
{
    out.resize(bytes.size()); // UTF-16 never needs more units than UTF-8 bytes
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    qsizetype o = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            dst[o++] = s[i];
            ++i;
            continue;
        }
        const int length = decodeSequence(s, i, n, dst, o);
        if (length == 0)
            return i;
        i += length;
    }
    out.truncate(o);
    return -1;
}

LineProblem readLine(QByteArrayView line, QString &text)
{
    if (readFast(line, text))
        return {};
    QString decoded;
    const qsizetype bad = decodeUtf8(line, decoded);
    if (bad >= 0)
        return {LineError::InvalidUtf8, bad + 1};
    return parseJsonString(decoded, text);
}

} // namespace scs::cli::sms_lines

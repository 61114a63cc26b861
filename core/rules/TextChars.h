#pragma once

#include <QChar>

#include <initializer_list>
#include <string_view>

// Character and token helpers the text matchers share (internal to core/rules).
namespace scs::text::chars {

constexpr bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
constexpr bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
constexpr bool isAsciiLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
constexpr bool isAsciiAlnum(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}
constexpr char lowerAscii(char16_t c)
{
    return isAsciiUpper(c) ? char(c - u'A' + u'a') : char(c);
}
inline bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || (c > 0x7f && QChar(c).isSpace());
}
inline bool isOtherWordChar(char16_t c)
{
    return c > 0x7f && QChar(c).isLetterOrNumber();
}
// Folded for comparison: ASCII lower case, other letters case-folded.
inline QChar folded(QChar c)
{
    return c.unicode() < 0x80 ? QChar(char16_t(lowerAscii(c.unicode()))) : c.toCaseFolded();
}

// Equality of short tokens, inline: std::string_view's goes through memcmp,
// which dominates for tokens of a few characters.
inline bool same(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

inline bool oneOf(std::string_view word, std::initializer_list<std::string_view> list)
{
    for (const std::string_view entry : list) {
        if (same(word, entry))
            return true;
    }
    return false;
}

} // namespace scs::text::chars

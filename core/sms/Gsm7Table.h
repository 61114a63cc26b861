#pragma once

#include <array>
#include <cstdint>

// The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038,
// 6.2.1), as data. Internal to core/sms: everyone else asks SmsAnalysis.h.
namespace scs::sms::detail {

// The basic table by position. 0x1B is the escape to the extension table, not
// a character: it holds U+001B here only to keep the positions, and is left
// out of the lookup below.
inline constexpr std::array<char16_t, 128> kBasicTable {
        u'@',      u'\u00A3', u'$',      u'\u00A5', u'\u00E8', u'\u00E9', u'\u00F9', u'\u00EC', // 0x00
        u'\u00F2', u'\u00C7', u'\n',     u'\u00D8', u'\u00F8', u'\r',     u'\u00C5', u'\u00E5',
        u'\u0394', u'_',      u'\u03A6', u'\u0393', u'\u039B', u'\u03A9', u'\u03A0', u'\u03A8', // 0x10
        u'\u03A3', u'\u0398', u'\u039E', u'\x1B',   u'\u00C6', u'\u00E6', u'\u00DF', u'\u00C9',
        u' ',      u'!',      u'"',      u'#',      u'\u00A4', u'%',      u'&',      u'\'', // 0x20
        u'(',      u')',      u'*',      u'+',      u',',      u'-',      u'.',      u'/',
        u'0',      u'1',      u'2',      u'3',      u'4',      u'5',      u'6',      u'7', // 0x30
        u'8',      u'9',      u':',      u';',      u'<',      u'=',      u'>',      u'?',
        u'\u00A1', u'A',      u'B',      u'C',      u'D',      u'E',      u'F',      u'G', // 0x40
        u'H',      u'I',      u'J',      u'K',      u'L',      u'M',      u'N',      u'O',
        u'P',      u'Q',      u'R',      u'S',      u'T',      u'U',      u'V',      u'W', // 0x50
        u'X',      u'Y',      u'Z',      u'\u00C4', u'\u00D6', u'\u00D1', u'\u00DC', u'\u00A7',
        u'\u00BF', u'a',      u'b',      u'c',      u'd',      u'e',      u'f',      u'g', // 0x60
        u'h',      u'i',      u'j',      u'k',      u'l',      u'm',      u'n',      u'o',
        u'p',      u'q',      u'r',      u's',      u't',      u'u',      u'v',      u'w', // 0x70
        u'x',      u'y',      u'z',      u'\u00E4', u'\u00F6', u'\u00F1', u'\u00FC', u'\u00E0',
};
inline constexpr int kEscapePosition = 0x1B;

// The extension table (escape + character, two septets): form feed and
// ^ { } \ [ ~ ] | €. No national language shift tables.
inline constexpr std::array<char16_t, 10> kExtensionTable {
        u'\f', u'^', u'{', u'}', u'\\', u'[', u'~', u']', u'|', u'\u20AC',
};

// Septets per UTF-16 unit below U+0400 (every GSM-7 character but the euro
// sign lives there): one byte each, 1 KiB, no branches in the hot loop.
inline constexpr int kSeptetTableSize = 0x400;

consteval std::array<std::uint8_t, kSeptetTableSize> buildSeptetTable()
{
    std::array<std::uint8_t, kSeptetTableSize> table {};
    for (int position = 0; position < int(kBasicTable.size()); ++position) {
        if (position != kEscapePosition)
            table[kBasicTable[position]] = 1;
    }
    for (char16_t c : kExtensionTable) {
        if (c < kSeptetTableSize)
            table[c] = 2;
    }
    return table;
}

inline constexpr std::array<std::uint8_t, kSeptetTableSize> kSeptetTable = buildSeptetTable();

// 1 (basic), 2 (extension) or 0 (not GSM-7) for one UTF-16 unit. Surrogates
// are never GSM-7, so a unit-by-unit walk is exact.
inline int septetsOfUnit(char16_t c)
{
    if (c < kSeptetTableSize)
        return kSeptetTable[c];
    return c == u'\u20AC' ? 2 : 0;
}

// The same for a code point: isGsm7() without a call (the library is built
// position-independent, so its exported functions are not inlined).
inline bool isGsm7CodePoint(char32_t codePoint)
{
    return codePoint <= 0xFFFF && septetsOfUnit(char16_t(codePoint)) != 0;
}

} // namespace scs::sms::detail

#include "SmsAnalysis.h"

#include "Gsm7Table.h"

#include <algorithm>
#include <array>
#include <cstdint>

using namespace Qt::StringLiterals;

// Our table of usual GSM-7 replacements (docs/sms.md says where it comes
// from and where it departs from the provider table it started from).
namespace scs::sms {

namespace {

struct Replacement
{
    char32_t codePoint;
    const char16_t *text; // GSM-7 only; empty means "remove"
};

// Sorted by code point (checked at compile time below); looked up by binary
// search. Ranges that follow a rule (full-width ASCII, combining marks,
// control characters) are handled in code instead of listed.
constexpr Replacement kReplacements[] = {
        {0x0009, u" "}, // character tabulation
        {0x000B, u"\n"}, // line tabulation
        {0x0060, u"'"}, // grave accent
        {0x0085, u"\n"}, // next line
        {0x00A0, u" "}, // no-break space
        {0x00A9, u"(c)"}, // copyright sign
        {0x00AB, u"\""}, // left-pointing double angle quotation mark
        {0x00AD, u""}, // soft hyphen
        {0x00AE, u"(R)"}, // registered sign
        {0x00B4, u"'"}, // acute accent
        {0x00BB, u"\""}, // right-pointing double angle quotation mark
        {0x00BC, u"1/4"}, // vulgar fraction one quarter
        {0x00BD, u"1/2"}, // vulgar fraction one half
        {0x00BE, u"3/4"}, // vulgar fraction three quarters
        {0x00C0, u"A"}, // latin capital letter a with grave
        {0x00C1, u"A"}, // latin capital letter a with acute
        {0x00C2, u"A"}, // latin capital letter a with circumflex
        {0x00C3, u"A"}, // latin capital letter a with tilde
        {0x00C8, u"E"}, // latin capital letter e with grave
        {0x00CA, u"E"}, // latin capital letter e with circumflex
        {0x00CB, u"E"}, // latin capital letter e with diaeresis
        {0x00CC, u"I"}, // latin capital letter i with grave
        {0x00CD, u"I"}, // latin capital letter i with acute
        {0x00CE, u"I"}, // latin capital letter i with circumflex
        {0x00CF, u"I"}, // latin capital letter i with diaeresis
        {0x00D0, u"D"}, // latin capital letter eth
        {0x00D2, u"O"}, // latin capital letter o with grave
        {0x00D3, u"O"}, // latin capital letter o with acute
        {0x00D4, u"O"}, // latin capital letter o with circumflex
        {0x00D5, u"O"}, // latin capital letter o with tilde
        {0x00D7, u"x"}, // multiplication sign
        {0x00D9, u"U"}, // latin capital letter u with grave
        {0x00DA, u"U"}, // latin capital letter u with acute
        {0x00DB, u"U"}, // latin capital letter u with circumflex
        {0x00DD, u"Y"}, // latin capital letter y with acute
        {0x00DE, u"Th"}, // latin capital letter thorn
        {0x00E1, u"a"}, // latin small letter a with acute
        {0x00E2, u"a"}, // latin small letter a with circumflex
        {0x00E3, u"a"}, // latin small letter a with tilde
        {0x00E7, u"\u00C7"}, // latin small letter c with cedilla
        {0x00EA, u"e"}, // latin small letter e with circumflex
        {0x00EB, u"e"}, // latin small letter e with diaeresis
        {0x00ED, u"i"}, // latin small letter i with acute
        {0x00EE, u"i"}, // latin small letter i with circumflex
        {0x00EF, u"i"}, // latin small letter i with diaeresis
        {0x00F0, u"d"}, // latin small letter eth
        {0x00F3, u"o"}, // latin small letter o with acute
        {0x00F4, u"o"}, // latin small letter o with circumflex
        {0x00F5, u"o"}, // latin small letter o with tilde
        {0x00F7, u"/"}, // division sign
        {0x00FA, u"u"}, // latin small letter u with acute
        {0x00FB, u"u"}, // latin small letter u with circumflex
        {0x00FD, u"y"}, // latin small letter y with acute
        {0x00FE, u"th"}, // latin small letter thorn
        {0x00FF, u"y"}, // latin small letter y with diaeresis
        {0x0100, u"A"}, // latin capital letter a with macron
        {0x0101, u"a"}, // latin small letter a with macron
        {0x0102, u"A"}, // latin capital letter a with breve
        {0x0103, u"a"}, // latin small letter a with breve
        {0x0104, u"A"}, // latin capital letter a with ogonek
        {0x0105, u"a"}, // latin small letter a with ogonek
        {0x0106, u"C"}, // latin capital letter c with acute
        {0x0107, u"c"}, // latin small letter c with acute
        {0x0108, u"C"}, // latin capital letter c with circumflex
        {0x0109, u"c"}, // latin small letter c with circumflex
        {0x010A, u"C"}, // latin capital letter c with dot above
        {0x010B, u"c"}, // latin small letter c with dot above
        {0x010C, u"C"}, // latin capital letter c with caron
        {0x010D, u"c"}, // latin small letter c with caron
        {0x010E, u"D"}, // latin capital letter d with caron
        {0x010F, u"d"}, // latin small letter d with caron
        {0x0110, u"D"}, // latin capital letter d with stroke
        {0x0111, u"d"}, // latin small letter d with stroke
        {0x0112, u"E"}, // latin capital letter e with macron
        {0x0113, u"e"}, // latin small letter e with macron
        {0x0114, u"E"}, // latin capital letter e with breve
        {0x0115, u"e"}, // latin small letter e with breve
        {0x0116, u"E"}, // latin capital letter e with dot above
        {0x0117, u"e"}, // latin small letter e with dot above
        {0x0118, u"E"}, // latin capital letter e with ogonek
        {0x0119, u"e"}, // latin small letter e with ogonek
        {0x011A, u"E"}, // latin capital letter e with caron
        {0x011B, u"e"}, // latin small letter e with caron
        {0x011C, u"G"}, // latin capital letter g with circumflex
        {0x011D, u"g"}, // latin small letter g with circumflex
        {0x011E, u"G"}, // latin capital letter g with breve
        {0x011F, u"g"}, // latin small letter g with breve
        {0x0120, u"G"}, // latin capital letter g with dot above
        {0x0121, u"g"}, // latin small letter g with dot above
        {0x0122, u"G"}, // latin capital letter g with cedilla
        {0x0123, u"g"}, // latin small letter g with cedilla
        {0x0124, u"H"}, // latin capital letter h with circumflex
        {0x0125, u"h"}, // latin small letter h with circumflex
        {0x0126, u"H"}, // latin capital letter h with stroke
        {0x0127, u"h"}, // latin small letter h with stroke
        {0x0128, u"I"}, // latin capital letter i with tilde
        {0x0129, u"i"}, // latin small letter i with tilde
        {0x012A, u"I"}, // latin capital letter i with macron
        {0x012B, u"i"}, // latin small letter i with macron
        {0x012C, u"I"}, // latin capital letter i with breve
        {0x012D, u"i"}, // latin small letter i with breve
        {0x012E, u"I"}, // latin capital letter i with ogonek
        {0x012F, u"i"}, // latin small letter i with ogonek
        {0x0130, u"I"}, // latin capital letter i with dot above
        {0x0131, u"i"}, // latin small letter dotless i
        {0x0132, u"IJ"}, // latin capital ligature ij
        {0x0133, u"ij"}, // latin small ligature ij
        {0x0134, u"J"}, // latin capital letter j with circumflex
        {0x0135, u"j"}, // latin small letter j with circumflex
        {0x0136, u"K"}, // latin capital letter k with cedilla
        {0x0137, u"k"}, // latin small letter k with cedilla
        {0x0139, u"L"}, // latin capital letter l with acute
        {0x013A, u"l"}, // latin small letter l with acute
        {0x013B, u"L"}, // latin capital letter l with cedilla
        {0x013C, u"l"}, // latin small letter l with cedilla
        {0x013D, u"L"}, // latin capital letter l with caron
        {0x013E, u"l"}, // latin small letter l with caron
        {0x013F, u"L"}, // latin capital letter l with middle dot
        {0x0140, u"l"}, // latin small letter l with middle dot
        {0x0141, u"L"}, // latin capital letter l with stroke
        {0x0142, u"l"}, // latin small letter l with stroke
        {0x0143, u"N"}, // latin capital letter n with acute
        {0x0144, u"n"}, // latin small letter n with acute
        {0x0145, u"N"}, // latin capital letter n with cedilla
        {0x0146, u"n"}, // latin small letter n with cedilla
        {0x0147, u"N"}, // latin capital letter n with caron
        {0x0148, u"n"}, // latin small letter n with caron
        {0x0149, u"'n"}, // latin small letter n preceded by apostrophe
        {0x014C, u"O"}, // latin capital letter o with macron
        {0x014D, u"o"}, // latin small letter o with macron
        {0x014E, u"O"}, // latin capital letter o with breve
        {0x014F, u"o"}, // latin small letter o with breve
        {0x0150, u"O"}, // latin capital letter o with double acute
        {0x0151, u"o"}, // latin small letter o with double acute
        {0x0152, u"OE"}, // latin capital ligature oe
        {0x0153, u"oe"}, // latin small ligature oe
        {0x0154, u"R"}, // latin capital letter r with acute
        {0x0155, u"r"}, // latin small letter r with acute
        {0x0156, u"R"}, // latin capital letter r with cedilla
        {0x0157, u"r"}, // latin small letter r with cedilla
        {0x0158, u"R"}, // latin capital letter r with caron
        {0x0159, u"r"}, // latin small letter r with caron
        {0x015A, u"S"}, // latin capital letter s with acute
        {0x015B, u"s"}, // latin small letter s with acute
        {0x015C, u"S"}, // latin capital letter s with circumflex
        {0x015D, u"s"}, // latin small letter s with circumflex
        {0x015E, u"S"}, // latin capital letter s with cedilla
        {0x015F, u"s"}, // latin small letter s with cedilla
        {0x0160, u"S"}, // latin capital letter s with caron
        {0x0161, u"s"}, // latin small letter s with caron
        {0x0162, u"T"}, // latin capital letter t with cedilla
        {0x0163, u"t"}, // latin small letter t with cedilla
        {0x0164, u"T"}, // latin capital letter t with caron
        {0x0165, u"t"}, // latin small letter t with caron
        {0x0168, u"U"}, // latin capital letter u with tilde
        {0x0169, u"u"}, // latin small letter u with tilde
        {0x016A, u"U"}, // latin capital letter u with macron
        {0x016B, u"u"}, // latin small letter u with macron
        {0x016C, u"U"}, // latin capital letter u with breve
        {0x016D, u"u"}, // latin small letter u with breve
        {0x016E, u"U"}, // latin capital letter u with ring above
        {0x016F, u"u"}, // latin small letter u with ring above
        {0x0170, u"U"}, // latin capital letter u with double acute
        {0x0171, u"u"}, // latin small letter u with double acute
        {0x0172, u"U"}, // latin capital letter u with ogonek
        {0x0173, u"u"}, // latin small letter u with ogonek
        {0x0174, u"W"}, // latin capital letter w with circumflex
        {0x0175, u"w"}, // latin small letter w with circumflex
        {0x0176, u"Y"}, // latin capital letter y with circumflex
        {0x0177, u"y"}, // latin small letter y with circumflex
        {0x0178, u"Y"}, // latin capital letter y with diaeresis
        {0x0179, u"Z"}, // latin capital letter z with acute
        {0x017A, u"z"}, // latin small letter z with acute
        {0x017B, u"Z"}, // latin capital letter z with dot above
        {0x017C, u"z"}, // latin small letter z with dot above
        {0x017D, u"Z"}, // latin capital letter z with caron
        {0x017E, u"z"}, // latin small letter z with caron
        {0x017F, u"s"}, // latin small letter long s
        {0x01C3, u"!"}, // latin letter retroflex click
        {0x0262, u"G"}, // latin letter small capital g
        {0x026A, u"I"}, // latin letter small capital i
        {0x0274, u"N"}, // latin letter small capital n
        {0x0280, u"R"}, // latin letter small capital r
        {0x028F, u"Y"}, // latin letter small capital y
        {0x0299, u"B"}, // latin letter small capital b
        {0x029C, u"H"}, // latin letter small capital h
        {0x029F, u"L"}, // latin letter small capital l
        {0x02B9, u"'"}, // modifier letter prime
        {0x02BA, u"\""}, // modifier letter double prime
        {0x02BB, u"'"}, // modifier letter turned comma
        {0x02BC, u"'"}, // modifier letter apostrophe
        {0x02BD, u"'"}, // modifier letter reversed comma
        {0x02C6, u"^"}, // modifier letter circumflex accent
        {0x02C8, u"'"}, // modifier letter vertical line
        {0x02CA, u"'"}, // modifier letter acute accent
        {0x02CB, u"'"}, // modifier letter grave accent
        {0x02D0, u":"}, // modifier letter triangular colon
        {0x02D6, u"+"}, // modifier letter plus sign
        {0x02DC, u"~"}, // small tilde
        {0x02EE, u"\""}, // modifier letter double apostrophe
        {0x02F7, u"~"}, // modifier letter low tilde
        {0x02F8, u":"}, // modifier letter raised colon
        {0x0391, u"A"}, // greek capital letter alpha
        {0x0392, u"B"}, // greek capital letter beta
        {0x0395, u"E"}, // greek capital letter epsilon
        {0x0396, u"Z"}, // greek capital letter zeta
        {0x0397, u"H"}, // greek capital letter eta
        {0x0399, u"I"}, // greek capital letter iota
        {0x039A, u"K"}, // greek capital letter kappa
        {0x039C, u"M"}, // greek capital letter mu
        {0x039D, u"N"}, // greek capital letter nu
        {0x039F, u"O"}, // greek capital letter omicron
        {0x03A1, u"P"}, // greek capital letter rho
        {0x03A4, u"T"}, // greek capital letter tau
        {0x03A5, u"Y"}, // greek capital letter upsilon
        {0x03A7, u"X"}, // greek capital letter chi
        {0x1D00, u"A"}, // latin letter small capital a
        {0x1D04, u"C"}, // latin letter small capital c
        {0x1D05, u"D"}, // latin letter small capital d
        {0x1D07, u"E"}, // latin letter small capital e
        {0x1D0A, u"J"}, // latin letter small capital j
        {0x1D0B, u"K"}, // latin letter small capital k
        {0x1D0D, u"M"}, // latin letter small capital m
        {0x1D0F, u"O"}, // latin letter small capital o
        {0x1D18, u"P"}, // latin letter small capital p
        {0x1D1B, u"T"}, // latin letter small capital t
        {0x1D1C, u"U"}, // latin letter small capital u
        {0x1D20, u"V"}, // latin letter small capital v
        {0x1D21, u"W"}, // latin letter small capital w
        {0x1D22, u"Z"}, // latin letter small capital z
        {0x2000, u" "}, // en quad
        {0x2001, u" "}, // em quad
        {0x2002, u" "}, // en space
        {0x2003, u" "}, // em space
        {0x2004, u" "}, // three-per-em space
        {0x2005, u" "}, // four-per-em space
        {0x2006, u" "}, // six-per-em space
        {0x2007, u" "}, // figure space
        {0x2008, u" "}, // punctuation space
        {0x2009, u" "}, // thin space
        {0x200A, u" "}, // hair space
        {0x200B, u""}, // zero width space
        {0x200C, u""}, // zero width non-joiner
        {0x200E, u""}, // left-to-right mark
        {0x200F, u""}, // right-to-left mark
        {0x2010, u"-"}, // hyphen
        {0x2011, u"-"}, // non-breaking hyphen
        {0x2012, u"-"}, // figure dash
        {0x2013, u"-"}, // en dash
        {0x2014, u"-"}, // em dash
        {0x2015, u"-"}, // horizontal bar
        {0x2017, u"_"}, // double low line
        {0x2018, u"'"}, // left single quotation mark
        {0x2019, u"'"}, // right single quotation mark
        {0x201A, u"'"}, // single low-9 quotation mark
        {0x201B, u"'"}, // single high-reversed-9 quotation mark
        {0x201C, u"\""}, // left double quotation mark
        {0x201D, u"\""}, // right double quotation mark
        {0x201E, u"\""}, // double low-9 quotation mark
        {0x201F, u"\""}, // double high-reversed-9 quotation mark
        {0x2022, u"-"}, // bullet
        {0x2026, u"..."}, // horizontal ellipsis
        {0x2028, u"\n"}, // line separator
        {0x2029, u"\n"}, // paragraph separator
        {0x202F, u" "}, // narrow no-break space
        {0x2032, u"'"}, // prime
        {0x2033, u"\""}, // double prime
        {0x2035, u"'"}, // reversed prime
        {0x2036, u"\""}, // reversed double prime
        {0x2039, u"<"}, // single left-pointing angle quotation mark
        {0x203A, u">"}, // single right-pointing angle quotation mark
        {0x203C, u"!!"}, // double exclamation mark
        {0x2043, u"-"}, // hyphen bullet
        {0x2044, u"/"}, // fraction slash
        {0x204E, u"*"}, // low asterisk
        {0x204F, u";"}, // reversed semicolon
        {0x205F, u" "}, // medium mathematical space
        {0x2060, u""}, // word joiner
        {0x2122, u"TM"}, // trade mark sign
        {0x2212, u"-"}, // minus sign
        {0x2215, u"/"}, // division slash
        {0x2217, u"*"}, // asterisk operator
        {0x2223, u"|"}, // divides
        {0x223C, u"~"}, // tilde operator
        {0x229B, u"*"}, // circled asterisk operator
        {0x239C, u"|"}, // left parenthesis extension
        {0x239F, u"|"}, // right parenthesis extension
        {0x23B8, u"|"}, // left vertical box line
        {0x23B9, u"|"}, // right vertical box line
        {0x23BC, u"-"}, // horizontal scan line-7
        {0x23BD, u"-"}, // horizontal scan line-9
        {0x23D0, u"|"}, // vertical line extension
        {0x2722, u"*"}, // four teardrop-spoked asterisk
        {0x2723, u"*"}, // four balloon-spoked asterisk
        {0x2724, u"*"}, // heavy four balloon-spoked asterisk
        {0x2725, u"*"}, // four club-spoked asterisk
        {0x2731, u"*"}, // heavy asterisk
        {0x2732, u"*"}, // open centre asterisk
        {0x2733, u"*"}, // eight spoked asterisk
        {0x273A, u"*"}, // sixteen pointed asterisk
        {0x273B, u"*"}, // teardrop-spoked asterisk
        {0x273C, u"*"}, // open centre teardrop-spoked asterisk
        {0x273D, u"*"}, // heavy teardrop-spoked asterisk
        {0x2743, u"*"}, // heavy teardrop-spoked pinwheel asterisk
        {0x2749, u"*"}, // balloon-spoked asterisk
        {0x274A, u"*"}, // eight teardrop-spoked propeller asterisk
        {0x274B, u"*"}, // heavy eight teardrop-spoked propeller asterisk
        {0x275B, u"'"}, // heavy single turned comma quotation mark ornament
        {0x275C, u"'"}, // heavy single comma quotation mark ornament
        {0x275D, u"\""}, // heavy double turned comma quotation mark ornament
        {0x275E, u"\""}, // heavy double comma quotation mark ornament
        {0x2768, u"("}, // medium left parenthesis ornament
        {0x2769, u")"}, // medium right parenthesis ornament
        {0x276A, u"("}, // medium flattened left parenthesis ornament
        {0x276B, u")"}, // medium flattened right parenthesis ornament
        {0x2774, u"{"}, // medium left curly bracket ornament
        {0x2775, u"}"}, // medium right curly bracket ornament
        {0x27EE, u"("}, // mathematical left flattened parenthesis
        {0x27EF, u")"}, // mathematical right flattened parenthesis
        {0x2982, u":"}, // z notation type colon
        {0x2985, u"("}, // left white parenthesis
        {0x2986, u")"}, // right white parenthesis
        {0x29C6, u"*"}, // squared asterisk
        {0x29F5, u"\\"}, // reverse solidus operator
        {0x29F8, u"/"}, // big solidus
        {0x29F9, u"\\"}, // big reverse solidus
        {0x3000, u" "}, // ideographic space
        {0x3001, u","}, // ideographic comma
        {0x3002, u"."}, // ideographic full stop
        {0x301D, u"\""}, // reversed double prime quotation mark
        {0x301E, u"\""}, // double prime quotation mark
        {0x301F, u"\""}, // low double prime quotation mark
        {0xA730, u"F"}, // latin letter small capital f
        {0xA731, u"S"}, // latin letter small capital s
        {0xA789, u":"}, // modifier letter colon
        {0xA78A, u"="}, // modifier letter short equals sign
        {0xFE10, u","}, // presentation form for vertical comma
        {0xFE11, u","}, // presentation form for vertical ideographic comma
        {0xFE12, u"."}, // presentation form for vertical ideographic full stop
        {0xFE13, u":"}, // presentation form for vertical colon
        {0xFE14, u";"}, // presentation form for vertical semicolon
        {0xFE15, u"!"}, // presentation form for vertical exclamation mark
        {0xFE16, u"?"}, // presentation form for vertical question mark
        {0xFE19, u"..."}, // presentation form for vertical horizontal ellipsis
        {0xFE50, u","}, // small comma
        {0xFE51, u","}, // small ideographic comma
        {0xFE52, u"."}, // small full stop
        {0xFE54, u";"}, // small semicolon
        {0xFE55, u":"}, // small colon
        {0xFE56, u"?"}, // small question mark
        {0xFE57, u"!"}, // small exclamation mark
        {0xFE58, u"-"}, // small em dash
        {0xFE59, u"("}, // small left parenthesis
        {0xFE5A, u")"}, // small right parenthesis
        {0xFE5B, u"{"}, // small left curly bracket
        {0xFE5C, u"}"}, // small right curly bracket
        {0xFE5F, u"#"}, // small number sign
        {0xFE60, u"&"}, // small ampersand
        {0xFE61, u"*"}, // small asterisk
        {0xFE62, u"+"}, // small plus sign
        {0xFE63, u"-"}, // small hyphen-minus
        {0xFE64, u"<"}, // small less-than sign
        {0xFE65, u">"}, // small greater-than sign
        {0xFE66, u"="}, // small equals sign
        {0xFE68, u"\\"}, // small reverse solidus
        {0xFE69, u"$"}, // small dollar sign
        {0xFE6A, u"%"}, // small percent sign
        {0xFE6B, u"@"}, // small commercial at
        {0xFEFF, u""}, // zero width no-break space
        {0xFF61, u"."}, // halfwidth ideographic full stop
        {0xFF64, u","}, // halfwidth ideographic comma
};

consteval bool isSorted()
{
    for (std::size_t i = 1; i < std::size(kReplacements); ++i) {
        if (kReplacements[i - 1].codePoint >= kReplacements[i].codePoint)
            return false;
    }
    return true;
}
static_assert(isSorted(), "kReplacements must be sorted by code point, without duplicates");

// Full-width forms U+FF01..U+FF5E are ASCII shifted by 0xFEE0; the views
// below point into this array (the backtick, not GSM-7, becomes ').
constexpr char16_t kAscii[] =
        u"!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_'abcdefghijklmnopqrstuvwxyz{|}~";
static_assert(std::size(kAscii) == 0x5E + 1);

// Combining marks: a letter with a combining accent that has no GSM-7
// precomposed form keeps its base letter, so the suggestion is to remove
// the mark (replaceNonGsm() first tries to compose it, e.g. e + U+0301 -> é).
constexpr bool isCombiningMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
            || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

// Control characters other than LF, CR and form feed (GSM-7) or those with an
// entry above (tab, line tabulation, next line) are invisible: remove them.
constexpr bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// One bit per BMP code point that has a replacement: most code points that
// force UCS-2 (Japanese, emoji) have none, and are turned away here before
// the search.
consteval std::array<std::uint8_t, 0x10000 / 8> buildHasReplacement()
{
    std::array<std::uint8_t, 0x10000 / 8> bits {};
    const auto set = [&](char32_t c) { bits[c / 8] |= std::uint8_t(1u << (c % 8)); };
    for (const Replacement &r : kReplacements)
        set(r.codePoint);
    for (char32_t c = 0; c < 0x10000; ++c) {
        if ((c >= 0xFF01 && c <= 0xFF5E) || isCombiningMark(c) || isControl(c))
            set(c);
    }
    return bits;
}
constexpr std::array<std::uint8_t, 0x10000 / 8> kHasReplacement = buildHasReplacement();

} // namespace

bool gsm7ReplacementView(char32_t codePoint, QStringView *replacement)
{
    if (codePoint > 0xFFFF || !(kHasReplacement[codePoint / 8] & (1u << (codePoint % 8)))
        || detail::isGsm7CodePoint(codePoint))
        return false;
    QStringView found;
    const auto *entry = std::lower_bound(std::begin(kReplacements), std::end(kReplacements), codePoint,
                                         [](const Replacement &r, char32_t c) { return r.codePoint < c; });
    if (entry != std::end(kReplacements) && entry->codePoint == codePoint)
        found = QStringView(entry->text);
    else if (codePoint >= 0xFF01 && codePoint <= 0xFF5E)
        found = QStringView(kAscii + (codePoint - 0xFF01), 1);
    else if (!isCombiningMark(codePoint) && !isControl(codePoint))
        return false;
    if (replacement)
        *replacement = found;
    return true;
}

bool gsm7Replacement(char32_t codePoint, QString *replacement)
{
    QStringView view;
    if (!gsm7ReplacementView(codePoint, &view))
        return false;
    if (replacement)
        *replacement = view.toString();
    return true;
}

QString replaceNonGsm(QStringView text)
{
    QString result;
    result.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar unit = text[i];
        char32_t codePoint = unit.unicode();
        qsizetype length = 1;
        if (unit.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(unit, text[i + 1]);
            length = 2;
        }
        QStringView replacement;
        if (isGsm7(codePoint) || !gsm7ReplacementView(codePoint, &replacement)) {
            result.append(text.mid(i, length)); // GSM-7, or nothing usual to offer
        } else if (isCombiningMark(codePoint) && !result.isEmpty() && !result.back().isSurrogate()) {
            // e + U+0301 composes to é, which is GSM-7: better than dropping
            // the accent. Only here do we allocate per character, and only
            // for combining marks.
            const QString composed =
                    (QString(result.back()) + QChar(codePoint)).normalized(QString::NormalizationForm_C);
            if (composed.size() == 1 && isGsm7(composed.front().unicode()))
                result.back() = composed.front();
        } else {
            result.append(replacement);
        }
        i += length - 1;
    }
    return result;
}

} // namespace scs::sms

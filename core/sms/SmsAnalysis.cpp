#include "SmsAnalysis.h"

#include "Gsm7Table.h"

#include <QSet>

#include <array>
#include <cstdint>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace scs::sms {

namespace {

using detail::isGsm7CodePoint;
using detail::septetsOfUnit;

// Segment sizes (TS 23.040): a single message, and each part of a
// concatenated one (the user-data header takes the rest).
constexpr int kGsmSingle = 160;
constexpr int kGsmPart = 153;
constexpr int kUcsSingle = 70;
constexpr int kUcsPart = 67;

constexpr bool isHighSurrogate(char16_t c)
{
    return (c & 0xFC00) == 0xD800;
}
constexpr bool isLowSurrogate(char16_t c)
{
    return (c & 0xFC00) == 0xDC00;
}

// Set bits of each byte value.
consteval std::array<std::uint8_t, 256> buildBitCount()
{
    std::array<std::uint8_t, 256> table {};
    for (int i = 0; i < 256; ++i)
        table[i] = std::uint8_t((i & 1) + table[i / 2]);
    return table;
}
constexpr std::array<std::uint8_t, 256> kBitCount = buildBitCount();

#if defined(__SSE2__)
// Which of eight units are plain: printable ASCII other than the backtick,
// LF or CR, the usual text, all GSM-7 (the extension characters among them
// are [\]^ and {|}~). A lane of ones for each.
inline __m128i plainGsmUnits(__m128i v)
{
    // Signed compares: units from 0x8000 up are negative and fail "> 0x1F".
    const __m128i printable =
            _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16(0x1F)), _mm_cmplt_epi16(v, _mm_set1_epi16(0x7F)));
    const __m128i lines =
            _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(0x0A)), _mm_cmpeq_epi16(v, _mm_set1_epi16(0x0D)));
    return _mm_andnot_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(0x60)), _mm_or_si128(printable, lines));
}

inline bool isPlainGsm(__m128i v)
{
    return _mm_movemask_epi8(plainGsmUnits(v)) == 0xFFFF;
}
#endif

// The septets of a text of plain units only (see plainGsmUnits: extension
// characters count two), or -1 when it has any other unit. Cheaper than the
// walk: nothing but sums, for the usual short message that needs no parts.
qsizetype plainSeptets(const char16_t *p, qsizetype n)
{
    qsizetype septets = n;
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i fold = _mm_set1_epi16(static_cast<short>(0xFFDF));
    const __m128i extBelow = _mm_set1_epi16(0x5A);
    const __m128i extAbove = _mm_set1_epi16(0x5F);
    while (i + 8 <= n) {
        // Each lane counts extension characters down (a match is -1), at
        // most 4096 of them before the sum, well within 16 bits.
        __m128i extension = _mm_setzero_si128();
        __m128i plain = _mm_set1_epi16(-1);
        for (int k = 0; k < 4096 && i + 8 <= n; ++k, i += 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            plain = _mm_and_si128(plain, plainGsmUnits(v));
            const __m128i folded = _mm_and_si128(v, fold);
            extension = _mm_add_epi16(
                    extension,
                    _mm_and_si128(_mm_cmpgt_epi16(folded, extBelow), _mm_cmplt_epi16(folded, extAbove)));
        }
        if (_mm_movemask_epi8(plain) != 0xFFFF)
            return -1;
        // Sum the eight lanes (each from -4096 to 0).
        const __m128i pairs = _mm_madd_epi16(extension, _mm_set1_epi16(1));
        const __m128i quads = _mm_add_epi32(pairs, _mm_shuffle_epi32(pairs, _MM_SHUFFLE(1, 0, 3, 2)));
        const __m128i all = _mm_add_epi32(quads, _mm_shuffle_epi32(quads, _MM_SHUFFLE(2, 3, 0, 1)));
        septets -= _mm_cvtsi128_si32(all);
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = p[i];
        const bool plain = (c >= 0x20 && c < 0x7F && c != 0x60) || c == u'\n' || c == u'\r';
        if (!plain)
            return -1;
        septets += septetsOfUnit(c) - 1;
    }
    return septets;
}

// The GSM-7 walk: total septets and, as if the text were concatenated, the
// 153-septet parts. Stops at the first UTF-16 unit that is not GSM-7 (the
// whole text is then UCS-2).
struct GsmWalk
{
    bool gsm = true;
    qsizetype units = 0;
    int parts = 1; // parts of a concatenated message so far
    int fill = 0; // septets in the current part
};

// One character of the walk. A character that does not fit in the current
// part starts the next one, so an escape pair is never split.
template<typename OnBoundary>
inline void step(GsmWalk &walk, int septets, qsizetype index, OnBoundary &onBoundary)
{
    if (walk.fill + septets > kGsmPart) {
        ++walk.parts;
        walk.fill = 0;
        onBoundary(index);
    }
    walk.fill += septets;
    walk.units += septets;
}

template<typename OnBoundary> GsmWalk walkGsm(const char16_t *p, qsizetype n, OnBoundary &onBoundary)
{
    GsmWalk walk;
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight units at a time. When all eight are printable ASCII, LF or CR
    // (the usual text), they are GSM-7 unless one is a backtick, and the
    // extension characters among them are [\]^ and {|}~, which clearing bit 5
    // maps onto 0x5B..0x5E. Any other block goes through the table.
    const __m128i fold = _mm_set1_epi16(static_cast<short>(0xFFDF));
    const __m128i extBelow = _mm_set1_epi16(0x5A);
    const __m128i extAbove = _mm_set1_epi16(0x5F);
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        if (isPlainGsm(v)) {
            const __m128i folded = _mm_and_si128(v, fold);
            const __m128i ext =
                    _mm_and_si128(_mm_cmpgt_epi16(folded, extBelow), _mm_cmplt_epi16(folded, extAbove));
            // One bit per unit; the table counts them (no popcnt in the x86-64 baseline).
            const int septets = 8 + kBitCount[_mm_movemask_epi8(_mm_packs_epi16(ext, ext)) & 0xFF];
            if (walk.fill + septets <= kGsmPart) {
                walk.fill += septets;
                walk.units += septets;
                continue;
            }
        }
        // A part ends inside these eight, or they are not plain ASCII.
        for (qsizetype j = i; j < i + 8; ++j) {
            const int septets = septetsOfUnit(p[j]);
            if (septets == 0) {
                walk.gsm = false;
                return walk;
            }
            step(walk, septets, j, onBoundary);
        }
    }
#endif
    for (; i < n; ++i) {
        const int septets = septetsOfUnit(p[i]);
        if (septets == 0) {
            walk.gsm = false;
            return walk;
        }
        step(walk, septets, i, onBoundary);
    }
    return walk;
}

// UCS-2: the units are the UTF-16 length (a lone surrogate is one unit), so
// the parts can be found by jumping 67 units at a time.
template<typename OnBoundary> Counts countUcs2(const char16_t *p, qsizetype n, OnBoundary &onBoundary)
{
    Counts counts;
    counts.encoding = Encoding::Ucs2;
    counts.units = int(n);
    if (n <= kUcsSingle) {
        counts.segments = 1;
        counts.unitsLeft = kUcsSingle - int(n);
        return counts;
    }
    qsizetype start = 0;
    int segments = 1;
    while (n - start > kUcsPart) {
        qsizetype end = start + kUcsPart;
        // Never split a surrogate pair: the part ends one unit early.
        if (isHighSurrogate(p[end - 1]) && isLowSurrogate(p[end]))
            --end;
        onBoundary(end);
        start = end;
        ++segments;
    }
    counts.segments = segments;
    counts.unitsLeft = kUcsPart - int(n - start);
    return counts;
}

template<typename OnBoundary> Counts countWith(QStringView text, OnBoundary &&onBoundary, auto &&onRestart)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    Counts counts;
    if (n == 0) {
        counts.unitsLeft = kGsmSingle;
        return counts;
    }
    // The usual message: plain text that fits in one segment.
    const qsizetype plain = n <= kGsmSingle ? plainSeptets(p, n) : -1;
    if (plain >= 0 && plain <= kGsmSingle) {
        counts.units = int(plain);
        counts.segments = 1;
        counts.unitsLeft = kGsmSingle - counts.units;
        return counts;
    }
    const GsmWalk walk = walkGsm(p, n, onBoundary);
    if (!walk.gsm) {
        onRestart();
        return countUcs2(p, n, onBoundary);
    }
    counts.units = int(walk.units);
    if (walk.units <= kGsmSingle) {
        counts.segments = 1;
        counts.unitsLeft = kGsmSingle - counts.units;
        onRestart(); // boundaries of a concatenated message do not apply
    } else {
        counts.segments = walk.parts;
        counts.unitsLeft = kGsmPart - walk.fill;
    }
    return counts;
}

} // namespace

QString encodingName(Encoding encoding)
{
    return encoding == Encoding::Gsm7 ? u"GSM-7"_s : u"UCS-2"_s;
}

int gsm7Septets(char32_t codePoint)
{
    return codePoint > 0xFFFF ? 0 : septetsOfUnit(char16_t(codePoint));
}

bool isGsm7(char32_t codePoint)
{
    return gsm7Septets(codePoint) != 0;
}

Counts count(QStringView text)
{
    return countWith(
            text, [](qsizetype) {}, [] {});
}

Analysis analyze(QStringView text)
{
    Analysis analysis;
    analyze(text, analysis);
    return analysis;
}

void analyze(QStringView text, Analysis &analysis)
{
    analysis.boundaries.clear(); // both keep their capacity
    analysis.nonGsm.clear();
    static_cast<Counts &>(analysis) = countWith(
            text, [&](qsizetype index) { analysis.boundaries.append(index); },
            [&] { analysis.boundaries.clear(); });

    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    if (analysis.encoding == Encoding::Gsm7) {
        analysis.characters = int(n); // GSM-7 has no surrogates: one unit, one character
        return;
    }
    // The distinct non-GSM code points: a look through the list while it is
    // short (the usual message has a handful), beyond that a bit for each
    // code point of the BMP (Japanese text has hundreds) and a set for the
    // others.
    constexpr qsizetype ListedWithoutSet = 32;
    std::unique_ptr<std::array<std::uint64_t, 0x10000 / 64>> seenBmp;
    QSet<char32_t> seenOther;
    const auto isNew = [&](char32_t codePoint) {
        if (!seenBmp) {
            for (const NonGsmCharacter &listed : std::as_const(analysis.nonGsm)) {
                if (listed.codePoint == codePoint)
                    return false;
            }
            if (analysis.nonGsm.size() < ListedWithoutSet)
                return true;
            seenBmp = std::make_unique<std::array<std::uint64_t, 0x10000 / 64>>();
            for (const NonGsmCharacter &listed : std::as_const(analysis.nonGsm)) {
                if (listed.codePoint <= 0xFFFF)
                    (*seenBmp)[listed.codePoint / 64] |= std::uint64_t(1) << (listed.codePoint % 64);
                else
                    seenOther.insert(listed.codePoint);
            }
        }
        if (codePoint > 0xFFFF) {
            const qsizetype before = seenOther.size();
            seenOther.insert(codePoint);
            return seenOther.size() != before;
        }
        std::uint64_t &word = (*seenBmp)[codePoint / 64];
        const std::uint64_t bit = std::uint64_t(1) << (codePoint % 64);
        const bool seen = word & bit;
        word |= bit;
        return !seen;
    };
    int characters = 0;
    for (qsizetype i = 0; i < n; ++i) {
#if defined(__SSE2__)
        // Runs of plain text: eight characters, none to list.
        while (i + 8 <= n && isPlainGsm(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i)))) {
            i += 8;
            characters += 8;
        }
        if (i == n)
            break;
#endif
        char32_t codePoint = p[i];
        if (isHighSurrogate(p[i]) && i + 1 < n && isLowSurrogate(p[i + 1])) {
            codePoint = QChar::surrogateToUcs4(p[i], p[i + 1]);
            ++i;
        }
        ++characters;
        // A lone surrogate is listed as itself: it is what forces UCS-2.
        if (!isGsm7CodePoint(codePoint) && isNew(codePoint)) {
            NonGsmCharacter character;
            character.codePoint = codePoint;
            QStringView replacement;
            character.hasReplacement = gsm7ReplacementView(codePoint, &replacement);
            // The table's text itself, not a copy: it lives as long as the program.
            character.replacement = QString::fromRawData(reinterpret_cast<const QChar *>(replacement.utf16()),
                                                         replacement.size());
            analysis.nonGsm.append(character);
        }
    }
    analysis.characters = characters;
}

} // namespace scs::sms

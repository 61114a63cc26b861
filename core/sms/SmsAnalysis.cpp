#include "SmsAnalysis.h"

#include "Gsm7Table.h"

#include <QSet>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace scs::sms {

namespace {

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
    const __m128i below = _mm_set1_epi16(0x1F);
    const __m128i above = _mm_set1_epi16(0x7F);
    const __m128i lf = _mm_set1_epi16(0x0A);
    const __m128i cr = _mm_set1_epi16(0x0D);
    const __m128i backtick = _mm_set1_epi16(0x60);
    const __m128i fold = _mm_set1_epi16(static_cast<short>(0xFFDF));
    const __m128i extBelow = _mm_set1_epi16(0x5A);
    const __m128i extAbove = _mm_set1_epi16(0x5F);
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        // Signed compares: units from 0x8000 up are negative and fail "> 0x1F".
        const __m128i printable = _mm_and_si128(_mm_cmpgt_epi16(v, below), _mm_cmplt_epi16(v, above));
        const __m128i lines = _mm_or_si128(_mm_cmpeq_epi16(v, lf), _mm_cmpeq_epi16(v, cr));
        const __m128i plain = _mm_andnot_si128(_mm_cmpeq_epi16(v, backtick), _mm_or_si128(printable, lines));
        if (_mm_movemask_epi8(plain) == 0xFFFF) {
            const __m128i folded = _mm_and_si128(v, fold);
            const __m128i ext =
                    _mm_and_si128(_mm_cmpgt_epi16(folded, extBelow), _mm_cmplt_epi16(folded, extAbove));
            const int septets = 8 + __builtin_popcount(unsigned(_mm_movemask_epi8(ext))) / 2;
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
    static_cast<Counts &>(analysis) = countWith(
            text, [&](qsizetype index) { analysis.boundaries.append(index); },
            [&] { analysis.boundaries.clear(); });

    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    QSet<char32_t> seen;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t codePoint = p[i];
        if (isHighSurrogate(p[i]) && i + 1 < n && isLowSurrogate(p[i + 1])) {
            codePoint = QChar::surrogateToUcs4(p[i], p[i + 1]);
            ++i;
        }
        ++analysis.characters;
        // A lone surrogate is listed as itself: it is what forces UCS-2.
        if (analysis.encoding == Encoding::Ucs2 && !isGsm7(codePoint) && !seen.contains(codePoint)) {
            seen.insert(codePoint);
            NonGsmCharacter character;
            character.codePoint = codePoint;
            character.hasReplacement = gsm7Replacement(codePoint, &character.replacement);
            analysis.nonGsm.append(character);
        }
    }
    return analysis;
}

} // namespace scs::sms

// libFuzzer target: SMS analysis (core/sms/SmsAnalysis.h) on any text,
// including invalid UTF-16 (lone surrogates) as the clipboard may give it.
// The first byte picks how the rest is read: odd = raw UTF-16LE units, even =
// UTF-8. Checks what the header promises:
//  - count() equals the counts of analyze();
//  - the encoding is GSM-7 exactly when every unit is in the GSM-7 tables;
//  - the boundaries cut the text into `segments` parts that fit (160/153
//    septets, 70/67 units), each filled as far as the next character allows,
//    never between the halves of a surrogate pair; units and unitsLeft agree
//    with the parts;
//  - characters counts code points; nonGsm lists distinct non-GSM code points;
//  - replaceNonGsm() leaves no replaceable character, and is idempotent.
#include "FuzzSupport.h"

#include "sms/SmsAnalysis.h"

#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace scs;
using namespace scs::sms;

namespace {

QString decode(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    const auto *rest = reinterpret_cast<const char *>(data + 1);
    const qsizetype n = qsizetype(size - 1);
    if (data[0] & 1) {
        QString text(n / 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < n / 2; ++i)
            text[i] = QChar(char16_t(uint8_t(rest[2 * i]) | (uint8_t(rest[2 * i + 1]) << 8)));
        return text;
    }
    return QString::fromUtf8(rest, n);
}

// Septets of a UTF-16 unit (a surrogate is never GSM-7).
int septets(QChar unit)
{
    return unit.isSurrogate() ? 0 : gsm7Septets(unit.unicode());
}

void checkSegments(const QString &text, const Analysis &a)
{
    const qsizetype n = text.size();
    if (n == 0) {
        SCS_FUZZ_CHECK(a.segments == 0 && a.units == 0 && a.boundaries.isEmpty());
        SCS_FUZZ_CHECK(a.encoding == Encoding::Gsm7 && a.unitsLeft == 160);
        return;
    }
    bool allGsm = true;
    for (const QChar unit : text)
        allGsm = allGsm && septets(unit) > 0;
    SCS_FUZZ_CHECK(allGsm == (a.encoding == Encoding::Gsm7));
    SCS_FUZZ_CHECK(a.segments >= 1);
    SCS_FUZZ_CHECK(a.boundaries.size() == (a.segments == 1 ? 0 : a.segments - 1));

    const bool gsm = a.encoding == Encoding::Gsm7;
    const int single = gsm ? 160 : 70;
    const int part = gsm ? 153 : 67;
    const int capacity = a.segments == 1 ? single : part;
    const auto weight = [&](qsizetype i) { return gsm ? septets(text[i]) : 1; };

    int total = 0;
    qsizetype start = 0;
    for (int s = 0; s < a.segments; ++s) {
        const qsizetype end = s + 1 < a.segments ? a.boundaries[s] : n;
        SCS_FUZZ_CHECK(end > start && end <= n);
        SCS_FUZZ_CHECK(!(text[end - 1].isHighSurrogate() && end < n && text[end].isLowSurrogate()));
        int used = 0;
        for (qsizetype i = start; i < end; ++i)
            used += weight(i);
        SCS_FUZZ_CHECK(used <= capacity);
        if (end < n) {
            // Cut only when the next character does not fit (a surrogate
            // pair moves whole into the next part).
            const bool pairNext =
                    text[end].isHighSurrogate() && end + 1 < n && text[end + 1].isLowSurrogate();
            SCS_FUZZ_CHECK(used + (pairNext ? 2 : weight(end)) > capacity);
        } else {
            SCS_FUZZ_CHECK(a.unitsLeft == capacity - used);
        }
        total += used;
        start = end;
    }
    SCS_FUZZ_CHECK(total == a.units);
    if (!gsm)
        SCS_FUZZ_CHECK(a.units == n);
}

void checkCharacters(const QString &text, const Analysis &a)
{
    int characters = 0;
    QSet<char32_t> nonGsm;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        ++characters;
        if (!isGsm7(codePoint))
            nonGsm.insert(codePoint);
    }
    SCS_FUZZ_CHECK(a.characters == characters);
    if (a.encoding == Encoding::Gsm7) {
        SCS_FUZZ_CHECK(a.nonGsm.isEmpty());
        return;
    }
    SCS_FUZZ_CHECK(a.nonGsm.size() == nonGsm.size());
    for (const NonGsmCharacter &c : a.nonGsm) {
        SCS_FUZZ_CHECK(nonGsm.contains(c.codePoint));
        QString replacement;
        SCS_FUZZ_CHECK(c.hasReplacement == gsm7Replacement(c.codePoint, &replacement));
        SCS_FUZZ_CHECK(c.replacement == replacement);
    }
}

void checkReplacement(const QString &text)
{
    const QString replaced = replaceNonGsm(text);
    for (qsizetype i = 0; i < replaced.size(); ++i) {
        char32_t codePoint = replaced[i].unicode();
        if (replaced[i].isHighSurrogate() && i + 1 < replaced.size() && replaced[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(replaced[i], replaced[i + 1]);
            ++i;
        }
        SCS_FUZZ_CHECK(isGsm7(codePoint) || !gsm7Replacement(codePoint, nullptr));
    }
    SCS_FUZZ_CHECK(replaceNonGsm(replaced) == replaced);
    // The replacement of a text that was GSM-7 already is the text itself.
    if (count(text).encoding == Encoding::Gsm7)
        SCS_FUZZ_CHECK(replaced == text);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = decode(data, size);
    const Analysis analysis = analyze(text);
    SCS_FUZZ_CHECK(count(text) == static_cast<const Counts &>(analysis));
    checkSegments(text, analysis);
    checkCharacters(text, analysis);
    checkReplacement(text);
    return 0;
}

#include "TextMatch.h"

#include "TextChars.h"

#include <algorithm>
#include <array>
#include <string>

using namespace Qt::StringLiterals;

// Searches of whole texts (TextMatch.h): Japanese needles, a keyword as
// the user typed it, URL shorteners, the guide's sample text, placeholders,
// reserved keywords, comparing without regard to spaces. The tokenizer and
// the phrase sets they build on are in TextMatch.cpp.
namespace scs::text {

using namespace chars;

bool containsRaw(const Words &words, std::initializer_list<std::u16string_view> needles)
{
    // Only Japanese needles: plain ASCII text cannot hold them.
    if (!words.hasNonAscii())
        return false;
    for (const std::u16string_view needle : needles) {
        if (words.text().contains(QStringView(needle.data(), qsizetype(needle.size()))))
            return true;
    }
    return false;
}

bool containsKeyword(QStringView text, QStringView keyword)
{
    keyword = keyword.trimmed();
    if (keyword.isEmpty())
        return false;
    const Words needle(keyword);
    const Words hay(text);
    const auto tokenEqual = [&](const Word &a, const Word &b) {
        if (a.m_length && b.m_length)
            return a.lower() == b.lower();
        return hay.text()
                       .sliced(a.begin, a.end - a.begin)
                       .compare(needle.text().sliced(b.begin, b.end - b.begin), Qt::CaseInsensitive)
                == 0;
    };
    for (qsizetype i = 0; i + needle.size() <= hay.size(); ++i) {
        qsizetype k = 0;
        while (k < needle.size() && tokenEqual(hay[i + k], needle[k]))
            ++k;
        if (k == needle.size())
            return true;
    }
    // Japanese has no spaces between words: a non-ASCII keyword is found
    // inside a run of text as well.
    for (const QChar c : keyword) {
        if (c.unicode() > 0x7f)
            return text.contains(keyword, Qt::CaseInsensitive);
    }
    return false;
}

// ---- Things that should not be there ----

QString urlShortener(const Words &words)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 23> shorteners = {{
            {"bit", "ly"},  {"tinyurl", "com"}, {"goo", "gl"},     {"t", "co"},    {"ow", "ly"},
            {"is", "gd"},   {"buff", "ly"},     {"rebrand", "ly"}, {"cutt", "ly"}, {"shorturl", "at"},
            {"tiny", "cc"}, {"rb", "gy"},       {"bl", "ink"},     {"s", "id"},    {"v", "gd"},
            {"lnkd", "in"}, {"t", "ly"},        {"bit", "do"},     {"adf", "ly"},  {"shorte", "st"},
            {"snip", "ly"}, {"tiny", "one"},    {"tr", "im"},
    }};
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        if (words.at(i) != "." || !words.glued(i) || !words.glued(i + 1))
            continue;
        // The host label before the dot, rejoined where the tokenizer split
        // it ("TinyURL" is "tiny", "url"); a dot before it means a longer
        // host ("a.t.co" is not t.co).
        qsizetype first = i - 1;
        while (first > 0 && words.glued(first) && !words[first - 1].isPunct()
               && words[first - 1].m_length > 0)
            --first;
        if (first > 0 && words.glued(first) && words.at(first - 1) == ".")
            continue;
        std::string host;
        for (qsizetype k = first; k < i; ++k)
            host += words.at(k);
        const std::string_view tld = words.at(i + 1);
        for (const auto &[h, t] : shorteners) {
            if (host == h && tld == t)
                return words.slice(first, i + 1);
        }
    }
    return {};
}

QString sampleText(QStringView text)
{
    static constexpr std::array<QLatin1StringView, 5> samples = {
            "ExampleCorp"_L1, "ProductName"_L1, "example.com"_L1, "(800) 555-0199"_L1, "555-0199"_L1};
    const auto at = [&](qsizetype i, QLatin1StringView sample) {
        if (i + sample.size() > text.size())
            return false;
        for (qsizetype k = 1; k < sample.size(); ++k) {
            const char16_t c = text[i + k].unicode();
            if (c > 0x7f || lowerAscii(c) != lowerAscii(char16_t(sample[k].unicode())))
                return false;
        }
        return true;
    };
    // One pass over the text, comparing only where a sample can start.
    for (qsizetype i = 0; i < text.size(); ++i) {
        switch (text[i].unicode()) {
        case u'E':
        case u'e':
            if (at(i, samples[0]))
                return samples[0];
            if (at(i, samples[2]))
                return samples[2];
            break;
        case u'P':
        case u'p':
            if (at(i, samples[1]))
                return samples[1];
            break;
        case u'(':
            if (at(i, samples[3]))
                return samples[3];
            break;
        case u'5':
            if (at(i, samples[4]))
                return samples[4];
            break;
        default:
            break;
        }
    }
    return {};
}

QString placeholder(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'{' && i + 1 < n && text[i + 1] == u'{') {
            const qsizetype close = text.indexOf(u"}}", i + 2);
            if (close > i + 2 && close - i < 40)
                return text.sliced(i, close + 2 - i).toString();
        } else if (c == u'%' && i + 1 < n) {
            const char16_t d = text[i + 1].unicode();
            if ((d == u's' || d == u'd' || d == u'@') && (i + 2 >= n || !isAsciiAlnum(text[i + 2].unicode())))
                return text.sliced(i, 2).toString();
        } else if (c == u'<') {
            qsizetype j = i + 1;
            while (j < n && j - i <= 30
                   && (isAsciiAlnum(text[j].unicode()) || text[j] == u'_' || text[j] == u' '))
                ++j;
            if (j > i + 1 && j < n && text[j] == u'>' && isAsciiLetter(text[i + 1].unicode()))
                return text.sliced(i, j + 1 - i).toString();
        }
    }
    return {};
}

QString reservedKeyword(QStringView keyword)
{
    static const PhraseSet reserved {"stop",    "end",    "cancel", "unsubscribe", "quit",
                                     "stopall", "revoke", "optout", "opt - out",   "opt out",
                                     "remove",  "arret",  "td",     "help",        "info"};
    const Words words(keyword);
    const int index = reserved.find(words);
    if (index >= 0) {
        QString word =
                QString::fromLatin1(reserved.phrase(index).data(), qsizetype(reserved.phrase(index).size()));
        word.remove(u' ');
        return word.toUpper();
    }
    // STOP and HELP inside a longer word ("STOPNOW") still trigger them.
    if (keyword.contains(u"stop", Qt::CaseInsensitive))
        return u"STOP"_s;
    if (keyword.contains(u"help", Qt::CaseInsensitive))
        return u"HELP"_s;
    return {};
}

bool sameIgnoringSpaces(QStringView a, QStringView b)
{
    a = a.trimmed();
    b = b.trimmed();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool sa = isSpace(a[i].unicode());
        const bool sb = isSpace(b[j].unicode());
        if (sa && sb) {
            while (i < a.size() && isSpace(a[i].unicode()))
                ++i;
            while (j < b.size() && isSpace(b[j].unicode()))
                ++j;
            continue;
        }
        if (sa != sb || a[i] != b[j])
            return false;
        ++i;
        ++j;
    }
    return i == a.size() && j == b.size();
}

} // namespace scs::text

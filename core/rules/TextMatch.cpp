#include "TextMatch.h"

#include "TextChars.h"

#include <algorithm>
#include <array>
#include <string>

using namespace Qt::StringLiterals;

namespace scs::text {

using namespace chars;

namespace {

// The next token of a phrase ("no more messages" -> "no", then "more", ...).
std::string_view nextToken(std::string_view &phrase)
{
    const auto space = phrase.find(' ');
    const std::string_view token = phrase.substr(0, space);
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
    return token;
}

// Where a run of ASCII letters and digits splits into tokens: between a
// digit and a letter, and before an upper-case letter that follows a
// lower-case one.
bool splitsBetween(char16_t previous, char16_t c)
{
    return isAsciiDigit(previous) != isAsciiDigit(c) || (isAsciiLower(previous) && isAsciiUpper(c));
}

} // namespace

bool Word::isNumber() const
{
    if (m_length == 0)
        return false;
    for (unsigned char i = 0; i < m_length; ++i) {
        if (m_lower[i] < '0' || m_lower[i] > '9')
            return false;
    }
    return true;
}

Words::Words(QStringView text)
    : m_text(text)
{
    const char16_t *data = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = data[i];
        if (c > 0x7f)
            m_nonAscii = true;
        if (isSpace(c)) {
            ++i;
            continue;
        }
        Word word;
        word.begin = i;
        if (isAsciiAlnum(c)) {
            ++i;
            while (i < n && isAsciiAlnum(data[i]) && !splitsBetween(data[i - 1], data[i]))
                ++i;
            if (i - word.begin <= qsizetype(sizeof word.m_lower)) {
                int upper = 0;
                bool lower = false;
                for (qsizetype k = word.begin; k < i; ++k) {
                    word.m_lower[k - word.begin] = lowerAscii(data[k]);
                    upper += isAsciiUpper(data[k]) ? 1 : 0;
                    lower = lower || isAsciiLower(data[k]);
                }
                word.m_length = static_cast<unsigned char>(i - word.begin);
                word.m_upper = upper >= 2 && !lower;
                word.m_hash = tokenHash(word.lower());
            }
        } else if (isOtherWordChar(c)) {
            while (i < n && isOtherWordChar(data[i]))
                ++i;
            m_nonAscii = true;
        } else {
            ++i;
            if (c < 0x80) {
                word.m_lower[0] = char(c);
                word.m_length = 1;
                word.m_hash = tokenHash(word.lower());
            }
        }
        word.end = i;
        m_words.append(word);
    }
}

std::string_view Words::at(qsizetype i) const
{
    return i >= 0 && i < m_words.size() ? m_words[i].lower() : std::string_view();
}

QString Words::slice(qsizetype first, qsizetype last) const
{
    if (first < 0 || last >= m_words.size() || first > last)
        return {};
    return m_text.sliced(m_words[first].begin, m_words[last].end - m_words[first].begin).toString();
}

bool Words::matchesAt(qsizetype i, std::string_view phrase) const
{
    while (!phrase.empty()) {
        if (!same(at(i), nextToken(phrase)))
            return false;
        ++i;
    }
    return true;
}

bool Words::contains(std::string_view phrase) const
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (matchesAt(i, phrase))
            return true;
    }
    return false;
}

bool Words::containsAny(std::initializer_list<std::string_view> phrases) const
{
    for (const std::string_view phrase : phrases) {
        if (contains(phrase))
            return true;
    }
    return false;
}

bool Words::negatedBefore(qsizetype i, int window) const
{
    for (qsizetype k = i - 1; k >= 0 && k >= i - window; --k) {
        const std::string_view w = at(k);
        if (oneOf(w, {".", "!", "?", ";"}))
            return false;
        if (oneOf(w, {"not", "no", "never", "without", "non", "nor", "nothing", "none", "neither"}))
            return true;
        // "isn't", "don't", "won't": the tokens "isn", "'", "t".
        if (w == "t" && glued(k) && (at(k - 1) == "'" || m_text[m_words[k - 1].begin] == u'\u2019'))
            return true;
    }
    return false;
}

qsizetype phraseLength(std::string_view phrase)
{
    qsizetype n = 0;
    while (!phrase.empty()) {
        nextToken(phrase);
        ++n;
    }
    return n;
}

PhraseSet::PhraseSet(std::initializer_list<std::string_view> phrases)
    : m_phrases(phrases)
{
    index();
}

PhraseSet::PhraseSet(std::vector<std::string_view> phrases)
    : m_phrases(std::move(phrases))
{
    index();
}

void PhraseSet::index()
{
    for (std::size_t i = 0; i < m_phrases.size(); ++i) {
        std::string_view rest = m_phrases[i];
        const std::string_view first = nextToken(rest);
        m_entries.push_back({first, int(i), rest.empty()});
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.first < b.first; });
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_groups.empty() || !same(m_groups.back().first, m_entries[i].first))
            m_groups.push_back({m_entries[i].first, tokenHash(m_entries[i].first), int(i), int(i)});
        m_groups.back().end = int(i) + 1;
    }
    // A table at most half full, so that a lookup is one or two probes.
    std::size_t size = 8;
    while (size < m_groups.size() * 2)
        size *= 2;
    m_table.assign(size, -1);
    m_mask = quint32(size - 1);
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        quint32 slot = m_groups[g].hash & m_mask;
        while (m_table[slot] >= 0)
            slot = (slot + 1) & m_mask;
        m_table[slot] = int(g);
    }
}

std::pair<std::size_t, std::size_t> PhraseSet::entriesOf(const Word &word) const
{
    for (quint32 slot = word.m_hash & m_mask;; slot = (slot + 1) & m_mask) {
        const int g = m_table[slot];
        if (g < 0)
            return {0, 0};
        const Group &group = m_groups[std::size_t(g)];
        if (group.hash == word.m_hash && same(group.first, word.lower()))
            return {std::size_t(group.begin), std::size_t(group.end)};
    }
}

int PhraseSet::matchAt(const Words &words, qsizetype i) const
{
    if (i < 0 || i >= words.size() || words[i].m_length == 0)
        return -1;
    const auto [begin, end] = entriesOf(words[i]);
    int best = -1;
    std::size_t bestLength = 0;
    for (std::size_t e = begin; e < end; ++e) {
        const std::string_view phrase = m_phrases[std::size_t(m_entries[e].index)];
        if (phrase.size() > bestLength && (m_entries[e].single || words.matchesAt(i, phrase))) {
            best = m_entries[e].index;
            bestLength = phrase.size();
        }
    }
    return best;
}

int PhraseSet::find(const Words &words, qsizetype from, qsizetype *at) const
{
    for (qsizetype i = from; i < words.size(); ++i) {
        if (words[i].m_length == 0)
            continue;
        const auto [begin, end] = entriesOf(words[i]);
        // The earliest listed phrase that matches here.
        int found = -1;
        for (std::size_t e = begin; e < end; ++e) {
            if ((found < 0 || m_entries[e].index < found)
                && (m_entries[e].single || words.matchesAt(i, m_phrases[std::size_t(m_entries[e].index)])))
                found = m_entries[e].index;
        }
        if (found >= 0) {
            if (at)
                *at = i;
            return found;
        }
    }
    return -1;
}

} // namespace scs::text

#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <QtGlobal>

#include <array>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

// The tokenizer and phrase matching the rules share: how a carrier reviewer
// reads a message, word by word. Everything here ignores case and works on
// words, so "STOPPED" is not STOP. No regular expressions: these run on
// every keystroke. What is matched (disclosures, frequency, contacts,
// brands, categories, promotional wording) lives in the files next to this.
namespace scs::text {

// One token of a text: a run of ASCII letters and digits, a run of other
// letters and digits (e.g. Japanese), or a single punctuation character.
// Spaces separate tokens and are not tokens. A run of ASCII letters and
// digits is also split where digits and letters meet and where a lower-case
// letter is followed by an upper-case one, so that "12Msgs/Month" reads as
// "12 msgs / month" and "Msg&DataRatesApply" as "msg & data rates apply".
struct Word
{
    qsizetype begin = 0;
    qsizetype end = 0;
    // ASCII lower case of the token when it is ASCII and short enough to be
    // a keyword; empty otherwise.
    std::string_view lower() const { return {m_lower, m_length}; }
    bool isPunct() const { return m_length == 1 && !isAsciiAlnum(m_lower[0]); }
    bool isNumber() const;
    // Written in capitals (at least two letters, no lower-case one): "STOP".
    bool isUpper() const { return m_upper; }

    static bool isAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

    char m_lower[24] = {};
    unsigned char m_length = 0;
    bool m_upper = false;
    quint32 m_hash = 0; // of lower(), for the phrase sets' tables
};

// The hash Word::m_hash holds (FNV-1a over the lower-case token).
constexpr quint32 tokenHash(std::string_view token)
{
    quint32 h = 2166136261u;
    for (const char c : token)
        h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

// The tokens of one text, split once and reused by every matcher of a rule.
class Words
{
public:
    explicit Words(QStringView text);

    QStringView text() const { return m_text; }
    // Any character beyond ASCII (the Japanese matchers look only then).
    bool hasNonAscii() const { return m_nonAscii; }
    qsizetype size() const { return m_words.size(); }
    const Word &operator[](qsizetype i) const { return m_words[i]; }
    // The lower-case token at i, or empty past the end.
    std::string_view at(qsizetype i) const;
    // Token i follows token i - 1 without a space ("msgs" in "12msgs").
    bool glued(qsizetype i) const
    {
        return i > 0 && i < m_words.size() && m_words[i].begin == m_words[i - 1].end;
    }
    // The text of tokens first..last (inclusive), as written.
    QString slice(qsizetype first, qsizetype last) const;

    // Whether the tokens from i on spell `phrase` (tokens separated by
    // single spaces, lower case: "no more messages", "msg & data").
    bool matchesAt(qsizetype i, std::string_view phrase) const;
    // Whether `phrase` occurs anywhere.
    bool contains(std::string_view phrase) const;
    // Whether any of the phrases occurs.
    bool containsAny(std::initializer_list<std::string_view> phrases) const;
    // Whether one of not, no, never, without, n't stands in the `window`
    // tokens before token i, in the same sentence ("not a condition of").
    bool negatedBefore(qsizetype i, int window = 3) const;

private:
    QStringView m_text;
    bool m_nonAscii = false;
    QVarLengthArray<Word, 48> m_words;
};

// The number of tokens of a phrase ("no more messages": 3).
qsizetype phraseLength(std::string_view phrase);

// A set of phrases looked up by their first token (binary search), for the
// long lists (categories, promotional wording, opt-out words).
class PhraseSet
{
public:
    PhraseSet(std::initializer_list<std::string_view> phrases);
    explicit PhraseSet(std::vector<std::string_view> phrases);
    // Index (into the constructor's list) of the first phrase found in the
    // text from token `from` on, or -1; `at` receives the token index where
    // it starts.
    int find(const Words &words, qsizetype from = 0, qsizetype *at = nullptr) const;
    // Index of the longest phrase that starts exactly at token i, or -1.
    int matchAt(const Words &words, qsizetype i) const;
    bool containsIn(const Words &words) const { return find(words) >= 0; }
    std::string_view phrase(int index) const { return m_phrases[std::size_t(index)]; }
    qsizetype size() const { return qsizetype(m_phrases.size()); }

private:
    struct Entry
    {
        std::string_view first;
        int index;
        bool single; // the phrase is this one token
    };
    void index();
    // The entries whose first token is the word: [begin, end).
    std::pair<std::size_t, std::size_t> entriesOf(const Word &word) const;
    struct Group // the entries that share a first token
    {
        std::string_view first;
        quint32 hash;
        int begin;
        int end;
    };
    std::vector<std::string_view> m_phrases;
    std::vector<Entry> m_entries; // sorted by first token
    std::vector<Group> m_groups;
    std::vector<int> m_table; // open addressing by first-token hash: group index, or -1
    quint32 m_mask = 0;
};

// Whether the text holds one of the (Japanese) needles, as a substring:
// Japanese has no spaces between words. False at once for ASCII text.
bool containsRaw(const Words &words, std::initializer_list<std::u16string_view> needles);

// Whole-word, case-insensitive: the keyword (one or more words, as the user
// typed it, e.g. "YES" or "JOIN NOW") occurs in the text.
bool containsKeyword(QStringView text, QStringView keyword);

// The public URL shortener named in the text ("bit.ly"), or empty.
QString urlShortener(const Words &words);
// The guide's sample text left in ("ExampleCorp"), or empty.
QString sampleText(QStringView text);
// The first placeholder written as {{x}}, %s or <x>, or empty.
QString placeholder(QStringView text);

// Is or contains an opt-out or help word (STOP, END, ..., HELP, INFO).
QString reservedKeyword(QStringView keyword);

// Text compared as a reviewer would: trimmed, runs of white space as one.
bool sameIgnoringSpaces(QStringView a, QStringView b);

} // namespace scs::text

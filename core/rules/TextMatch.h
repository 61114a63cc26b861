#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <array>
#include <initializer_list>
#include <string_view>
#include <vector>

// The text matchers the rules share: how a carrier reviewer reads a message
// ("does it name the brand, say how often, disclose rates, tell how to opt
// out?"). Everything here ignores case and works on words, so "STOPPED" is
// not STOP. No regular expressions: these run on every keystroke.
namespace scs::text {

// One token of a text: a run of ASCII letters and digits, a run of other
// letters and digits (e.g. Japanese), or a single punctuation character.
// Spaces separate tokens and are not tokens.
struct Word
{
    qsizetype begin = 0;
    qsizetype end = 0;
    // ASCII lower case of the token when it is ASCII and short enough to be
    // a keyword; empty otherwise.
    std::string_view lower() const { return {m_lower, m_length}; }
    bool isPunct() const { return m_length == 1 && !isAsciiAlnum(m_lower[0]); }
    bool isNumber() const;

    static bool isAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

    char m_lower[24] = {};
    unsigned char m_length = 0;
};

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

    // Whether the tokens from i on spell `phrase` (tokens separated by
    // single spaces, lower case: "no more messages", "msg & data").
    bool matchesAt(qsizetype i, std::string_view phrase) const;
    // Whether `phrase` occurs anywhere.
    bool contains(std::string_view phrase) const;
    // Whether any of the phrases occurs.
    bool containsAny(std::initializer_list<std::string_view> phrases) const;

private:
    QStringView m_text;
    bool m_nonAscii = false;
    QVarLengthArray<Word, 48> m_words;
};

// A set of phrases looked up by their first token (binary search), for the
// long lists (prohibited content, promotional wording, opt-out words).
class PhraseSet
{
public:
    PhraseSet(std::initializer_list<std::string_view> phrases);
    explicit PhraseSet(std::vector<std::string_view> phrases);
    // Index (into the constructor's list) of the first phrase found in the
    // text from token `from` on, or -1; `at` receives the token index where
    // it starts.
    int find(const Words &words, qsizetype from = 0, qsizetype *at = nullptr) const;
    bool containsIn(const Words &words) const { return find(words) >= 0; }
    std::string_view phrase(int index) const { return m_phrases[std::size_t(index)]; }

private:
    struct Entry
    {
        std::string_view first;
        int index;
    };
    void index();
    std::vector<std::string_view> m_phrases;
    std::vector<Entry> m_entries; // sorted by first token
    std::array<int, 128> m_byChar {}; // first entry per first character, or -1
};

// Whole-word, case-insensitive: the keyword (one or more words, as the user
// typed it, e.g. "YES" or "JOIN NOW") occurs in the text.
bool containsKeyword(QStringView text, QStringView keyword);

// The brand of a request: its product name and its company name without the
// legal form, both reduced to lower-case letters and digits.
class Brand
{
public:
    Brand() = default;
    Brand(QStringView companyName, QStringView productName);

    bool isEmpty() const { return m_company.isEmpty() && m_product.isEmpty(); }
    // The text names the brand (ignoring case, punctuation and spacing).
    bool foundIn(QStringView text) const;

    // "northwindparcel" for "Northwind Parcel, Inc.".
    static QString companyKey(QStringView companyName);
    static QString key(QStringView name);

private:
    QString m_company;
    QString m_product;
};

// The elements of a compliant message.
bool hasRatesDisclosure(const Words &words); // "Msg & data rates may apply"
bool hasFrequency(const Words &words); // "4 msgs/week", "Msg frequency varies"
bool hasStopInstruction(const Words &words); // "Reply STOP to cancel"
bool hasHelpInstruction(const Words &words); // "HELP for help"
bool hasTextMessageMention(const Words &words); // "by text message (SMS)"
bool hasTermsOrPrivacy(const Words &words); // "Terms: ...", "Privacy policy"
bool hasConsentWording(const Words &words); // "Reply YES to receive"
bool hasSubscribedWording(const Words &words); // "You are subscribed"
bool hasOptOutConfirmation(const Words &words); // "You are unsubscribed"
// The promotional wording in the text ("sale", "20% off", "free"), or empty.
QString promotionalWording(const Words &words);
bool mentionsPhi(const Words &words); // PHI, Protected Health Information, HIPAA

// Contact information: a phone number (7 to 15 digits), an e-mail address
// or a web address (with a scheme, www., or a host with a usual TLD).
bool hasPhoneNumber(QStringView text);
bool hasEmailAddress(QStringView text);
bool hasWebAddress(const Words &words);
inline bool hasContact(const Words &words)
{
    return hasPhoneNumber(words.text()) || hasEmailAddress(words.text()) || hasWebAddress(words);
}

// The public URL shortener named in the text ("bit.ly"), or empty.
QString urlShortener(const Words &words);
// The refused category (SHAFT and others) the text reads as, as a term of
// context "scs::Terms", or nullptr.
const char *prohibitedCategory(const Words &words);
// The guide's sample text left in ("ExampleCorp"), or empty.
QString sampleText(QStringView text);
// The first placeholder written as {{x}}, %s or <x>, or empty.
QString placeholder(QStringView text);

// Is or contains an opt-out or help word (STOP, END, ..., HELP, INFO).
QString reservedKeyword(QStringView keyword);

// Text compared as a reviewer would: trimmed, runs of white space as one.
bool sameIgnoringSpaces(QStringView a, QStringView b);

} // namespace scs::text

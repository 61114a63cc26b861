#include "TextMatch.h"

#include <QtCore/QtGlobal>

#include <algorithm>
#include <array>
#include <iterator>

using namespace Qt::StringLiterals;

namespace scs::text {

namespace {

constexpr bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
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
    return c >= u'A' && c <= u'Z' ? char(c - u'A' + u'a') : char(c);
}
bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || (c > 0x7f && QChar(c).isSpace());
}
bool isOtherWordChar(char16_t c)
{
    return c > 0x7f && QChar(c).isLetterOrNumber();
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

bool oneOf(std::string_view word, std::initializer_list<std::string_view> list)
{
    for (const std::string_view entry : list) {
        if (same(word, entry))
            return true;
    }
    return false;
}

// The next token of a phrase ("no more messages" -> "no", then "more", ...).
std::string_view nextToken(std::string_view &phrase)
{
    const auto space = phrase.find(' ');
    const std::string_view token = phrase.substr(0, space);
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
    return token;
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
            while (i < n && isAsciiAlnum(data[i]))
                ++i;
            if (i - word.begin <= qsizetype(sizeof word.m_lower)) {
                for (qsizetype k = word.begin; k < i; ++k)
                    word.m_lower[k - word.begin] = lowerAscii(data[k]);
                word.m_length = static_cast<unsigned char>(i - word.begin);
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
        m_entries.push_back({nextToken(rest), int(i)});
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.first < b.first; });
    // Where the entries of each first character start (entries are sorted).
    m_byChar.fill(-1);
    for (std::size_t i = m_entries.size(); i-- > 0;)
        m_byChar[static_cast<unsigned char>(m_entries[i].first.front()) & 0x7f] = int(i);
}

int PhraseSet::find(const Words &words, qsizetype from, qsizetype *at) const
{
    for (qsizetype i = from; i < words.size(); ++i) {
        const std::string_view word = words.at(i);
        if (word.empty())
            continue;
        const int start = m_byChar[static_cast<unsigned char>(word.front()) & 0x7f];
        if (start < 0)
            continue;
        for (std::size_t e = std::size_t(start);
             e < m_entries.size() && m_entries[e].first.front() == word.front(); ++e) {
            if (same(m_entries[e].first, word)
                && words.matchesAt(i, m_phrases[std::size_t(m_entries[e].index)])) {
                if (at)
                    *at = i;
                return m_entries[e].index;
            }
        }
    }
    return -1;
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

// ---- Brand ----

namespace {

void appendFolded(QString &out, QChar c)
{
    if (c.unicode() < 0x80)
        out.append(QChar(char16_t(lowerAscii(c.unicode()))));
    else
        out.append(c.toCaseFolded());
}

QChar folded(QChar c)
{
    return c.unicode() < 0x80 ? QChar(char16_t(lowerAscii(c.unicode()))) : c.toCaseFolded();
}

bool isLegalForm(QStringView token)
{
    static const std::array<QLatin1StringView, 32> forms = {
            "inc"_L1, "incorporated"_L1, "llc"_L1,  "ltd"_L1, "limited"_L1, "corp"_L1, "corporation"_L1,
            "co"_L1,  "company"_L1,      "gmbh"_L1, "kk"_L1,  "plc"_L1,     "ag"_L1,   "sa"_L1,
            "sas"_L1, "sarl"_L1,         "srl"_L1,  "spa"_L1, "bv"_L1,      "nv"_L1,   "llp"_L1,
            "lp"_L1,  "pty"_L1,          "pte"_L1,  "pvt"_L1, "ab"_L1,      "oy"_L1,   "kg"_L1,
            "ug"_L1,  "se"_L1,           "株"_L1,   "lc"_L1};
    for (const QLatin1StringView form : forms) {
        if (token == form)
            return true;
    }
    return token == u"株";
}

constexpr std::array<std::u16string_view, 5> kJapaneseForms = {u"株式会社", u"有限会社", u"合同会社",
                                                               u"合資会社", u"合名会社"};

} // namespace

QString Brand::key(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            appendFolded(out, c);
    }
    return out;
}

QString Brand::companyKey(QStringView companyName)
{
    // Split into words of letters and digits, folded.
    QList<QString> tokens;
    QString current;
    for (const QChar c : companyName) {
        if (c.isLetterOrNumber()) {
            appendFolded(current, c);
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);

    // Japanese legal forms stand before or after the name, without a space.
    for (QString &token : tokens) {
        for (const std::u16string_view form : kJapaneseForms) {
            const QStringView f(form.data(), qsizetype(form.size()));
            if (token.size() > f.size() && token.startsWith(f))
                token.remove(0, f.size());
            else if (token.size() > f.size() && token.endsWith(f))
                token.chop(f.size());
            else if (token == f)
                token.clear();
        }
    }
    tokens.removeIf([](const QString &t) { return t.isEmpty(); });

    // Trailing legal forms, also spelled with dots ("K.K.", "L.L.C.").
    while (tokens.size() > 1) {
        qsizetype singles = 0;
        while (singles < tokens.size() - 1 && tokens[tokens.size() - 1 - singles].size() == 1)
            ++singles;
        if (singles >= 2) {
            QString joined;
            for (qsizetype i = tokens.size() - singles; i < tokens.size(); ++i)
                joined += tokens[i];
            if (isLegalForm(joined)) {
                tokens.resize(tokens.size() - singles);
                continue;
            }
        }
        if (!isLegalForm(tokens.last()))
            break;
        tokens.removeLast();
    }
    QString key = tokens.join(QString());
    return key.isEmpty() ? Brand::key(companyName) : key;
}

Brand::Brand(QStringView companyName, QStringView productName)
    : m_company(companyKey(companyName))
    , m_product(key(productName))
{ }

namespace {

bool foundKey(QStringView text, const QString &key)
{
    if (key.isEmpty())
        return false;
    const QChar first = key.front();
    const bool asciiStart = first.unicode() < 0x80;
    const qsizetype n = text.size();
    for (qsizetype p = 0; p < n; ++p) {
        if (folded(text[p]) != first)
            continue;
        if (asciiStart && p > 0 && isAsciiAlnum(text[p - 1].unicode()))
            continue;
        qsizetype k = 1;
        qsizetype q = p + 1;
        while (k < key.size() && q < n) {
            const QChar c = text[q];
            if (!c.isLetterOrNumber()) {
                ++q;
                continue;
            }
            if (folded(c) != key[k])
                break;
            ++k;
            ++q;
        }
        if (k == key.size())
            return true;
    }
    return false;
}

} // namespace

bool Brand::foundIn(QStringView text) const
{
    return foundKey(text, m_product) || foundKey(text, m_company);
}

// ---- Elements of a message ----

namespace {

bool isNumberWord(std::string_view w)
{
    if (w.empty())
        return false;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    return oneOf(w, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"});
}

bool isMessageUnit(std::string_view w)
{
    return oneOf(w,
                 {"msg", "msgs", "message", "messages", "text", "texts", "txt", "txts", "sms", "alert",
                  "alerts", "notification", "notifications", "reminder", "reminders", "update", "updates",
                  "mms"});
}

bool isPeriod(std::string_view w)
{
    return oneOf(w, {"day",      "days",   "wk",    "week",        "weeks",      "mo",          "mon",
                     "month",    "months", "yr",    "year",        "quarter",    "hour",        "hr",
                     "request",  "order",  "login", "transaction", "purchase",   "appointment", "delivery",
                     "shipment", "visit",  "event", "booking",     "reservation"});
}

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

} // namespace

bool hasRatesDisclosure(const Words &words)
{
    for (qsizetype i = 2; i < words.size(); ++i) {
        if (words.at(i) != "data" || (words.at(i + 1) != "rates" && words.at(i + 1) != "rate"))
            continue;
        if (!oneOf(words.at(i - 1), {"&", "and", "+"}))
            continue;
        if (!oneOf(words.at(i - 2), {"msg", "msgs", "message", "messages", "txt", "text", "sms"}))
            continue;
        if (oneOf(words.at(i + 2), {"may", "apply", "applies", "could", "might", "will"}))
            return true;
    }
    return containsRaw(words, {u"通信料"});
}

bool hasFrequency(const Words &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!isNumberWord(words.at(i)))
            continue;
        qsizetype j = i + 1;
        // A range: "2-4 msgs/week", "2 to 4 msgs".
        if ((words.at(j) == "-" || words.at(j) == "to") && isNumberWord(words.at(j + 1)))
            j += 2;
        // Up to two words before the unit: "5 delivery alerts per week".
        qsizetype unit = -1;
        for (qsizetype k = j; k < j + 3 && k < words.size(); ++k) {
            if (isMessageUnit(words.at(k))) {
                unit = k;
                break;
            }
            if (words[k].isPunct())
                break;
        }
        if (unit < 0)
            continue;
        const std::string_view next = words.at(unit + 1);
        if (oneOf(next, {"daily", "weekly", "monthly", "yearly", "annually"}))
            return true;
        if (oneOf(next, {"/", "per", "a", "an", "each", "every"}) && isPeriod(words.at(unit + 2)))
            return true;
    }
    if (words.containsAny({"frequency varies", "freq varies", "frequency may vary", "frequency will vary",
                           "frequency vary", "freq may vary", "recurring msgs vary"}))
        return true;
    return containsRaw(words, {u"頻度"});
}

bool hasStopInstruction(const Words &words)
{
    static const PhraseSet stop {"stop", "stopall", "unsubscribe", "quit", "optout", "cancel"};
    return stop.containsIn(words) || containsRaw(words, {u"停止"});
}

bool hasHelpInstruction(const Words &words)
{
    static const PhraseSet help {"help", "info"};
    return help.containsIn(words) || containsRaw(words, {u"ヘルプ"});
}

bool hasTextMessageMention(const Words &words)
{
    static const PhraseSet texts {"sms", "text", "texts", "txt", "txts", "mms", "msgs", "msg"};
    return texts.containsIn(words) || containsRaw(words, {u"メッセージ", u"ＳＭＳ"});
}

bool hasTermsOrPrivacy(const Words &words)
{
    static const PhraseSet terms {"terms", "privacy", "t & c", "t & cs", "tos", "conditions"};
    return terms.containsIn(words) || containsRaw(words, {u"規約", u"プライバシー"});
}

bool hasConsentWording(const Words &words)
{
    static const PhraseSet consent {"reply",      "respond",        "text",     "txt",     "consent",
                                    "agree",      "agrees",         "confirm",  "accept",  "subscribe",
                                    "join",       "opt in",         "opt - in", "sign up", "signup",
                                    "to receive", "would you like", "enroll"};
    return consent.containsIn(words) || containsRaw(words, {u"返信", u"同意"});
}

bool hasSubscribedWording(const Words &words)
{
    static const PhraseSet subscribed {"subscribed", "subscriber",  "subscription", "enrolled",  "registered",
                                       "signed up",  "opted in",    "opted - in",   "receiving", "member",
                                       "sign - up",  "signed - up", "joined"};
    return subscribed.containsIn(words) || containsRaw(words, {u"登録", u"購読", u"配信中"});
}

bool hasOptOutConfirmation(const Words &words)
{
    static const PhraseSet confirms {"unsubscribed",    "opted out",   "opted - out",
                                     "no more",         "no further",  "no longer",
                                     "not receive",     "not be sent", "not get",
                                     "won ' t receive", "won ' t get", "won ’ t receive",
                                     "removed",         "cancelled",   "canceled",
                                     "stopped",         "deactivated", "unsubscribe confirmed"};
    return confirms.containsIn(words) || containsRaw(words, {u"停止しました", u"解除"});
}

QString promotionalWording(const Words &words)
{
    static const PhraseSet promo {
            "sale",   "sales event", "% off",   "percent off", "discount",     "discounts",  "offer",
            "offers", "promo",       "promos",  "promotion",   "coupon",       "coupons",    "free",
            "deal",   "deals",       "buy now", "shop now",    "limited time", "promo code", "clearance"};
    qsizetype at = -1;
    for (int index = promo.find(words, 0, &at); index >= 0; index = promo.find(words, at + 1, &at)) {
        // "toll-free" is a phone number, not an offer.
        const bool tollFree = promo.phrase(index) == "free"
                && (words.at(at - 1) == "toll" || (words.at(at - 1) == "-" && words.at(at - 2) == "toll"));
        if (!tollFree) {
            qsizetype last = at;
            for (std::string_view rest = promo.phrase(index); rest.find(' ') != std::string_view::npos;
                 rest = rest.substr(rest.find(' ') + 1))
                ++last;
            qsizetype first = at;
            if (at > 0 && words[at - 1].isNumber() && (words.at(at) == "%" || words.at(at) == "percent"))
                --first; // "20% off"
            return words.text().sliced(words[first].begin, words[last].end - words[first].begin).toString();
        }
    }
    return {};
}

bool mentionsPhi(const Words &words)
{
    return words.containsAny({"phi", "hipaa", "protected health information"})
            || containsRaw(words, {u"保護対象保健情報", u"医療情報"});
}

// ---- Contact information ----

bool hasPhoneNumber(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (!(isAsciiDigit(c) || c == u'+' || c == u'('))
            continue;
        if (i > 0 && isAsciiAlnum(text[i - 1].unicode()))
            continue;
        int digits = 0;
        qsizetype j = i;
        for (; j < n; ++j) {
            const char16_t d = text[j].unicode();
            const char16_t next = j + 1 < n ? text[j + 1].unicode() : u'\0';
            if (isAsciiDigit(d))
                ++digits;
            else if (d == u'+' && j == i)
                continue;
            else if (d == u'-' || d == u'(' || d == u')')
                continue;
            else if ((d == u' ' || d == u'.') && (isAsciiDigit(next) || next == u'('))
                continue;
            else
                break;
        }
        if (digits >= 7 && digits <= 15 && !(j < n && isAsciiLetter(text[j].unicode())))
            return true;
        i = j;
    }
    return false;
}

bool hasEmailAddress(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        qsizetype left = at;
        while (left > 0) {
            const char16_t c = text[left - 1].unicode();
            if (!(isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-'))
                break;
            --left;
        }
        if (left == at)
            continue;
        qsizetype right = at + 1;
        qsizetype lastDot = -1;
        while (right < n) {
            const char16_t c = text[right].unicode();
            if (c == u'.')
                lastDot = right;
            else if (!(isAsciiAlnum(c) || c == u'-'))
                break;
            ++right;
        }
        if (right > 0 && text[right - 1] == u'.') {
            --right;
            lastDot = text.sliced(at + 1, right - at - 1).lastIndexOf(u'.');
            if (lastDot >= 0)
                lastDot += at + 1;
        }
        if (lastDot > at + 1 && right - lastDot - 1 >= 2) {
            bool letters = true;
            for (qsizetype k = lastDot + 1; k < right; ++k)
                letters = letters && isAsciiLetter(text[k].unicode());
            if (letters)
                return true;
        }
    }
    return false;
}

bool hasWebAddress(const Words &words)
{
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        // "http://", "https://", "www."
        if ((words.at(i) == "http" || words.at(i) == "https") && words.matchesAt(i + 1, ": / /"))
            return true;
        if (words.at(i) == "www" && words.at(i + 1) == "." && words[i].end == words[i + 1].begin)
            return true;
    }
    // A bare host: "example.com/help", "northwind.jp".
    for (qsizetype i = 0; i + 2 < words.size(); ++i) {
        if (words.at(i + 1) != "." || words[i].isPunct() || words[i].m_length == 0)
            continue;
        if (words[i].end != words[i + 1].begin || words[i + 1].end != words[i + 2].begin)
            continue;
        if (oneOf(words.at(i + 2),
                  {"com",  "net",   "org",  "io",     "co",      "us",  "jp",  "ca",   "uk",
                   "de",   "fr",    "au",   "info",   "biz",     "app", "dev", "help", "support",
                   "shop", "store", "site", "online", "example", "edu", "gov"}))
            return true;
    }
    return false;
}

// ---- Things that should not be there ----

QString urlShortener(const Words &words)
{
    for (qsizetype i = 0; i + 2 < words.size(); ++i) {
        if (words.at(i + 1) != "." || words[i].end != words[i + 1].begin
            || words[i + 1].end != words[i + 2].begin)
            continue;
        if (i > 0 && words[i - 1].end == words[i].begin && words.at(i - 1) == ".")
            continue; // "www.bit.ly" is fine to catch too, but "a.t.co" is not t.co
        const std::string_view host = words.at(i);
        const std::string_view tld = words.at(i + 2);
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> shorteners = {{
                {"bit", "ly"},
                {"tinyurl", "com"},
                {"goo", "gl"},
                {"t", "co"},
                {"ow", "ly"},
                {"is", "gd"},
                {"buff", "ly"},
                {"rebrand", "ly"},
                {"cutt", "ly"},
                {"shorturl", "at"},
                {"tiny", "cc"},
                {"rb", "gy"},
                {"bl", "ink"},
                {"s", "id"},
                {"v", "gd"},
                {"lnkd", "in"},
        }};
        for (const auto &[h, t] : shorteners) {
            if (host == h && tld == t)
                return words.text().sliced(words[i].begin, words[i + 2].end - words[i].begin).toString();
        }
    }
    return {};
}

const char *prohibitedCategory(const Words &words)
{
    struct Entry
    {
        std::string_view phrase;
        const char *category;
    };
    static const char *const sex = QT_TRANSLATE_NOOP("scs::Terms", "sexual content");
    static const char *const hate = QT_TRANSLATE_NOOP("scs::Terms", "hate speech");
    static const char *const alcohol = QT_TRANSLATE_NOOP("scs::Terms", "alcohol");
    static const char *const firearms = QT_TRANSLATE_NOOP("scs::Terms", "firearms");
    static const char *const tobacco = QT_TRANSLATE_NOOP("scs::Terms", "tobacco or vaping");
    static const char *const cannabis = QT_TRANSLATE_NOOP("scs::Terms", "cannabis or CBD");
    static const char *const gambling = QT_TRANSLATE_NOOP("scs::Terms", "gambling");
    static const char *const payday = QT_TRANSLATE_NOOP("scs::Terms", "payday loans");
    static const char *const debt = QT_TRANSLATE_NOOP("scs::Terms", "debt relief");
    static const char *const crypto = QT_TRANSLATE_NOOP("scs::Terms", "cryptocurrency");
    static const std::vector<Entry> entries = {
            {"sex", sex},
            {"sexy", sex},
            {"porn", sex},
            {"porno", sex},
            {"xxx", sex},
            {"nude", sex},
            {"nudes", sex},
            {"escort", sex},
            {"escorts", sex},
            {"adult content", sex},
            {"hate speech", hate},
            {"racist", hate},
            {"alcohol", alcohol},
            {"beer", alcohol},
            {"wine", alcohol},
            {"wines", alcohol},
            {"liquor", alcohol},
            {"vodka", alcohol},
            {"whiskey", alcohol},
            {"whisky", alcohol},
            {"tequila", alcohol},
            {"firearm", firearms},
            {"firearms", firearms},
            {"gun", firearms},
            {"guns", firearms},
            {"ammo", firearms},
            {"ammunition", firearms},
            {"rifle", firearms},
            {"rifles", firearms},
            {"pistol", firearms},
            {"handgun", firearms},
            {"tobacco", tobacco},
            {"cigarette", tobacco},
            {"cigarettes", tobacco},
            {"cigar", tobacco},
            {"cigars", tobacco},
            {"vape", tobacco},
            {"vapes", tobacco},
            {"vaping", tobacco},
            {"e - cig", tobacco},
            {"ecig", tobacco},
            {"nicotine", tobacco},
            {"cannabis", cannabis},
            {"marijuana", cannabis},
            {"weed", cannabis},
            {"thc", cannabis},
            {"cbd", cannabis},
            {"dispensary", cannabis},
            {"gambling", gambling},
            {"casino", gambling},
            {"casinos", gambling},
            {"betting", gambling},
            {"poker", gambling},
            {"sportsbook", gambling},
            {"jackpot", gambling},
            {"payday loan", payday},
            {"payday loans", payday},
            {"cash advance", payday},
            {"debt relief", debt},
            {"debt consolidation", debt},
            {"debt forgiveness", debt},
            {"debt settlement", debt},
            {"credit repair", debt},
            {"crypto", crypto},
            {"cryptocurrency", crypto},
            {"bitcoin", crypto},
            {"btc", crypto},
            {"ethereum", crypto},
            {"nft", crypto},
            {"nfts", crypto},
    };
    // Built once from the table above (PhraseSet keeps views of the literals).
    static const PhraseSet phrases = [] {
        std::vector<std::string_view> list;
        for (const Entry &e : entries)
            list.push_back(e.phrase);
        return PhraseSet(list);
    }();
    const int index = phrases.find(words);
    return index >= 0 ? entries[std::size_t(index)].category : nullptr;
}

QString sampleText(QStringView text)
{
    static constexpr std::array<QLatin1StringView, 5> samples = {
            "ExampleCorp"_L1, "ProductName"_L1, "example.com"_L1, "(800) 555-0199"_L1, "555-0199"_L1};
    // One pass over the text, comparing only where a sample can start.
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        const char lower = c < 0x80 ? lowerAscii(c) : '\0';
        if (lower != 'e' && lower != 'p' && lower != '(' && lower != '5')
            continue;
        for (const QLatin1StringView sample : samples) {
            if (lowerAscii(char16_t(sample.front().unicode())) == lower
                && text.sliced(i).startsWith(sample, Qt::CaseInsensitive))
                return sample;
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

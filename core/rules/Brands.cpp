#include "Brands.h"

#include "TextChars.h"

#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace scs::text {

using namespace chars;

namespace {

void appendFolded(QString &out, QChar c)
{
    out.append(folded(c));
}

// Legal forms and corporate words that do not name the brand: stripped from
// the end of a name (also written with dots: "N.A.", "K.K.", "L.L.C.").
bool isLegalForm(QStringView token)
{
    static const std::array<QLatin1StringView, 44> forms = {
            "inc"_L1,      "incorporated"_L1, "llc"_L1,   "ltd"_L1, "limited"_L1, "corp"_L1, "corporation"_L1,
            "co"_L1,       "company"_L1,      "gmbh"_L1,  "kk"_L1,  "plc"_L1,     "ag"_L1,   "sa"_L1,
            "sas"_L1,      "sarl"_L1,         "srl"_L1,   "spa"_L1, "bv"_L1,      "nv"_L1,   "llp"_L1,
            "lp"_L1,       "pty"_L1,          "pte"_L1,   "pvt"_L1, "ab"_L1,      "oy"_L1,   "kg"_L1,
            "ug"_L1,       "se"_L1,           "lc"_L1,    "na"_L1,  "pllc"_L1,    "pc"_L1,   "pbc"_L1,
            "holdings"_L1, "holding"_L1,      "group"_L1, "pa"_L1,  "dba"_L1,     "lllp"_L1, "sl"_L1,
            "cic"_L1,      "ltda"_L1};
    for (const QLatin1StringView form : forms) {
        if (token == form)
            return true;
    }
    return token == u"株";
}

// Words that do not tell one brand from another on their own: a leading
// part of a name made only of these ("First National", "American") does not
// name the brand.
bool isGeneric(QStringView token)
{
    static const QSet<QString> generic = {
            u"bank"_s,          u"banks"_s,      u"banking"_s,    u"first"_s,        u"national"_s,
            u"american"_s,      u"america"_s,    u"united"_s,     u"general"_s,      u"global"_s,
            u"international"_s, u"city"_s,       u"home"_s,       u"new"_s,          u"best"_s,
            u"great"_s,         u"big"_s,        u"smart"_s,      u"my"_s,           u"our"_s,
            u"your"_s,          u"alerts"_s,     u"alert"_s,      u"service"_s,      u"services"_s,
            u"health"_s,        u"healthcare"_s, u"care"_s,       u"credit"_s,       u"union"_s,
            u"federal"_s,       u"financial"_s,  u"finance"_s,    u"insurance"_s,    u"group"_s,
            u"energy"_s,        u"auto"_s,       u"pharmacy"_s,   u"medical"_s,      u"dental"_s,
            u"clinic"_s,        u"store"_s,      u"stores"_s,     u"shop"_s,         u"market"_s,
            u"mobile"_s,        u"text"_s,       u"sms"_s,        u"news"_s,         u"info"_s,
            u"online"_s,        u"digital"_s,    u"community"_s,  u"county"_s,       u"state"_s,
            u"savings"_s,       u"trust"_s,      u"capital"_s,    u"mutual"_s,       u"life"_s,
            u"security"_s,      u"central"_s,    u"north"_s,      u"south"_s,        u"east"_s,
            u"west"_s,          u"northern"_s,   u"southern"_s,   u"western"_s,      u"eastern"_s,
            u"pacific"_s,       u"atlantic"_s,   u"express"_s,    u"direct"_s,       u"plus"_s,
            u"pro"_s,           u"premier"_s,    u"prime"_s,      u"one"_s,          u"us"_s,
            u"usa"_s,           u"systems"_s,    u"solutions"_s,  u"technologies"_s, u"tech"_s,
            u"labs"_s,          u"media"_s,      u"network"_s,    u"partners"_s,     u"associates"_s,
            u"foods"_s,         u"food"_s,       u"restaurant"_s, u"restaurants"_s,  u"cafe"_s,
            u"coffee"_s,        u"pizza"_s,      u"travel"_s,     u"airlines"_s,     u"air"_s,
            u"hotel"_s,         u"hotels"_s,     u"realty"_s,     u"properties"_s,   u"motors"_s,
            u"logistics"_s,     u"delivery"_s,   u"shipping"_s,   u"school"_s,       u"university"_s,
            u"college"_s,       u"church"_s,     u"hospital"_s,   u"center"_s,       u"centre"_s,
            u"fitness"_s,       u"gym"_s,        u"salon"_s,      u"beauty"_s,       u"fashion"_s,
            u"pet"_s,           u"pets"_s,       u"charity"_s,    u"foundation"_s,   u"fund"_s,
            u"rewards"_s,       u"deals"_s,      u"promos"_s,     u"offers"_s,       u"club"_s,
            u"team"_s,          u"sports"_s,     u"games"_s,      u"gaming"_s,       u"daily"_s,
            u"weekly"_s,        u"green"_s,      u"blue"_s,       u"red"_s,          u"golden"_s,
            u"royal"_s,         u"metro"_s,      u"urban"_s,      u"valley"_s,       u"river"_s,
            u"lake"_s,          u"mountain"_s,   u"park"_s,       u"county"_s,       u"regional"_s,
            u"local"_s,         u"family"_s,     u"kids"_s,       u"world"_s};
    return generic.contains(token.toString());
}

bool isStopWord(QStringView token)
{
    return token == u"of" || token == u"and" || token == u"the" || token == u"for" || token == u"de"
            || token == u"la" || token == u"at" || token == u"on" || token == u"by";
}

constexpr std::array<std::u16string_view, 5> kJapaneseForms = {u"株式会社", u"有限会社", u"合同会社",
                                                               u"合資会社", u"合名会社"};

// The words of a name, folded, without its legal form and a leading "The".
QStringList nameTokens(QStringView name)
{
    QStringList tokens;
    QString current;
    for (const QChar c : name) {
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

    if (tokens.size() > 1 && tokens.front() == u"the")
        tokens.removeFirst();
    // Trailing legal forms, also spelled with dots ("K.K.", "L.L.C.", "N.A.").
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
    return tokens;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// A word boundary between two characters: not both letters or digits, or a
// lower-case letter followed by a capital ("NorthwindParcel").
bool boundary(QChar a, QChar b)
{
    if (!isWordChar(a) || !isWordChar(b))
        return true;
    if (a.unicode() > 0x7f || b.unicode() > 0x7f)
        return false;
    return isAsciiLower(a.unicode()) && isAsciiUpper(b.unicode());
}

} // namespace

QString Brands::key(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            appendFolded(out, c);
    }
    return out;
}

QString Brands::companyKey(QStringView companyName)
{
    const QString joined = nameTokens(companyName).join(QString());
    return joined.isEmpty() ? key(companyName) : joined;
}

QStringList Brands::keysOf(QStringView name)
{
    QStringList keys;
    const QStringList tokens = nameTokens(name);
    const QString whole = tokens.isEmpty() ? key(name) : tokens.join(QString());
    if (whole.isEmpty())
        return keys;
    keys.append(whole);
    // Distinctive leading words: "Woodgrove Bank", "Woodgrove".
    bool distinctive = false;
    QString prefix;
    for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
        const QString &token = tokens[k];
        prefix += token;
        const bool nonAscii = token.front().unicode() > 0x7f;
        distinctive = distinctive || (nonAscii ? token.size() >= 2 : token.size() >= 3 && !isGeneric(token));
        if (distinctive && !isStopWord(token) && prefix.size() >= 3)
            keys.append(prefix);
    }
    return keys;
}

QList<QStringView> Brands::splitTradeName(QStringView name)
{
    // "Contoso Holdings LLC d/b/a Fabrikam Coffee": two names, the legal one
    // and the one the business trades under.
    static const std::array<QLatin1StringView, 6> markers = {
            " d/b/a "_L1, " dba "_L1, " doing business as "_L1, " trading as "_L1, " t/a "_L1, " aka "_L1};
    // Lower-cased once (ASCII only, so positions stay): a case-sensitive
    // search is many times faster than Qt's case-insensitive one.
    QString lower = name.toString();
    for (QChar &c : lower) {
        if (isAsciiUpper(c.unicode()))
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    for (const QLatin1StringView marker : markers) {
        const qsizetype at = lower.indexOf(marker);
        if (at > 0) {
            QStringView legal = name.first(at).trimmed();
            if (legal.endsWith(u','))
                legal.chop(1);
            return {legal, name.sliced(at + marker.size()).trimmed()};
        }
    }
    return {name};
}

Brands::Brands(QStringView brandName, QStringView productName, QStringView companyName)
{
    for (const QStringView field : {brandName, productName, companyName}) {
        for (const QStringView name : splitTradeName(field)) {
            if (m_display.isEmpty() && !name.trimmed().isEmpty())
                m_display = name.trimmed().toString();
            for (const QString &k : keysOf(name)) {
                if (std::find(m_keys.begin(), m_keys.end(), k) == m_keys.end())
                    m_keys.push_back(k);
            }
        }
    }
    std::stable_sort(m_keys.begin(), m_keys.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &k : m_keys) {
        if (!m_firstChars.contains(k.front()))
            m_firstChars.append(k.front());
    }
}

namespace {

// The length of the text matched by `key` from position p (spacing and
// punctuation inside a name ignored, but not a line or sentence break), or
// 0 when it does not match.
qsizetype matchLength(QStringView text, qsizetype p, const QString &key)
{
    const qsizetype n = text.size();
    qsizetype k = 1;
    qsizetype q = p + 1;
    while (k < key.size() && q < n) {
        const QChar c = text[q];
        if (!c.isLetterOrNumber()) {
            if (c == u'\n' || ((c == u'.' || c == u'!' || c == u'?') && q + 1 < n && text[q + 1].isSpace()))
                return 0;
            ++q;
            continue;
        }
        if (folded(c) != key[k])
            return 0;
        ++k;
        ++q;
    }
    return k == key.size() ? q - p : 0;
}

// The run of non-space characters around the span could be an address.
bool mayBeAddress(QStringView text, Span span)
{
    qsizetype begin = span.begin;
    while (begin > 0 && !text[begin - 1].isSpace())
        --begin;
    qsizetype end = span.end;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text[i];
        if (c == u'@' || c == u'/' || (c == u'.' && i + 1 < end && text[i + 1].isLetterOrNumber()))
            return true;
    }
    return false;
}

} // namespace

bool Brands::scan(const Words &words, QList<Span> *spans) const
{
    const QStringView text = words.text();
    const qsizetype n = text.size();
    // Web and e-mail addresses, found only once a name matches in a run of
    // text that could be one.
    bool addressesKnown = false;
    QList<Span> addresses;
    const auto insideAddress = [&](Span match) {
        if (!mayBeAddress(text, match))
            return false;
        if (!addressesKnown) {
            for (const WebAddress &web : findWebAddresses(words))
                addresses.append(web.span);
            if (text.contains(u'@')) {
                for (const EmailAddress &email : findEmailAddresses(text))
                    addresses.append(email.span);
            }
            addressesKnown = true;
        }
        for (const Span &a : addresses) {
            if (match.begin < a.end && a.begin < match.end)
                return true;
        }
        return false;
    };
    bool found = false;
    for (qsizetype p = 0; p < n; ++p) {
        const QChar c = folded(text[p]);
        if (!m_firstChars.contains(c))
            continue;
        const bool ascii = c.unicode() < 0x80;
        if (ascii && p > 0 && !boundary(text[p - 1], text[p]))
            continue;
        // The longest name that matches here (keys are longest first).
        for (const QString &key : m_keys) {
            if (key.front() != c)
                continue;
            const qsizetype length = matchLength(text, p, key);
            if (length == 0)
                continue;
            const qsizetype q = p + length;
            if (ascii && q < n && !boundary(text[q - 1], text[q]))
                continue;
            const Span match {p, q};
            if (insideAddress(match))
                continue;
            if (!spans)
                return true;
            spans->append(match);
            found = true;
            p = q - 1;
            break;
        }
    }
    return found;
}

bool Brands::foundIn(const Words &words) const
{
    return !m_keys.empty() && scan(words, nullptr);
}

bool Brands::inAddress(QStringView address) const
{
    const QString letters = key(address);
    for (const QString &k : m_keys) {
        if (k.size() >= 4 && letters.contains(k))
            return true;
    }
    return false;
}

QList<Span> Brands::spansIn(const Words &words) const
{
    QList<Span> spans;
    if (!m_keys.empty())
        scan(words, &spans);
    return spans;
}

} // namespace scs::text

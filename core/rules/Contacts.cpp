#include "Contacts.h"

#include "TextChars.h"

using namespace Qt::StringLiterals;

namespace scs::text {

using namespace chars;

namespace {

// "+1 888 555 0172" -> "8885550172": a North American number without its
// country code, so that numbers written with and without it compare equal.
QString national(QString digits)
{
    if (digits.size() == 11 && digits.startsWith(u'1'))
        digits.remove(0, 1);
    return digits;
}

bool isTrailingPunctuation(QChar c)
{
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u')'
            || c == u'"' || c == u'\'' || c == u']' || c == u'>' || c.unicode() == 0x2019
            || c.unicode() == 0x201D || c.unicode() == 0x3002 || c.unicode() == 0x3001;
}

bool isUsualTld(std::string_view tld)
{
    return oneOf(tld, {"com",  "net",   "org",  "io",     "co",      "us",  "jp",  "ca",   "uk",
                       "de",   "fr",    "au",   "info",   "biz",     "app", "dev", "help", "support",
                       "shop", "store", "site", "online", "example", "edu", "gov", "bank", "health",
                       "ai",   "tv",    "news", "mx",     "nz",      "ie"});
}

// The run of non-space characters from `begin`, without trailing punctuation.
Span addressRun(QStringView text, qsizetype begin)
{
    qsizetype end = begin;
    while (end < text.size() && !isSpace(text[end].unicode()) && !(text[end].unicode() > 0x2E7F))
        ++end;
    while (end > begin && isTrailingPunctuation(text[end - 1]))
        --end;
    return {begin, end};
}

QString hostOfRun(QStringView run)
{
    if (const qsizetype scheme = run.indexOf(u"://"); scheme >= 0)
        run = run.sliced(scheme + 3);
    qsizetype end = 0;
    while (end < run.size() && run[end] != u'/' && run[end] != u':' && run[end] != u'?' && run[end] != u'#')
        ++end;
    QString host = run.first(end).toString().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

} // namespace

namespace {

// Calls found(begin, end) for each phone number (7 to 15 digits) until it
// returns false.
template<typename Found> void scanPhoneNumbers(QStringView text, Found found)
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
        qsizetype lastDigit = i;
        for (; j < n; ++j) {
            const char16_t d = text[j].unicode();
            const char16_t next = j + 1 < n ? text[j + 1].unicode() : u'\0';
            if (isAsciiDigit(d)) {
                ++digits;
                lastDigit = j;
            } else if (d == u'+' && j == i) {
                continue;
            } else if (d == u'-' || d == u'(' || d == u')') {
                continue;
            } else if ((d == u' ' || d == u'.') && (isAsciiDigit(next) || next == u'(')) {
                continue;
            } else {
                break;
            }
        }
        if (digits >= 7 && digits <= 15 && !(j < n && isAsciiLetter(text[j].unicode()))) {
            if (!found(i, lastDigit + 1))
                return;
        }
        i = j;
    }
}

} // namespace

QList<PhoneNumber> findPhoneNumbers(QStringView text)
{
    QList<PhoneNumber> found;
    scanPhoneNumbers(text, [&](qsizetype begin, qsizetype end) {
        QString digits;
        for (qsizetype k = begin; k < end; ++k) {
            if (isAsciiDigit(text[k].unicode()))
                digits.append(text[k]);
        }
        found.append({{begin, end}, national(digits)});
        return true;
    });
    return found;
}

QList<EmailAddress> findEmailAddresses(QStringView text)
{
    QList<EmailAddress> found;
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
                found.append({{left, right},
                              text.sliced(left, right - left).toString().toLower(),
                              text.sliced(at + 1, right - at - 1).toString().toLower()});
        }
    }
    return found;
}

QList<WebAddress> findWebAddresses(const Words &words)
{
    QList<WebAddress> found;
    const QStringView text = words.text();
    qsizetype coveredTo = 0; // text before this is inside an address already found
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i].begin < coveredTo)
            continue;
        qsizetype start = -1;
        // "http://", "https://", "www."
        if ((words.at(i) == "http" || words.at(i) == "https") && words.matchesAt(i + 1, ": / /"))
            start = words[i].begin;
        else if (words.at(i) == "www" && words.at(i + 1) == "." && words.glued(i + 1))
            start = words[i].begin;
        // A bare host: "example.com/help", "northwind.co.jp".
        else if (words.at(i + 1) == "." && !words[i].isPunct() && words[i].m_length > 0 && words.glued(i + 1)
                 && words.glued(i + 2) && isUsualTld(words.at(i + 2))) {
            // Back over the labels before: "mail.northwind.com".
            qsizetype first = i;
            while (first > 0 && words.glued(first)
                   && (words.at(first - 1) == "." || words.at(first - 1) == "-"
                       || (!words[first - 1].isPunct() && words[first - 1].m_length > 0)))
                --first;
            start = words[first].begin;
        }
        if (start < 0)
            continue;
        // "@" before a host: an e-mail address, not a web address.
        if (start > 0 && text[start - 1] == u'@')
            continue;
        const Span span = addressRun(text, start);
        if (text.sliced(span.begin, span.end - span.begin).contains(u'@'))
            continue;
        const QString host = hostOfRun(text.sliced(span.begin, span.end - span.begin));
        if (!host.contains(u'.'))
            continue;
        found.append({span, host});
        coveredTo = span.end;
    }
    return found;
}

bool hasPhoneNumber(QStringView text)
{
    bool any = false;
    scanPhoneNumbers(text, [&](qsizetype, qsizetype) {
        any = true;
        return false;
    });
    return any;
}

bool hasEmailAddress(QStringView text)
{
    return text.contains(u'@') && !findEmailAddresses(text).isEmpty();
}

bool hasWebAddress(const Words &words)
{
    return !findWebAddresses(words).isEmpty();
}

QString phoneDigits(QStringView phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() && c.unicode() < 0x80)
            digits.append(c);
    }
    return digits.size() >= 7 ? national(digits) : QString();
}

QString hostOf(QStringView url)
{
    url = url.trimmed();
    if (url.indexOf(u"://") < 0)
        return {};
    return hostOfRun(url);
}

QString registrableDomain(QStringView host)
{
    const QList<QStringView> labels = host.split(u'.', Qt::SkipEmptyParts);
    qsizetype keep = 2;
    if (labels.size() >= 3 && labels.last().size() == 2) {
        static const QStringList secondLevel = {u"co"_s, u"com"_s, u"ne"_s,  u"or"_s,  u"ac"_s,
                                                u"go"_s, u"org"_s, u"net"_s, u"gov"_s, u"edu"_s};
        if (secondLevel.contains(labels[labels.size() - 2].toString().toLower()))
            keep = 3;
    }
    QStringList parts;
    for (qsizetype i = std::max<qsizetype>(0, labels.size() - keep); i < labels.size(); ++i)
        parts.append(labels[i].toString().toLower());
    return parts.join(u'.');
}

} // namespace scs::text

#include "Frequency.h"

#include "TextChars.h"

#include <algorithm>
#include <cmath>

namespace scs::text {

using namespace chars;

namespace {

// A count: digits, or a number word.
int numberAt(const Words &words, qsizetype i)
{
    const std::string_view w = words.at(i);
    if (w.empty())
        return -1;
    if (words[i].isNumber()) {
        if (w.size() > 6)
            return -1;
        int n = 0;
        for (const char c : w)
            n = n * 10 + (c - '0');
        return n;
    }
    static constexpr std::array<std::string_view, 13> names = {"zero", "one",    "two",   "three", "four",
                                                               "five", "six",    "seven", "eight", "nine",
                                                               "ten",  "eleven", "twelve"};
    for (std::size_t n = 0; n < names.size(); ++n) {
        if (same(w, names[n]))
            return int(n);
    }
    return -1;
}

bool isMessageUnit(std::string_view w)
{
    return oneOf(w, {"msg",       "msgs",          "message",       "messages", "text",
                     "texts",     "txt",           "txts",          "sms",      "alert",
                     "alerts",    "notification",  "notifications", "reminder", "reminders",
                     "update",    "updates",       "mms",           "tips",     "tip",
                     "messaging", "notifications", "offers",        "deals",    "x"});
}

std::optional<Frequency::Period> periodOf(std::string_view w)
{
    using P = Frequency::Period;
    if (oneOf(w, {"hour", "hr", "hours"}))
        return P::Hour;
    if (oneOf(w, {"day", "days", "d", "daily"}))
        return P::Day;
    if (oneOf(w, {"wk", "week", "weeks", "wks", "weekly"}))
        return P::Week;
    if (oneOf(w, {"mo", "mon", "month", "months", "mth", "monthly"}))
        return P::Month;
    if (oneOf(w, {"yr", "year", "years", "yearly", "annually", "annual"}))
        return P::Year;
    if (oneOf(w, {"request",     "order",        "orders",   "login",        "transaction", "purchase",
                  "appointment", "delivery",     "shipment", "visit",        "event",       "booking",
                  "reservation", "signin",       "sign",     "verification", "code",        "attempt",
                  "transfer",    "payment",      "trip",     "ride",         "flight",      "stay",
                  "claim",       "prescription", "refill",   "package",      "session",     "change",
                  "activity",    "alert"}))
        return P::Event;
    return std::nullopt;
}

// After a unit: "daily", "/ week", "per month", "a week", "each order", "per calendar month".
std::optional<Frequency::Period> periodAfter(const Words &words, qsizetype k, qsizetype *last)
{
    const std::string_view w = words.at(k);
    if (oneOf(w, {"daily", "weekly", "monthly", "yearly", "annually"})) {
        *last = k;
        return periodOf(w);
    }
    if (oneOf(w, {"/", "per", "a", "an", "each", "every", "for"})) {
        qsizetype p = k + 1;
        if (oneOf(words.at(p), {"calendar", "one", "1", "your", "each", "every", "a", "business"}))
            ++p;
        if (auto period = periodOf(words.at(p))) {
            *last = p;
            return period;
        }
    }
    if (w == "in" && oneOf(words.at(k + 1), {"a", "one", "1"})) {
        if (auto period = periodOf(words.at(k + 2))) {
            *last = k + 2;
            return period;
        }
    }
    return std::nullopt;
}

double perMonth(const Frequency &f)
{
    const double n = std::max(f.low, f.high);
    switch (f.period) {
    case Frequency::Period::Hour:
        return n * 24 * 30;
    case Frequency::Period::Day:
        return n * 30;
    case Frequency::Period::Week:
        return n * 30.0 / 7.0;
    case Frequency::Period::Month:
        return n;
    case Frequency::Period::Year:
        return n / 12.0;
    case Frequency::Period::Event:
        break;
    }
    return -1;
}

} // namespace

bool Frequency::contradicts(const Frequency &other) const
{
    if (kind != Kind::Count || other.kind != Kind::Count)
        return false;
    if (period == Period::Event || other.period == Period::Event)
        return false;
    const double a = perMonth(*this);
    const double b = perMonth(other);
    if (a <= 0 || b <= 0)
        return a != b;
    return std::max(a, b) / std::min(a, b) > 1.3;
}

bool Frequency::exceeds(const Frequency &other) const
{
    if (kind != Kind::Count || other.kind != Kind::Count || period == Period::Event
        || other.period == Period::Event)
        return false;
    return perMonth(*this) > perMonth(other);
}

Frequency findFrequency(const Words &words)
{
    Frequency found;
    const auto statement = [&](qsizetype first, qsizetype last) {
        // "Up to 5 msgs/week": keep "up to" with the number.
        if (first >= 2 && words.at(first - 2) == "up" && words.at(first - 1) == "to")
            first -= 2;
        return words.slice(first, last);
    };
    // The words a statement can start with, looked up once per token.
    static const PhraseSet starts {"once",  "twice", "daily",    "weekly", "monthly", "frequency",
                                   "freq",  "msgs",  "messages", "number", "one",     "two",
                                   "three", "four",  "five",     "six",    "seven",   "eight",
                                   "nine",  "ten",   "eleven",   "twelve", "zero"};
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!words[i].isNumber() && starts.matchAt(words, i) < 0)
            continue;
        const std::string_view w = words.at(i);
        // "once a week", "twice a month", "once per order".
        if (w == "once" || w == "twice") {
            qsizetype last = -1;
            if (auto period = periodAfter(words, i + 1, &last)) {
                found = {Frequency::Kind::Count, *period, w == "once" ? 1 : 2, w == "once" ? 1 : 2,
                         words.slice(i, last)};
                return found;
            }
        }
        // "daily alerts", "weekly tips".
        if (oneOf(w, {"daily", "weekly", "monthly"}) && isMessageUnit(words.at(i + 1))) {
            found = {Frequency::Kind::Count, *periodOf(w), 1, 1, words.slice(i, i + 1)};
            return found;
        }
        // "Msg frequency varies", "frequency depends on your deliveries",
        // "Msg freq: 4/mo".
        if (oneOf(w, {"frequency", "freq", "msgs", "messages", "number"})) {
            for (qsizetype k = i + 1; k < i + 5 && k < words.size(); ++k) {
                const std::string_view v = words.at(k);
                if (oneOf(v,
                          {"varies", "vary", "varied", "variable", "depends", "depend", "dependent",
                           "based"})) {
                    if (w == "number" || w == "msgs" || w == "messages") {
                        if (!(oneOf(v, {"varies", "vary", "depends"})))
                            break;
                    }
                    found = {Frequency::Kind::Varies, Frequency::Period::Month, 0, 0, words.slice(i, k)};
                    return found;
                }
                // "Msg frequency: weekly".
                if ((w == "frequency" || w == "freq") && oneOf(v, {"daily", "weekly", "monthly"})) {
                    found = {Frequency::Kind::Count, *periodOf(v), 1, 1, words.slice(i, k)};
                    return found;
                }
                if ((w == "frequency" || w == "freq") && numberAt(words, k) >= 0) {
                    qsizetype last = -1;
                    if (auto period = periodAfter(words, k + 1, &last)) {
                        const int n = numberAt(words, k);
                        found = {Frequency::Kind::Count, *period, n, n, words.slice(i, last)};
                        return found;
                    }
                }
                if (oneOf(v, {".", "!", "?"}))
                    break;
            }
        }
        const int first = numberAt(words, i);
        if (first < 0)
            continue;
        int low = first;
        int high = first;
        qsizetype j = i + 1;
        // A range: "2-4 msgs/week", "2 to 4 msgs".
        if ((words.at(j) == "-" || words.at(j) == "to") && numberAt(words, j + 1) >= 0) {
            high = numberAt(words, j + 1);
            j += 2;
        }
        // Up to three words before the unit: "5 recurring automated msgs/wk".
        qsizetype unit = -1;
        for (qsizetype k = j; k < j + 4 && k < words.size(); ++k) {
            if (isMessageUnit(words.at(k)) && !(words.at(k) == "x" && !words.glued(k))) {
                unit = k;
                break;
            }
            if (words[k].isPunct())
                break;
        }
        if (unit < 0) {
            // The unit written before the count: "Recurring msgs, up to 4/mo",
            // "Texts: 2 per week".
            if (words.at(j) != "/" && words.at(j) != "per")
                continue;
            qsizetype last = -1;
            const auto period = periodAfter(words, j, &last);
            if (!period || *period == Frequency::Period::Event)
                continue;
            for (qsizetype k = i - 1; k >= 0 && k >= i - 6; --k) {
                if (oneOf(words.at(k), {".", "!", "?"}))
                    break;
                if (isMessageUnit(words.at(k)) && words.at(k) != "x") {
                    found = {Frequency::Kind::Count, *period, low, high, statement(i, last)};
                    return found;
                }
            }
            continue;
        }
        qsizetype last = -1;
        if (auto period = periodAfter(words, unit + 1, &last)) {
            found = {Frequency::Kind::Count, *period, low, high, statement(i, last)};
            return found;
        }
    }
    if (containsRaw(words, {u"頻度"}))
        found = {Frequency::Kind::Varies, Frequency::Period::Month, 0, 0, {}};
    return found;
}

} // namespace scs::text

#pragma once

#include "TextMatch.h"

#include <QString>

// How often a message says messages come: "Up to 5 msgs/week", "12Msgs/Month",
// "1 message per order", "Msg frequency varies", "frequency depends on your
// deliveries". Read as a statement that can be compared with the others of
// the request.
namespace scs::text {

struct Frequency
{
    enum class Kind : unsigned char {
        None, // no statement
        Varies, // "frequency varies", "depends on ..."
        Count, // a number of messages per period or per event
    };
    enum class Period : unsigned char {
        Hour,
        Day,
        Week,
        Month,
        Year,
        Event, // per order, per request, per login ...
    };

    Kind kind = Kind::None;
    Period period = Period::Month;
    int low = 0;
    int high = 0;
    QString written; // the statement as written, e.g. "Up to 5 msgs/week"

    bool isStated() const { return kind != Kind::None; }
    // Counts per time period that cannot both be true of one program ("4
    // msgs/week" and "2 msgs/month"); "varies" and per-event counts agree
    // with anything.
    bool contradicts(const Frequency &other) const;
    // More messages per month than `other` states (counts per time period).
    bool exceeds(const Frequency &other) const;
};

Frequency findFrequency(const Words &words);
inline bool hasFrequency(const Words &words)
{
    return findFrequency(words).isStated();
}

} // namespace scs::text

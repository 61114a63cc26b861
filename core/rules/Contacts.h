#pragma once

#include "TextMatch.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Contact information in text: phone numbers, e-mail addresses and web
// addresses, found with where they stand (a brand inside an address does not
// count as naming the brand) and in a form that compares across fields.
namespace scs::text {

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool contains(qsizetype position) const { return position >= begin && position < end; }
};

struct PhoneNumber
{
    Span span;
    QString digits; // national digits: "+1 888-555-0172" and "(888) 555-0172" give "8885550172"
};

struct EmailAddress
{
    Span span;
    QString address; // lower case
    QString domain; // lower case
};

struct WebAddress
{
    Span span;
    QString host; // lower case, "www." kept
};

QList<PhoneNumber> findPhoneNumbers(QStringView text);
QList<EmailAddress> findEmailAddresses(QStringView text);
// With a scheme, "www.", or a bare host with a usual top-level domain
// ("northwind.com/help").
QList<WebAddress> findWebAddresses(const Words &words);

// A phone number (7 to 15 digits), an e-mail address or a web address.
bool hasPhoneNumber(QStringView text);
bool hasEmailAddress(QStringView text);
bool hasWebAddress(const Words &words);
inline bool hasContact(const Words &words)
{
    return hasPhoneNumber(words.text()) || hasEmailAddress(words.text()) || hasWebAddress(words);
}

// The national digits of a phone number as typed in a phone field, or empty.
QString phoneDigits(QStringView phone);
// The host of an absolute URL ("www.northwind.com"), lower case, or empty.
QString hostOf(QStringView url);
// The registrable part of a host: "northwind.com" of "www.northwind.com",
// "northwind.co.jp" of "mail.northwind.co.jp".
QString registrableDomain(QStringView host);

} // namespace scs::text

#pragma once

#include "Contacts.h"
#include "TextMatch.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// The brand names of a request as a reviewer reads them: the brand (DBA),
// the product name and the company name, each without its legal form
// ("Fabrikam Financial Holdings, Inc." is "Fabrikam Financial"), and the
// distinctive leading words of each ("Woodgrove Bank Alerts" is also named by
// "Woodgrove Bank" and by "Woodgrove"). A name matches ignoring case,
// punctuation and spacing, on word boundaries, and never inside a web or
// e-mail address: "northwindparcel.com/help" does not name Northwind Parcel.
namespace scs::text {

class Brands
{
public:
    Brands() = default;
    Brands(QStringView brandName, QStringView productName, QStringView companyName);

    bool isEmpty() const { return m_keys.empty(); }
    // The name to suggest in advice: the brand, else the product, else the
    // company name, as typed.
    const QString &displayName() const { return m_display; }

    bool foundIn(const Words &words) const;
    bool foundIn(QStringView text) const { return foundIn(Words(text)); }
    // Where the names stand in the text (promotional wording inside a brand
    // name, "Evan's Surfboards Promos", is no offer).
    QList<Span> spansIn(const Words &words) const;

    // A brand name stands inside the address (a host or e-mail domain),
    // where words run together: "contososhop.com" for Contoso.
    bool inAddress(QStringView address) const;

    // Lower-case letters and digits: "northwindparcel" for "Northwind-Parcel".
    static QString key(QStringView name);
    // The key without the legal form and a leading "The".
    static QString companyKey(QStringView companyName);
    // Every key a name is matched by: the whole name, then its distinctive
    // leading words.
    static QStringList keysOf(QStringView name);
    // A company name with a trade name ("... d/b/a Fabrikam Coffee") as its
    // two names; any other name alone.
    static QList<QStringView> splitTradeName(QStringView name);

private:
    bool scan(const Words &words, QList<Span> *spans) const;

    std::vector<QString> m_keys; // longest first, no duplicates
    QString m_firstChars; // the first character of each key, once
    QString m_display;
};

} // namespace scs::text

#pragma once

#include <QList>
#include <QString>

namespace scs::countries {

struct Country
{
    QString code; // ISO 3166-1 alpha-2, upper case
    QString name; // in the language asked for
};

// The language names are given in: the default QLocale's ("ja", "en"),
// which LanguageManager sets to the language of the interface.
QString currentLanguage();

// Every country with an ISO 3166-1 alpha-2 code that Qt knows, named in the
// language (English, Qt's names, when there is no catalog for it), sorted
// for that language.
const QList<Country> &all(const QString &language = currentLanguage());

// The name of a country; empty for a code that is no country.
QString name(const QString &code, const QString &language = currentLanguage());

// "Japan (JP)", "日本 (JP)"; the code itself when it is no country.
QString displayName(const QString &code, const QString &language = currentLanguage());
QString displayName(const Country &country);

// The code for what someone typed or picked: "Japan (JP)" (a display name),
// "jp", or a whole name in the language or in English ("japan", "日本");
// an empty string when it is no country.
QString codeFor(const QString &text, const QString &language = currentLanguage());

// Where the names in other languages come from: the iso-codes package's
// translations of ISO 3166-1 (found in the XDG data directories, e.g.
// /usr/share/locale/ja/LC_MESSAGES/iso_3166-1.mo) and its English names
// (/usr/share/iso-codes/json/iso_3166-1.json). Whether they were found for
// the language.
bool hasTranslatedNames(const QString &language);

} // namespace scs::countries

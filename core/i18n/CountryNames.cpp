#include "CountryNames.h"

#include "MoCatalog.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QStandardPaths>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace scs::countries {

namespace {

// Qt's English names, by code.
QHash<QString, QString> englishNames()
{
    QHash<QString, QString> names;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        // Two letters only: the list also has regions such as "419".
        if (code.size() == 2 && code.at(0).isLetter())
            names.insert(code, QLocale::territoryToString(territory));
    }
    return names;
}

// The names iso-codes gives in a language, by code; empty when its files
// are not there.
QHash<QString, QString> isoCodesNames(const QString &language)
{
    const QString catalogPath = QStandardPaths::locate(
            QStandardPaths::GenericDataLocation, u"locale/%1/LC_MESSAGES/iso_3166-1.mo"_s.arg(language));
    const QString listPath =
            QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"iso-codes/json/iso_3166-1.json"_s);
    if (catalogPath.isEmpty() || listPath.isEmpty())
        return {};
    const std::optional<MoCatalog::Messages> catalog = MoCatalog::read(catalogPath);
    QFile list(listPath);
    if (!catalog || !list.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QString> names;
    const QJsonArray entries = QJsonDocument::fromJson(list.readAll()).object().value(u"3166-1"_s).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString code = entry.value(u"alpha_2"_s).toString();
        // The common name where there is one ("Bolivia", not "Bolivia,
        // Plurinational State of"), then the name, then the official one.
        for (const auto *key : {"common_name", "name", "official_name"}) {
            const QString translated = catalog->value(entry.value(QLatin1StringView(key)).toString());
            if (!translated.isEmpty()) {
                names.insert(code, translated);
                break;
            }
        }
    }
    return names;
}

// Qt's English name of a two-letter code; empty when it is no country.
QString englishName(const QString &code)
{
    if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

// The translated names of a language, read once (empty for English, or when
// iso-codes has none). A std::map: references stay valid as languages are added.
const QHash<QString, QString> &translationsOf(const QString &language)
{
    static std::map<QString, QHash<QString, QString>> cache;
    const QMutexLocker locker(&cacheMutex());
    if (const auto it = cache.find(language); it != cache.end())
        return it->second;
    return cache.emplace(language, language == u"en" ? QHash<QString, QString>() : isoCodesNames(language))
            .first->second;
}

} // namespace

QString currentLanguage()
{
    const QString name = QLocale().name();
    return name == u"C"_s ? u"en"_s : name.section(u'_', 0, 0);
}

const QList<Country> &all(const QString &language)
{
    const QHash<QString, QString> &translated = translationsOf(language);
    static std::map<QString, QList<Country>> cache;
    const QMutexLocker locker(&cacheMutex());
    if (const auto it = cache.find(language); it != cache.end())
        return it->second;
    QList<Country> sorted;
    const QHash<QString, QString> english = englishNames();
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        sorted.append({it.key(), translated.value(it.key(), it.value())});
    QCollator collator {QLocale(language)};
    std::sort(sorted.begin(), sorted.end(), [&collator](const Country &a, const Country &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.code < b.code;
    });
    return cache.emplace(language, std::move(sorted)).first->second;
}

QString name(const QString &code, const QString &language)
{
    const QString upper = code.toUpper();
    const QString english = englishName(upper);
    if (english.isEmpty())
        return {};
    return translationsOf(language).value(upper, english);
}

QString displayName(const QString &code, const QString &language)
{
    const QString found = name(code, language);
    return found.isEmpty() ? code : displayName(Country {code.toUpper(), found});
}

QString displayName(const Country &country)
{
    return u"%1 (%2)"_s.arg(country.name, country.code);
}

QString codeFor(const QString &text, const QString &language)
{
    const QString typed = text.trimmed();
    // A display name: "Japan (JP)".
    if (typed.size() >= 4 && typed.endsWith(u')') && typed.at(typed.size() - 4) == u'(') {
        const QString code = typed.mid(typed.size() - 3, 2).toUpper();
        if (!name(code, language).isEmpty())
            return code;
    }
    // A code, in any case: "us".
    if (typed.size() == 2 && !name(typed, language).isEmpty())
        return typed.toUpper();
    // A whole name, in the language or in English.
    const QHash<QString, QString> &translated = translationsOf(language);
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        if (it.value().compare(typed, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    const QHash<QString, QString> english = englishNames();
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (it.value().compare(typed, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

bool hasTranslatedNames(const QString &language)
{
    return language == u"en" || !translationsOf(language).isEmpty();
}

} // namespace scs::countries

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

struct Names
{
    QHash<QString, QString> byCode;
    QList<Country> sorted;
    bool translated = false;
};

const Names &namesIn(const QString &language)
{
    static QMutex mutex;
    // A std::map: the references handed out stay valid as languages are added.
    static std::map<QString, Names> cache;
    const QMutexLocker locker(&mutex);
    if (const auto it = cache.find(language); it != cache.end())
        return it->second;
    Names names;
    names.byCode = englishNames();
    if (language != u"en") {
        const QHash<QString, QString> translated = isoCodesNames(language);
        names.translated = !translated.isEmpty();
        for (auto it = names.byCode.begin(); it != names.byCode.end(); ++it)
            it.value() = translated.value(it.key(), it.value());
    }
    for (auto it = names.byCode.cbegin(); it != names.byCode.cend(); ++it)
        names.sorted.append({it.key(), it.value()});
    QCollator collator {QLocale(language)};
    std::sort(names.sorted.begin(), names.sorted.end(), [&collator](const Country &a, const Country &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.code < b.code;
    });
    return cache.emplace(language, std::move(names)).first->second;
}

} // namespace

QString currentLanguage()
{
    const QString name = QLocale().name();
    return name == u"C"_s ? u"en"_s : name.section(u'_', 0, 0);
}

const QList<Country> &all(const QString &language)
{
    return namesIn(language).sorted;
}

QString name(const QString &code, const QString &language)
{
    return namesIn(language).byCode.value(code.toUpper());
}

QString displayName(const QString &code, const QString &language)
{
    const QString found = name(code, language);
    return found.isEmpty() ? code : u"%1 (%2)"_s.arg(found, code.toUpper());
}

bool hasTranslatedNames(const QString &language)
{
    return language == u"en" || namesIn(language).translated;
}

} // namespace scs::countries

#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace scs {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {u"en"_s, u"ja"_s};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == u"ja")
        return u"日本語"_s;
    if (language == u"en")
        return u"English"_s;
    return language;
}

QString LanguageManager::systemLanguage()
{
    return bestLanguage(QLocale::system().uiLanguages());
}

QString LanguageManager::bestLanguage(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        const QString primary = tag.section(u'-', 0, 0).toLower();
        if (availableLanguages().contains(primary))
            return primary;
    }
    return u"en"_s;
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;

    auto ours = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    // Our .qm is compiled into the binary: failing to load it is a build
    // error, not a user error. English has one too, for its plural forms.
    if (!ours->load(u":/i18n/shortcode-studio_"_s + language + u".qm"_s))
        return false;
    if (language != u"en") {
        // Qt's own strings (standard dialogs, context menus) are optional:
        // without qt6-translations-l10n they stay English.
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!qt->load(u"qtbase_"_s + language, qtDir))
            qt.reset();
    } else {
        qt.reset();
    }

    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours = std::move(ours);
    m_qt = std::move(qt);
    if (m_ours)
        QCoreApplication::installTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());

    // Dates and numbers follow the interface language: a Japanese interface
    // shows 2026/11/27, an English one the system's English conventions.
    const QLocale system = QLocale::system();
    if (language == u"ja")
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    else
        QLocale::setDefault(system.language() == QLocale::English
                                    ? system
                                    : QLocale(QLocale::English, QLocale::UnitedStates));

    const bool changed = m_language != language;
    m_language = language;
    if (changed)
        Q_EMIT languageChanged(language);
    return true;
}

} // namespace scs

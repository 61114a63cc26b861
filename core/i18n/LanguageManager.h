#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace scs {

// Owns the installed translators: ours (from the :/i18n resources) and Qt's
// own (qtbase_*.qm from Qt's translations directory). Switching replaces
// both at once; QCoreApplication then sends LanguageChange events, which
// every widget answers by retranslating itself.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Language codes we ship, the source language first: "en", "ja".
    static QStringList availableLanguages();
    // The language's own name for itself ("English", "日本語").
    static QString nativeName(const QString &language);
    // The shipped language that best matches the system locale.
    static QString systemLanguage();
    // The first of `uiLanguages` (BCP 47 tags, most wanted first, as
    // QLocale::uiLanguages() gives them) whose language we ship; "en" when
    // we ship none of them.
    static QString bestLanguage(const QStringList &uiLanguages);

    QString language() const { return m_language; }
    // Installs the translators for `language`; false (and nothing changed)
    // when the language is not one we ship.
    bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace scs

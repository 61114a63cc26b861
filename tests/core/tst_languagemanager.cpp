#include "FailOnWarning.h"
#include "i18n/LanguageManager.h"
#include "i18n/Version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void version() { QCOMPARE(scs::applicationVersion(), QStringLiteral(SCS_VERSION_STRING)); }

    void nativeNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addRow("en") << u"en"_s << u"English"_s;
        QTest::addRow("ja") << u"ja"_s << u"日本語"_s;
    }
    void nativeNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QVERIFY(scs::LanguageManager::availableLanguages().contains(code));
        QCOMPARE(scs::LanguageManager::nativeName(code), name);
    }

    void switchesTranslations()
    {
        scs::LanguageManager languages;
        QSignalSpy changed(&languages, &scs::LanguageManager::languageChanged);
        const char *source = "&File";

        QVERIFY(languages.setLanguage(u"ja"_s));
        QCOMPARE(languages.language(), u"ja"_s);
        QCOMPARE(changed.count(), 1);
        const QString japanese = QCoreApplication::translate("scs::MainWindow", source);
        QVERIFY2(japanese != QLatin1StringView(source), qPrintable(japanese));

        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(QCoreApplication::translate("scs::MainWindow", source), QLatin1StringView(source));
    }

    void refusesUnknownLanguage()
    {
        scs::LanguageManager languages;
        QVERIFY(languages.setLanguage(u"ja"_s));
        QVERIFY(!languages.setLanguage(u"fr"_s));
        QCOMPARE(languages.language(), u"ja"_s);
    }

    // The system's preferred languages in order: the first one we ship,
    // English when there is none.
    void bestLanguage_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("language");
        QTest::addRow("Japanese") << QStringList {u"ja-JP"_s, u"ja"_s} << u"ja"_s;
        QTest::addRow("Japanese after German") << QStringList {u"de-DE"_s, u"ja-JP"_s} << u"ja"_s;
        QTest::addRow("English before Japanese") << QStringList {u"en-GB"_s, u"ja-JP"_s} << u"en"_s;
        QTest::addRow("upper case") << QStringList {u"JA-JP"_s} << u"ja"_s;
        QTest::addRow("none shipped") << QStringList {u"de-DE"_s, u"fr-FR"_s} << u"en"_s;
        QTest::addRow("no language") << QStringList() << u"en"_s;
    }
    void bestLanguage()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, language);
        QCOMPARE(scs::LanguageManager::bestLanguage(uiLanguages), language);
    }

    void systemLanguageIsTheLocales()
    {
        QCOMPARE(scs::LanguageManager::systemLanguage(),
                 scs::LanguageManager::bestLanguage(QLocale::system().uiLanguages()));
        QCOMPARE(scs::LanguageManager::bestLanguage(QLocale(u"ja_JP"_s).uiLanguages()), u"ja"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"

#include "i18n/LanguageManager.h"
#include "i18n/Version.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

    void systemLanguageIsShipped()
    {
        QVERIFY(scs::LanguageManager::availableLanguages().contains(scs::LanguageManager::systemLanguage()));
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"

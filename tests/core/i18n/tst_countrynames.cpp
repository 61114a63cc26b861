// Country names in the language of the interface: Qt's English names, the
// system's iso-codes translations for the others, sorted for the language.
#include "FailOnWarning.h"
#include "i18n/CountryNames.h"

#include <QCollator>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
namespace countries = scs::countries;

class TestCountryNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { scs::test::failOnWarnings(); }
    void englishNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("display");
        QTest::addRow("Japan") << u"JP"_s << u"Japan"_s << u"Japan (JP)"_s;
        QTest::addRow("lower-case code") << u"us"_s << u"United States"_s << u"United States (US)"_s;
        QTest::addRow("no such country") << u"QQ"_s << QString() << u"QQ"_s;
        QTest::addRow("a region, not a country") << u"419"_s << QString() << u"419"_s;
    }

    void englishNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, display);
        QCOMPARE(countries::name(code, u"en"_s), name);
        QCOMPARE(countries::displayName(code, u"en"_s), display);
    }

    void countryCodeForWhatWasTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addRow("picked from the list") << u"Japan (JP)"_s << u"JP"_s;
        QTest::addRow("code, lower case") << u"jp"_s << u"JP"_s;
        QTest::addRow("code with spaces") << u" us "_s << u"US"_s;
        QTest::addRow("whole name, any case") << u"JAPAN"_s << u"JP"_s;
        QTest::addRow("part of a name") << u"Jap"_s << QString();
        QTest::addRow("no such code") << u"QQ"_s << QString();
        QTest::addRow("no such country") << u"Atlantis"_s << QString();
        QTest::addRow("empty") << QString() << QString();
    }

    void countryCodeForWhatWasTyped()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(countries::codeFor(text, u"en"_s), code);
    }

    void japaneseCodeFor()
    {
        QVERIFY2(countries::hasTranslatedNames(u"ja"_s),
                 "iso-codes is not installed (scripts/setup-deps installs it; the package depends on it)");
        QCOMPARE(countries::codeFor(u"日本"_s, u"ja"_s), u"JP"_s);
        QCOMPARE(countries::codeFor(u"日本 (JP)"_s, u"ja"_s), u"JP"_s);
        // English names are understood in Japanese too.
        QCOMPARE(countries::codeFor(u"Japan"_s, u"ja"_s), u"JP"_s);
    }

    void everyCountryOnceSorted()
    {
        for (const QString &language : {u"en"_s, u"ja"_s}) {
            const QList<countries::Country> &all = countries::all(language);
            QVERIFY(all.size() > 240);
            QSet<QString> codes;
            QCollator collator {QLocale(language)};
            for (qsizetype i = 0; i < all.size(); ++i) {
                QCOMPARE(all.at(i).code.size(), 2);
                QVERIFY(!all.at(i).name.isEmpty());
                codes.insert(all.at(i).code);
                if (i > 0)
                    QVERIFY2(collator.compare(all.at(i - 1).name, all.at(i).name) <= 0,
                             qPrintable(all.at(i - 1).name + u" / "_s + all.at(i).name));
            }
            QCOMPARE(codes.size(), all.size());
        }
    }

    void japaneseNames()
    {
        QVERIFY2(countries::hasTranslatedNames(u"ja"_s),
                 "iso-codes is not installed (scripts/setup-deps installs it; the package depends on it)");
        QCOMPARE(countries::name(u"JP"_s, u"ja"_s), u"日本"_s);
        QCOMPARE(countries::displayName(u"US"_s, u"ja"_s), u"米国 (US)"_s);
        // The common name, not the official one.
        QCOMPARE(countries::name(u"BO"_s, u"ja"_s), u"ボリビア"_s);
        // Names iso-codes has not translated yet stay in English.
        QVERIFY(!countries::name(u"TR"_s, u"ja"_s).isEmpty());
        QCOMPARE(countries::name(u"QQ"_s, u"ja"_s), QString());
    }

    void aLanguageWithoutNamesFallsBackToEnglish()
    {
        QVERIFY(!countries::hasTranslatedNames(u"xx"_s));
        QCOMPARE(countries::name(u"JP"_s, u"xx"_s), u"Japan"_s);
    }

    void currentLanguageFollowsTheDefaultLocale()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(countries::currentLanguage(), u"ja"_s);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(countries::currentLanguage(), u"en"_s);
        QLocale::setDefault(saved);
    }
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"

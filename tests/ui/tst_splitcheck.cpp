// SplitCheck: what does not carry over when a request is split by country.
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "document/SplitCheck.h"
#include "i18n/LanguageManager.h"
#include "model/Request.h"

#include <QTest>

using namespace Qt::StringLiterals;
using scs::FieldId;

class TestSplitCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        m_languages.setLanguage(u"en"_s);
    }
    void init() { scs::test::failOnWarnings(); }

    void warnings_data()
    {
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("taxId");
        QTest::addColumn<QString>("tollFree");
        QTest::addColumn<QStringList>("expected"); // words each warning starts with
        QTest::addRow("all carries over") << QStringList {u"US"_s, u"PR"_s} << u"Alerts"_s << u"12-3456789"_s
                                          << u"+1 800 555 0100"_s << QStringList {};
        QTest::addRow("EIN for Japan") << QStringList {u"US"_s, u"JP"_s} << u"Alerts"_s << u"123456789"_s
                                       << u"+81 120 555 010"_s << QStringList {u"The tax ID"_s};
        QTest::addRow("+1 toll-free for Japan")
                << QStringList {u"CA"_s, u"JP"_s} << u"Alerts"_s << u"BN 1234"_s << u"1-888-555-0172"_s
                << QStringList {u"The toll-free number"_s};
        QTest::addRow("country in the title")
                << QStringList {u"US"_s, u"CA"_s} << u"US delivery alerts"_s << u"12-3456789"_s
                << u"+1 888 555 0172"_s << QStringList {u"The tax ID"_s, u"The title"_s};
        QTest::addRow("country's name in the title")
                << QStringList {u"US"_s, u"JP"_s} << u"Japan alerts"_s << QString() << QString()
                << QStringList {u"The title"_s};
        QTest::addRow("code inside a word") << QStringList {u"US"_s, u"CA"_s} << u"Usual CAtalog news"_s
                                            << QString() << QString() << QStringList {};
    }
    void warnings()
    {
        QFETCH(QStringList, countries);
        QFETCH(QString, title);
        QFETCH(QString, taxId);
        QFETCH(QString, tollFree);
        QFETCH(QStringList, expected);
        scs::Request request;
        request.setTitle(title);
        request.setValue(FieldId::CaseCountries, countries);
        request.setValue(FieldId::CompanyTaxId, taxId);
        request.setValue(FieldId::CompanySupportTollFree, tollFree);
        const QStringList warnings = scs::SplitCheck::warnings(request);
        QCOMPARE(warnings.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(warnings.at(i).startsWith(expected.at(i)), qPrintable(warnings.at(i)));
    }

private:
    scs::LanguageManager m_languages;
};

SCS_TEST_CLASS(TestSplitCheck)
#include "tst_splitcheck.moc"

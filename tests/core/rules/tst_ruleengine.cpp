// The engine: incremental re-checks equal a full check, output order,
// rendering of findings in the UI language.
#include "FailOnWarning.h"
#include "RequestFixture.h"
#include "i18n/LanguageManager.h"
#include "rules/RuleEngine.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace scs;

namespace {

RuleOptions testOptions()
{
    RuleOptions options;
    options.today = QDate(2026, 6, 1);
    return options;
}

// Values to try per field: compliant ones, broken ones, and empty.
struct Candidate
{
    FieldId field;
    QList<FieldValue> values;
};

QList<Candidate> candidates()
{
    const ExampleList good = fixture::compliantRequest().value(FieldId::ContentExamples).toExamples();
    ExampleList bad = good;
    bad[1].text = u"50% off {{x}} at bit.ly/x ExampleCorp’s vape sale"_s;
    return {
            {FieldId::CompanyName, {u"Northwind Parcel, Inc."_s, u"Contoso Ltd."_s, FieldValue()}},
            {FieldId::CompanyProductName, {u"Northwind Parcel Alerts"_s, u"ProductName"_s, FieldValue()}},
            {FieldId::CaseMessageType, {u"transactional"_s, u"promotional"_s}},
            {FieldId::CaseCountries,
             {QStringList {u"US"_s}, QStringList {u"US"_s, u"CA"_s}, QStringList {u"GB"_s}}},
            {FieldId::SignupMethods, {QStringList {u"website"_s}, QStringList {u"other"_s}}},
            {FieldId::SignupMethodsOther, {u"Paper form"_s, FieldValue()}},
            {FieldId::SignupOptinKeyword, {u"YES"_s, u"JOIN"_s, u"STOP"_s}},
            {FieldId::SignupOptinRequest, {u"Northwind Parcel: Reply YES for alerts."_s, u"Hi"_s}},
            {FieldId::ContentHelpResponse,
             {u"Northwind Parcel: help at 1-888-555-0172."_s, u"We help."_s, u"   "_s, FieldValue()}},
            {FieldId::ContentStopResponse, {u"Unsubscribed from Northwind."_s, u"Bye! 20% off"_s}},
            {FieldId::ContentExamples, {good, bad, ExampleList {good.front()}, FieldValue()}},
            {FieldId::SpendMonthlyLimitUsd, {u"1500.00"_s, u"1.00"_s, u"20000.00"_s, FieldValue()}},
            {FieldId::SpendExpectedMonthlyMessages, {qint64(60000), qint64(10), FieldValue()}},
            {FieldId::PurposePhi, {true, false, FieldValue()}},
            {FieldId::NotesDescription, {u"HIPAA PHI"_s, FieldValue()}},
            {FieldId::CaseSiteUrl, {u"https://northwindparcel.com"_s, u"http://contoso.com"_s, u"nope"_s}},
            {FieldId::CompanySupportEmail, {u"a@northwindparcel.com"_s, u"a@gmail.com"_s}},
            {FieldId::CompanySupportTollFree, {u"+1 888 555 0100"_s, u"206 555 0100"_s}},
            {FieldId::TrackingSubmittedOn, {u"2026-03-01"_s, u"2026-09-01"_s, FieldValue()}},
            {FieldId::TrackingProvisionedOn, {u"2026-02-01"_s, u"2026-04-01"_s, FieldValue()}},
            {FieldId::TrackingShortCode, {u"52345"_s, u"12"_s}},
            {FieldId::ConsoleHelpResponse, {u"Northwind Parcel: help at 1-888-555-0172."_s, FieldValue()}},
            {FieldId::ConsoleRegisteredKeyword, {u"yes"_s, u"JOIN"_s}},
    };
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(QLatin1StringView(f.rule) + u" on "_s + Catalog::key(f.field) + u" "_s
                     + QString::number(f.item) + u": "_s + f.text());
    return lines.join(u'\n');
}

// The findings of `a` that `b` lacks.
QList<Finding> missingFrom(const QList<Finding> &a, const QList<Finding> &b)
{
    QList<Finding> out;
    for (const Finding &f : a) {
        if (!b.contains(f))
            out.append(f);
    }
    return out;
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void rulesAreListedOnce()
    {
        QSet<QString> ids;
        for (const RuleInfo &info : RuleEngine::rules()) {
            QVERIFY2(!ids.contains(QString::fromLatin1(info.id)), info.id);
            ids.insert(QString::fromLatin1(info.id));
            QVERIFY(info.summary && info.source);
            QCOMPARE(RuleEngine::rule(QString::fromLatin1(info.id)), &info);
        }
        QVERIFY(!RuleEngine::rule(u"no_such_rule"_s));
    }

    void incrementalEqualsFullCheck_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 2026u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void incrementalEqualsFullCheck()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QList<Candidate> all = candidates();
        Request request = fixture::compliantRequest();
        RuleEngine engine(testOptions());
        engine.reset(request);
        QCOMPARE(engine.findings(), engine.check(request));
        for (int step = 0; step < 300; ++step) {
            const Candidate &c = all[random.bounded(int(all.size()))];
            request.setValue(c.field, c.values[random.bounded(int(c.values.size()))]);
            const QList<Finding> before = engine.findings();
            const bool changed = engine.update(request, c.field);
            const QList<Finding> full = engine.check(request);
            const QList<Finding> incremental = engine.findings();
            QVERIFY2(incremental == full,
                     qPrintable(u"after an edit of "_s + Catalog::key(c.field) + u"\nonly incremental:\n"_s
                                + describe(missingFrom(incremental, full)) + u"\nonly full:\n"_s
                                + describe(missingFrom(full, incremental))));
            QCOMPARE(changed, before != full);
            for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
                const auto n = std::count_if(full.cbegin(), full.cend(),
                                             [&](const Finding &f) { return f.severity == s; });
                QCOMPARE(engine.count(s), int(n));
            }
        }
    }

    void orderIsFieldThenRuleThenItem()
    {
        Request request = fixture::compliantRequest();
        request.setValue(FieldId::ContentExamples,
                         ExampleList {{u"a"_s, u"bit.ly/x {{y}}"_s}, {u"b"_s, u"tinyurl.com/z <n>"_s}});
        request.setValue(FieldId::CompanyName, QString());
        request.setValue(FieldId::ContentHelpResponse, u"hi"_s);
        const QList<Finding> findings = RuleEngine(testOptions()).check(request);
        QVERIFY(findings.size() > 5);
        const auto fieldPos = [](FieldId id) {
            int i = 0;
            for (const FieldDef &def : Catalog::fields()) {
                if (def.id == id)
                    return i;
                ++i;
            }
            return -1;
        };
        const auto rulePos = [](const char *id) {
            const auto rules = RuleEngine::rules();
            return int(RuleEngine::rule(QString::fromLatin1(id)) - rules.data());
        };
        for (qsizetype i = 1; i < findings.size(); ++i) {
            const Finding &a = findings[i - 1];
            const Finding &b = findings[i];
            const auto ka = std::tuple(fieldPos(a.field), rulePos(a.rule), a.item);
            const auto kb = std::tuple(fieldPos(b.field), rulePos(b.rule), b.item);
            QVERIFY2(ka <= kb,
                     qPrintable(QString::fromLatin1(a.rule) + u" / "_s + QString::fromLatin1(b.rule)));
        }
    }

    void rendersArguments()
    {
        Finding f {"x",
                   Severity::Warning,
                   FieldId::ContentHelpResponse,
                   "Lacks: %1 (%2) %3",
                   {MessageArg::termList({"frequency", "rates disclosure"}),
                    MessageArg::literal(u"%1 literal"_s)}};
        QCOMPARE(f.text(), u"Lacks: frequency and rates disclosure (%1 literal) %3"_s);
        f.args = {MessageArg::termList({"brand", "frequency", "rates disclosure"})};
        QCOMPARE(f.text(), u"Lacks: brand, frequency and rates disclosure (%2) %3"_s);
        f.args = {MessageArg::textList({u"’ → '"_s, u"あ"_s})};
        QCOMPARE(f.text(), u"Lacks: ’ → ', あ (%2) %3"_s);
    }

    void rendersInJapanese()
    {
        Request request = fixture::compliantRequest();
        request.setValue(FieldId::ContentHelpResponse, u"Northwind Parcel: help at 1-888-555-0172."_s);
        const QList<Finding> findings = RuleEngine(testOptions()).check(request);
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const Finding &f) { return qstrcmp(f.rule, "help_complete") == 0; });
        QVERIFY(it != findings.cend());
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_s));
        const QString english = it->text();
        QVERIFY2(english.contains(
                         u"the message frequency, the rates disclosure and how to opt out (Reply STOP)"_s),
                 qPrintable(english));
        // Three missing elements: the English plural form.
        QVERIFY2(english.contains(u"add them"_s), qPrintable(english));

        QVERIFY(languages.setLanguage(u"ja"_s));
        const QString japanese = it->text();
        QVERIFY2(japanese.contains(u"配信頻度、料金に関する表示、"_s), qPrintable(japanese));
        QVERIFY2(!japanese.contains(u"HELP reply"_s), qPrintable(japanese));
        QCOMPARE(severityLabel(Severity::Error), u"エラー"_s);
        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(it->text(), english);
    }

    // Numbers and money in findings were plain digits ("5000000"): they are
    // written as the UI language writes them, when the finding is shown.
    void numbersFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("money");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en number") << u"en"_s << false << qint64(5'000'000) << u"5,000,000"_s;
        QTest::newRow("ja number") << u"ja"_s << false << qint64(5'000'000) << u"5,000,000"_s;
        QTest::newRow("en small") << u"en"_s << false << qint64(160) << u"160"_s;
        QTest::newRow("en negative") << u"en"_s << false << qint64(-1234) << u"-1,234"_s;
        QTest::newRow("en money") << u"en"_s << true << qint64(50'000'000'000) << u"50,000.00"_s;
        QTest::newRow("ja money") << u"ja"_s << true << qint64(50'000'000'000) << u"50,000.00"_s;
        QTest::newRow("money rounds half up") << u"en"_s << true << qint64(1'234'565'000) << u"1,234.57"_s;
        QTest::newRow("money cents") << u"en"_s << true << qint64(50'000) << u"0.05"_s;
        QTest::newRow("money saturated")
                << u"en"_s << true << std::numeric_limits<qint64>::max() << u"9,223,372,036,854.78"_s;
    }
    void numbersFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, money);
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        const MessageArg arg = money ? MessageArg::money(value) : MessageArg::number(value);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        const Finding finding {"test", Severity::Info, FieldId::CaseSiteUrl, "USD %1", {arg}, -1};
        QCOMPARE(arg.render(), expected);
        QCOMPARE(finding.text(), u"USD "_s + expected);
        QVERIFY(languages.setLanguage(u"en"_s));
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"

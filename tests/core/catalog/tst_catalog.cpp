#include "FailOnWarning.h"
#include "catalog/Catalog.h"
#include "i18n/LanguageManager.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using scs::FieldId;
using scs::FieldKind;
using scs::FieldValue;
using scs::Requirement;
using scs::SectionId;
namespace Catalog = scs::Catalog;

Q_DECLARE_METATYPE(FieldId)
Q_DECLARE_METATYPE(FieldKind)
Q_DECLARE_METATYPE(Requirement)
Q_DECLARE_METATYPE(SectionId)

namespace {

// request-format.md, written out again on purpose: the test compares the
// catalog with the spec, not with itself.
struct Expected
{
    const char *key;
    FieldKind kind;
    Requirement requirement;
};

using K = FieldKind;
constexpr auto Req = Requirement::Required;
constexpr auto Opt = Requirement::Optional;
constexpr auto Cond = Requirement::Conditional;

const Expected expectedFields[] = {
        {"case.site_url", K::Url, Req},
        {"case.message_type", K::Choice, Req},
        {"case.countries", K::Country, Req},
        {"requests.quota", K::Choice, Req},
        {"requests.new_quota_value", K::Integer, Req},
        {"spend.monthly_limit_usd", K::Money, Opt},
        {"spend.expected_monthly_messages", K::Integer, Opt},
        {"spend.in_same_case", K::Bool, Opt},
        {"spend.region", K::Text, Cond},
        {"company.name", K::Text, Req},
        {"company.brand_name", K::Text, Opt},
        {"company.industry", K::Choice, Opt},
        {"company.mailing_address", K::Multiline, Req},
        {"company.contact_name", K::Text, Req},
        {"company.contact_phone", K::Phone, Req},
        {"company.support_email", K::Email, Req},
        {"company.support_toll_free", K::Phone, Req},
        {"company.tax_id", K::Text, Req},
        {"company.product_name", K::Text, Req},
        {"signup.website", K::Url, Req},
        {"signup.terms_url", K::Url, Req},
        {"signup.privacy_url", K::Url, Req},
        {"signup.methods", K::Choices, Req},
        {"signup.methods_other", K::Multiline, Cond},
        {"signup.option_text", K::Multiline, Req},
        {"signup.optin_request", K::Sms, Req},
        {"signup.optin_keyword", K::Text, Req},
        {"signup.confirmation", K::Sms, Req},
        {"signup.join_keywords", K::Keywords, Opt},
        {"signup.age_gate", K::Choice, Opt},
        {"signup.age_gate_method", K::Multiline, Cond},
        {"evidence.optin_mockups", K::Attachments, Req},
        {"purpose.category", K::Choice, Req},
        {"purpose.category_other", K::Multiline, Cond},
        {"purpose.contest_rules_url", K::Url, Cond},
        {"purpose.third_party_marketing", K::Bool, Req},
        {"purpose.phi", K::Bool, Req},
        {"content.keyword_response", K::Sms, Req},
        {"content.help_response", K::Sms, Req},
        {"content.stop_response", K::Sms, Req},
        {"content.reminder", K::Sms, Req},
        {"content.examples", K::Examples, Req},
        {"contact.language", K::Choice, Req},
        {"notes.description", K::Multiline, Opt},
        {"tracking.status", K::Choice, Opt},
        {"tracking.case_id", K::Text, Opt},
        {"tracking.submitted_on", K::Date, Opt},
        {"tracking.short_code", K::Text, Opt},
        {"tracking.provisioned_on", K::Date, Opt},
        {"console.help_response", K::Sms, Opt},
        {"console.stop_response", K::Sms, Opt},
        {"console.registered_keyword", K::Text, Opt},
        {"console.registered_keyword_response", K::Sms, Opt},
        {"console.two_way_enabled", K::Bool, Opt},
};

const char *const expectedSections[] = {"case",    "requests", "spend",   "company", "signup",   "evidence",
                                        "purpose", "content",  "contact", "notes",   "tracking", "console"};

scs::ExampleList examples(int withText, int blank = 0)
{
    scs::ExampleList list;
    for (int i = 0; i < withText; ++i)
        list.append({u"Example %1"_s.arg(i), u"Acme: message %1"_s.arg(i)});
    for (int i = 0; i < blank; ++i)
        list.append({u"Blank %1"_s.arg(i), u"   "_s});
    return list;
}

// Every required field filled with something plausible.
scs::Request completeRequest()
{
    scs::Request request;
    for (const scs::FieldDef &def : Catalog::fields()) {
        FieldValue value;
        switch (def.kind) {
        case K::Country:
            value = QStringList {u"US"_s};
            break;
        case K::Choice:
            value = QLatin1StringView(def.choices.front().value).toString();
            break;
        case K::Choices:
            value = QStringList {QLatin1StringView(def.choices.front().value).toString()};
            break;
        case K::Bool:
            value = false;
            break;
        case K::Integer:
            value = 1;
            break;
        case K::Examples:
            value = examples(3);
            break;
        case K::Keywords:
            value = QStringList {u"JOIN"_s};
            break;
        case K::Attachments:
            value = scs::AttachmentList {{u"signup.png"_s, u"image/png"_s, QString(), "\x89PNG"}};
            break;
        default:
            value = u"Acme"_s;
            break;
        }
        if (def.requirement == Requirement::Required)
            request.setValue(def.id, value);
    }
    return request;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void everyFieldOfTheSpec_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("key");
        QTest::addColumn<FieldKind>("kind");
        QTest::addColumn<Requirement>("requirement");
        int index = 0;
        for (const Expected &e : expectedFields)
            QTest::addRow("%s", e.key) << index++ << QString::fromLatin1(e.key) << e.kind << e.requirement;
    }
    void everyFieldOfTheSpec()
    {
        QFETCH(int, index);
        QFETCH(QString, key);
        QFETCH(FieldKind, kind);
        QFETCH(Requirement, requirement);

        const auto id = Catalog::fieldByKey(key);
        QVERIFY(id);
        QCOMPARE(int(scs::fieldIndex(*id)), index); // in the spec's order
        const scs::FieldDef &def = Catalog::field(*id);
        QCOMPARE(def.id, *id);
        QCOMPARE(Catalog::key(*id), key);
        QCOMPARE(def.kind, kind);
        QCOMPARE(def.requirement, requirement);
        // The section is the key's prefix.
        const auto section = Catalog::sectionByKey(QStringView(key).left(key.indexOf(u'.')));
        QVERIFY(section);
        QCOMPARE(def.section, *section);
        QVERIFY(std::any_of(Catalog::fieldsOf(*section).begin(), Catalog::fieldsOf(*section).end(),
                            [&](const scs::FieldDef &f) { return f.id == *id; }));
        // Choices exactly for choice kinds, ranges only for integers.
        const bool hasChoices = kind == K::Choice || kind == K::Choices;
        QCOMPARE(!def.choices.empty(), hasChoices);
        if (kind != K::Integer)
            QCOMPARE(def.maximum, 0);
    }

    void catalogHasNothingElse()
    {
        QCOMPARE(Catalog::fields().size(), std::size(expectedFields));
        QCOMPARE(Catalog::fields().size(), scs::FieldCount);
    }

    void keysUniqueAndInOrder()
    {
        QSet<QString> keys;
        std::size_t i = 0;
        for (const scs::FieldDef &def : Catalog::fields()) {
            QCOMPARE(scs::fieldIndex(def.id), i++);
            const QString key = QString::fromLatin1(def.key);
            QVERIFY2(!keys.contains(key), def.key);
            keys.insert(key);
        }
        QCOMPARE(Catalog::sections().size(), std::size(expectedSections));
        std::size_t s = 0;
        std::size_t total = 0;
        for (const scs::SectionDef &def : Catalog::sections()) {
            QCOMPARE(std::size_t(def.id), s);
            QCOMPARE(QLatin1StringView(def.key), QLatin1StringView(expectedSections[s]));
            QCOMPARE(Catalog::sectionByKey(QString::fromLatin1(def.key)), std::optional(def.id));
            total += Catalog::fieldsOf(def.id).size();
            QVERIFY(!Catalog::fieldsOf(def.id).empty());
            ++s;
        }
        QCOMPARE(total, scs::FieldCount);
    }

    void unknownKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("isSection");
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("section only") << u"case"_s << true;
        QTest::addRow("section with dot") << u"case."_s << false;
        QTest::addRow("upper case") << u"CASE.SITE_URL"_s << false;
        QTest::addRow("typo") << u"case.site_uri"_s << false;
        QTest::addRow("trailing space") << u"case.site_url "_s << false;
        QTest::addRow("before all") << u"a"_s << false;
        QTest::addRow("after all") << u"zzz"_s << false;
    }
    void unknownKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, isSection);
        QVERIFY(!Catalog::fieldByKey(key));
        QCOMPARE(Catalog::sectionByKey(key).has_value(), isSection);
    }

    void choices_data()
    {
        QTest::addColumn<FieldId>("id");
        QTest::addColumn<QStringList>("values");
        const QStringList types {u"transactional"_s, u"promotional"_s, u"one_time_password"_s};
        QTest::addRow("case.message_type") << FieldId::CaseMessageType << types;
        QTest::addRow("requests.quota") << FieldId::RequestsQuota << types;
        QTest::addRow("signup.methods")
                << FieldId::SignupMethods
                << QStringList {u"text_message"_s, u"website"_s, u"mobile_app"_s, u"other"_s};
        QTest::addRow("purpose.category") << FieldId::PurposeCategory
                                          << QStringList {u"promotions_marketing"_s,
                                                          u"location_based_services"_s,
                                                          u"notifications"_s,
                                                          u"information_on_demand"_s,
                                                          u"group_chat"_s,
                                                          u"two_factor_authentication"_s,
                                                          u"polling_surveys"_s,
                                                          u"sweepstakes_contests"_s,
                                                          u"other"_s};
        QTest::addRow("contact.language") << FieldId::ContactLanguage << QStringList {u"en"_s, u"ja"_s};
        QTest::addRow("company.industry") << FieldId::CompanyIndustry
                                          << QStringList {u"financial_services"_s,
                                                          u"lending"_s,
                                                          u"debt_collection"_s,
                                                          u"insurance"_s,
                                                          u"healthcare"_s,
                                                          u"pharmacy"_s,
                                                          u"retail_ecommerce"_s,
                                                          u"restaurants_food"_s,
                                                          u"travel_hospitality"_s,
                                                          u"logistics"_s,
                                                          u"technology_software"_s,
                                                          u"telecommunications"_s,
                                                          u"education"_s,
                                                          u"real_estate"_s,
                                                          u"nonprofit_charity"_s,
                                                          u"political"_s,
                                                          u"government"_s,
                                                          u"media_entertainment"_s,
                                                          u"gaming_sweepstakes"_s,
                                                          u"alcohol"_s,
                                                          u"tobacco_vaping"_s,
                                                          u"firearms"_s,
                                                          u"cannabis_cbd"_s,
                                                          u"adult"_s,
                                                          u"other"_s};
        QTest::addRow("signup.age_gate")
                << FieldId::SignupAgeGate << QStringList {u"none"_s, u"age_18"_s, u"age_21"_s};
        QTest::addRow("tracking.status")
                << FieldId::TrackingStatus
                << QStringList {u"draft"_s, u"submitted"_s, u"provisioned"_s, u"declined"_s};
    }
    void choices()
    {
        QFETCH(FieldId, id);
        QFETCH(QStringList, values);
        QStringList actual;
        for (const scs::ChoiceDef &choice : Catalog::field(id).choices) {
            actual.append(QString::fromLatin1(choice.value));
            QVERIFY(Catalog::isChoice(id, actual.last()));
            QVERIFY(!Catalog::choiceLabel(id, actual.last()).isEmpty());
            QVERIFY(Catalog::choiceLabel(id, actual.last()) != actual.last());
        }
        QCOMPARE(actual, values);
        QVERIFY(!Catalog::isChoice(id, u"nonsense"_s));
        QVERIFY(!Catalog::isChoice(id, values.first().toUpper()));
        QCOMPARE(Catalog::choiceLabel(id, u"nonsense"_s), u"nonsense"_s);
    }

    void rangesAndDefaults()
    {
        const scs::FieldDef &quota = Catalog::field(FieldId::RequestsNewQuotaValue);
        QCOMPARE(quota.minimum, 1);
        QCOMPARE(quota.maximum, 100);
        QCOMPARE(Catalog::defaultValue(FieldId::SpendMonthlyLimitUsd), u"1.00"_s);
        QCOMPARE(Catalog::defaultValue(FieldId::TrackingStatus), u"draft"_s);
        QVERIFY(Catalog::isChoice(FieldId::TrackingStatus, Catalog::defaultValue(FieldId::TrackingStatus)));
        QCOMPARE(Catalog::defaultValue(FieldId::CompanyName), QString());
    }

    void fixedRequestValues()
    {
        const auto values = Catalog::fixedRequestValues();
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.at(0), std::pair(u"Quota type"_s, u"Pinpoint SMS"_s));
        QCOMPARE(values.at(1), std::pair(u"Region"_s, u"No region specified"_s));
        QCOMPARE(values.at(2), std::pair(u"Resource type"_s, u"Dedicated SMS Short Codes"_s));
    }

    void conditions_data()
    {
        QTest::addColumn<FieldId>("id");
        QTest::addColumn<FieldId>("condition");
        QTest::addColumn<FieldValue>("value");
        QTest::addColumn<bool>("required");
        QTest::addRow("methods unset")
                << FieldId::SignupMethodsOther << FieldId::SignupMethods << FieldValue() << false;
        QTest::addRow("methods without other") << FieldId::SignupMethodsOther << FieldId::SignupMethods
                                               << FieldValue(QStringList {u"website"_s}) << false;
        QTest::addRow("methods with other") << FieldId::SignupMethodsOther << FieldId::SignupMethods
                                            << FieldValue(QStringList {u"website"_s, u"other"_s}) << true;
        QTest::addRow("methods only other") << FieldId::SignupMethodsOther << FieldId::SignupMethods
                                            << FieldValue(QStringList {u"other"_s}) << true;
        QTest::addRow("category unset")
                << FieldId::PurposeCategoryOther << FieldId::PurposeCategory << FieldValue() << false;
        QTest::addRow("category notifications") << FieldId::PurposeCategoryOther << FieldId::PurposeCategory
                                                << FieldValue(u"notifications"_s) << false;
        QTest::addRow("category other") << FieldId::PurposeCategoryOther << FieldId::PurposeCategory
                                        << FieldValue(u"other"_s) << true;
        QTest::addRow("category Other (case matters)")
                << FieldId::PurposeCategoryOther << FieldId::PurposeCategory << FieldValue(u"Other"_s)
                << false;
        // A bool being true.
        QTest::addRow("same case unanswered")
                << FieldId::SpendRegion << FieldId::SpendInSameCase << FieldValue() << false;
        QTest::addRow("same case no")
                << FieldId::SpendRegion << FieldId::SpendInSameCase << FieldValue(false) << false;
        QTest::addRow("same case yes")
                << FieldId::SpendRegion << FieldId::SpendInSameCase << FieldValue(true) << true;
        QTest::addRow("same case as text (wrong kind)")
                << FieldId::SpendRegion << FieldId::SpendInSameCase << FieldValue(u"true"_s) << false;
        // A choice being one of several values.
        QTest::addRow("age gate unset")
                << FieldId::SignupAgeGateMethod << FieldId::SignupAgeGate << FieldValue() << false;
        QTest::addRow("age gate none")
                << FieldId::SignupAgeGateMethod << FieldId::SignupAgeGate << FieldValue(u"none"_s) << false;
        QTest::addRow("age gate 18") << FieldId::SignupAgeGateMethod << FieldId::SignupAgeGate
                                     << FieldValue(u"age_18"_s) << true;
        QTest::addRow("age gate 21") << FieldId::SignupAgeGateMethod << FieldId::SignupAgeGate
                                     << FieldValue(u"age_21"_s) << true;
        QTest::addRow("category sweepstakes") << FieldId::PurposeContestRulesUrl << FieldId::PurposeCategory
                                              << FieldValue(u"sweepstakes_contests"_s) << true;
        QTest::addRow("category notifications, no rules")
                << FieldId::PurposeContestRulesUrl << FieldId::PurposeCategory
                << FieldValue(u"notifications"_s) << false;
    }
    void conditions()
    {
        QFETCH(FieldId, id);
        QFETCH(FieldId, condition);
        QFETCH(FieldValue, value);
        QFETCH(bool, required);
        QCOMPARE(Catalog::field(id).requirement, Requirement::Conditional);
        QCOMPARE(Catalog::field(id).conditionField, condition);
        QVERIFY(!Catalog::field(id).conditionValues.empty());
        scs::Request request;
        request.setValue(condition, value);
        QCOMPARE(Catalog::isRequired(request, id), required);
        QCOMPARE(Catalog::conditionHolds(request, id), required);
    }

    void requiredIgnoresValues()
    {
        const scs::Request empty;
        for (const scs::FieldDef &def : Catalog::fields()) {
            if (def.requirement != Requirement::Conditional)
                QCOMPARE(Catalog::isRequired(empty, def.id), def.requirement == Requirement::Required);
        }
    }

    void filled_data()
    {
        QTest::addColumn<FieldId>("id");
        QTest::addColumn<FieldValue>("value");
        QTest::addColumn<bool>("filled");
        QTest::addRow("text unset") << FieldId::CompanyName << FieldValue() << false;
        QTest::addRow("text empty") << FieldId::CompanyName << FieldValue(QString()) << false;
        QTest::addRow("text only spaces") << FieldId::CompanyName << FieldValue(u"   "_s) << false;
        QTest::addRow("multiline only whitespace")
                << FieldId::CompanyMailingAddress << FieldValue(u" \n\t "_s) << false;
        QTest::addRow("text") << FieldId::CompanyName << FieldValue(u"Acme"_s) << true;
        QTest::addRow("sms") << FieldId::ContentHelpResponse << FieldValue(u"Acme: help"_s) << true;
        QTest::addRow("bool null") << FieldId::PurposePhi << FieldValue() << false;
        QTest::addRow("bool false") << FieldId::PurposePhi << FieldValue(false) << true;
        QTest::addRow("bool true") << FieldId::PurposePhi << FieldValue(true) << true;
        QTest::addRow("countries empty") << FieldId::CaseCountries << FieldValue(QStringList {}) << false;
        QTest::addRow("countries") << FieldId::CaseCountries << FieldValue(QStringList {u"US"_s}) << true;
        QTest::addRow("methods") << FieldId::SignupMethods << FieldValue(QStringList {u"website"_s}) << true;
        QTest::addRow("integer unset") << FieldId::RequestsNewQuotaValue << FieldValue() << false;
        QTest::addRow("integer") << FieldId::RequestsNewQuotaValue << FieldValue(1) << true;
        QTest::addRow("no examples") << FieldId::ContentExamples << FieldValue(scs::ExampleList {}) << false;
        QTest::addRow("two examples") << FieldId::ContentExamples << FieldValue(examples(2)) << false;
        QTest::addRow("three examples") << FieldId::ContentExamples << FieldValue(examples(3)) << true;
        QTest::addRow("five examples") << FieldId::ContentExamples << FieldValue(examples(5)) << true;
        QTest::addRow("two with text, two blank")
                << FieldId::ContentExamples << FieldValue(examples(2, 2)) << false;
        QTest::addRow("three with text, one blank")
                << FieldId::ContentExamples << FieldValue(examples(3, 1)) << true;
        QTest::addRow("keywords empty") << FieldId::SignupJoinKeywords << FieldValue(QStringList {}) << false;
        QTest::addRow("keywords") << FieldId::SignupJoinKeywords << FieldValue(QStringList {u"JOIN"_s})
                                  << true;
        QTest::addRow("no attachments")
                << FieldId::EvidenceOptinMockups << FieldValue(scs::AttachmentList {}) << false;
        QTest::addRow("one attachment")
                << FieldId::EvidenceOptinMockups
                << FieldValue(scs::AttachmentList {{u"a.png"_s, u"image/png"_s, QString(), "\x89PNG"}})
                << true;
        QTest::addRow("an empty file still counts")
                << FieldId::EvidenceOptinMockups
                << FieldValue(scs::AttachmentList {{u"a.png"_s, u"image/png"_s, QString(), QByteArray()}})
                << true;
    }
    void filled()
    {
        QFETCH(FieldId, id);
        QFETCH(FieldValue, value);
        QFETCH(bool, filled);
        scs::Request request;
        request.setValue(id, value);
        QCOMPARE(Catalog::isFilled(request, id), filled);
    }

    void completeness_data()
    {
        QTest::addColumn<scs::Request>("request");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("signup"); // completeness of the signup section
        QTest::addColumn<double>("tracking");

        // Required without conditions: 3 + 2 + 8 + 8 + 1 + 3 + 5 + 1 = 31.
        const double required = 31.0;
        const double signupRequired = 8.0;
        QTest::addRow("empty") << scs::Request() << 0.0 << 0.0 << 1.0;

        const scs::Request complete = completeRequest();
        QTest::addRow("complete") << complete << 1.0 << 1.0 << 1.0;

        scs::Request blank = complete;
        blank.setValue(FieldId::CompanyName, u"  "_s);
        QTest::addRow("blank name") << blank << (required - 1) / required << 1.0 << 1.0;

        scs::Request nullBool = complete;
        nullBool.clearValue(FieldId::PurposePhi);
        QTest::addRow("unanswered bool") << nullBool << (required - 1) / required << 1.0 << 1.0;

        scs::Request twoExamples = complete;
        twoExamples.setValue(FieldId::ContentExamples, examples(2, 1));
        QTest::addRow("two examples with text") << twoExamples << (required - 1) / required << 1.0 << 1.0;

        scs::Request other = complete;
        other.setValue(FieldId::SignupMethods, QStringList {u"other"_s});
        QTest::addRow("other without explanation")
                << other << required / (required + 1) << signupRequired / (signupRequired + 1) << 1.0;

        scs::Request explained = other;
        explained.setValue(FieldId::SignupMethodsOther, u"Paper form at the counter"_s);
        QTest::addRow("other explained") << explained << 1.0 << 1.0 << 1.0;

        scs::Request categoryOther = complete;
        categoryOther.setValue(FieldId::PurposeCategory, u"other"_s);
        QTest::addRow("category other") << categoryOther << required / (required + 1) << 1.0 << 1.0;

        scs::Request optionalOnly;
        optionalOnly.setValue(FieldId::NotesDescription, u"Notes"_s);
        optionalOnly.setValue(FieldId::TrackingStatus, u"submitted"_s);
        QTest::addRow("only optional fields") << optionalOnly << 0.0 << 0.0 << 1.0;

        scs::Request partly;
        partly.setValue(FieldId::SignupWebsite, u"https://acme.test"_s);
        partly.setValue(FieldId::SignupMethods, QStringList {u"website"_s});
        partly.setValue(FieldId::SignupOptinKeyword, u"YES"_s);
        partly.setValue(FieldId::SignupTermsUrl, u"https://acme.test/terms"_s);
        QTest::addRow("half the signup") << partly << 4.0 / required << 0.5 << 1.0;

        scs::Request sameCase = complete;
        sameCase.setValue(FieldId::SpendInSameCase, true);
        QTest::addRow("increase in this case, no region")
                << sameCase << required / (required + 1) << 1.0 << 1.0;

        scs::Request noMockup = complete;
        noMockup.clearValue(FieldId::EvidenceOptinMockups);
        QTest::addRow("no mockup") << noMockup << (required - 1) / required << 1.0 << 1.0;
    }
    void completeness()
    {
        QFETCH(scs::Request, request);
        QFETCH(double, expected);
        QFETCH(double, signup);
        QFETCH(double, tracking);
        QCOMPARE(Catalog::completeness(request), expected);
        QCOMPARE(Catalog::completeness(request, SectionId::Signup), signup);
        QCOMPARE(Catalog::completeness(request, SectionId::Tracking), tracking);
    }

    void textsPresent()
    {
        for (const scs::FieldDef &def : Catalog::fields()) {
            QVERIFY2(def.label && *def.label, def.key);
            QVERIFY2(def.help && *def.help, def.key);
            QVERIFY2(!Catalog::label(def.id).isEmpty(), def.key);
            QVERIFY2(!Catalog::help(def.id).isEmpty(), def.key);
            for (const scs::ChoiceDef &choice : def.choices)
                QVERIFY2(choice.label && *choice.label, choice.value);
        }
        for (const scs::SectionDef &def : Catalog::sections()) {
            QVERIFY2(!Catalog::sectionTitle(def.id).isEmpty(), def.key);
            QVERIFY2(!Catalog::sectionHelp(def.id).isEmpty(), def.key);
        }
    }

    // Every text has a Japanese translation that the language switch brings
    // in at call time, and switching back restores the English source.
    void translatedInJapanese()
    {
        scs::LanguageManager languages;
        QVERIFY(languages.setLanguage(u"ja"_s));
        const auto check = [](const char *source, const QString &japanese) {
            QVERIFY2(!japanese.isEmpty(), source);
            QVERIFY2(japanese != QLatin1StringView(source), source);
        };
        for (const scs::FieldDef &def : Catalog::fields()) {
            check(def.label, Catalog::label(def.id));
            check(def.help, Catalog::help(def.id));
            for (const scs::ChoiceDef &choice : def.choices)
                check(choice.label, Catalog::choiceLabel(def.id, QString::fromLatin1(choice.value)));
        }
        for (const scs::SectionDef &def : Catalog::sections()) {
            check(def.title, Catalog::sectionTitle(def.id));
            check(def.help, Catalog::sectionHelp(def.id));
        }
        // The values keep the provider's own names ("Pinpoint SMS" stays as
        // it is), so only the labels must differ.
        const auto fixed = Catalog::fixedRequestValues();
        for (std::size_t i = 0; i < Catalog::fixedRequestValueDefs().size(); ++i) {
            check(Catalog::fixedRequestValueDefs()[i].label, fixed.at(qsizetype(i)).first);
            QVERIFY(!fixed.at(qsizetype(i)).second.isEmpty());
        }
        QCOMPARE(Catalog::label(FieldId::CompanyName), u"会社名"_s);

        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(Catalog::label(FieldId::CompanyName), u"Company name"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

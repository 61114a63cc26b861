// The shared text matchers of the rules: how a reviewer reads a message.
#include "FailOnWarning.h"
#include "rules/Brands.h"
#include "rules/Categories.h"
#include "rules/Contacts.h"
#include "rules/Disclosures.h"
#include "rules/Frequency.h"
#include "rules/Promotional.h"
#include "rules/TextMatch.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs;

class TestTextMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void brand_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addRow("exact") << u"Northwind Parcel"_s << QString() << u"Northwind Parcel: shipped"_s
                               << true;
        QTest::addRow("case") << u"Northwind Parcel"_s << QString() << u"NORTHWIND PARCEL: shipped"_s << true;
        QTest::addRow("Inc. suffix") << u"Northwind Parcel, Inc."_s << QString() << u"Northwind Parcel: hi"_s
                                     << true;
        QTest::addRow("LLC suffix") << u"BrightBay Deals LLC"_s << QString() << u"BrightBay Deals: hi"_s
                                    << true;
        QTest::addRow("L.L.C. dotted") << u"BrightBay L.L.C."_s << QString() << u"From BrightBay."_s << true;
        QTest::addRow("Ltd.") << u"Contoso Ltd."_s << QString() << u"contoso: code 1234"_s << true;
        QTest::addRow("Corp.") << u"Fabrikam Corp."_s << QString() << u"Fabrikam alerts"_s << true;
        QTest::addRow("Co., Ltd.") << u"Tailspin Co., Ltd."_s << QString() << u"Tailspin: hi"_s << true;
        QTest::addRow("GmbH") << u"Adatum GmbH"_s << QString() << u"Adatum: hallo"_s << true;
        QTest::addRow("K.K.") << u"Sakura Foods K.K."_s << QString() << u"Sakura Foods: order"_s << true;
        QTest::addRow("株式会社 before")
                << u"株式会社ノースウィンド"_s << QString() << u"【ノースウィンド】配送のお知らせ"_s << true;
        QTest::addRow("株式会社 inside text")
                << u"ノースウィンド株式会社"_s << QString() << u"こちらはノースウィンドです"_s << true;
        QTest::addRow("punctuation") << u"Northwind-Parcel"_s << QString() << u"Northwind Parcel: hi"_s
                                     << true;
        QTest::addRow("spacing") << u"North Wind"_s << QString() << u"Northwind: hi"_s << true;
        QTest::addRow("apostrophe") << u"Macy's"_s << QString() << u"MACYS: your order"_s << true;
        QTest::addRow("product name")
                << u"Contoso Ltd."_s << u"Fresh Alerts"_s << u"Fresh-Alerts: hi"_s << true;
        QTest::addRow("suffix alone not brand")
                << u"Northwind Parcel, Inc."_s << QString() << u"Inc: shipped"_s << false;
        QTest::addRow("other brand") << u"Northwind Parcel"_s << QString() << u"Contoso: shipped"_s << false;
        QTest::addRow("inside a word") << u"Ace"_s << QString() << u"Your place is ready"_s << false;
        QTest::addRow("N.A.") << u"Woodgrove National Bank, N.A."_s << QString()
                              << u"Woodgrove National Bank: your balance"_s << true;
        QTest::addRow("Holdings") << u"Fabrikam Financial Holdings, Inc."_s << QString()
                                  << u"Fabrikam Financial: payment due"_s << true;
        QTest::addRow("leading The") << u"The Contoso Company"_s << QString() << u"Contoso: hi"_s << true;
        QTest::addRow("PLLC") << u"Lakeshore Dental PLLC"_s << QString() << u"Lakeshore Dental: see you"_s
                              << true;
        QTest::addRow("distinctive leading words") << u"Contoso Ltd."_s << u"Woodgrove Bank Alerts"_s
                                                   << u"Woodgrove Bank: balance low"_s << true;
        QTest::addRow("distinctive first word")
                << u"Contoso Ltd."_s << u"Woodgrove Bank Alerts"_s << u"Woodgrove: balance low"_s << true;
        QTest::addRow("generic leading words")
                << u"First National Bank of Omaha"_s << QString() << u"First National: hi"_s << false;
        QTest::addRow("credit union")
                << u"Tailwind Federal Credit Union"_s << QString() << u"Tailwind FCU: code 1234"_s << true;
        QTest::addRow("only inside a URL")
                << u"Northwind Parcel, Inc."_s << QString() << u"Track at northwindparcel.com/t/1"_s << false;
        QTest::addRow("only inside an e-mail address") << u"Northwind Parcel, Inc."_s << QString()
                                                       << u"Write to help@northwindparcel.com"_s << false;
        QTest::addRow("camel case") << u"Northwind Parcel, Inc."_s << QString()
                                    << u"NorthwindParcel: shipped"_s << true;
    }
    void brand()
    {
        QFETCH(QString, company);
        QFETCH(QString, product);
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(text::Brands(QString(), product, company).foundIn(text), found);
    }

    void companyKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addRow("Inc.") << u"Northwind Parcel, Inc."_s << u"northwindparcel"_s;
        QTest::addRow("K.K.") << u"Sakura K.K."_s << u"sakura"_s;
        QTest::addRow("only a suffix") << u"Inc."_s << u"inc"_s;
        QTest::addRow("Japanese") << u"株式会社さくら"_s << u"さくら"_s;
        QTest::addRow("N.A.") << u"Woodgrove Bank, N.A."_s << u"woodgrovebank"_s;
        QTest::addRow("Holdings, Inc.") << u"Fabrikam Holdings, Inc."_s << u"fabrikam"_s;
        QTest::addRow("The") << u"The Coho Winery"_s << u"cohowinery"_s;
    }
    void companyKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(text::Brands::companyKey(name), key);
    }

    void rates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addRow("Msg&data") << u"Msg&data rates may apply."_s << true;
        QTest::addRow("Msg & data") << u"Msg & data rates may apply."_s << true;
        QTest::addRow("Message and data") << u"Message and data rates may apply."_s << true;
        QTest::addRow("Standard") << u"Standard msg & data rates may apply"_s << true;
        QTest::addRow("capitalised") << u"MSG & DATA RATES MAY APPLY"_s << true;
        QTest::addRow("rates apply") << u"Msg&data rates apply."_s << true;
        QTest::addRow("msgs") << u"Msgs & Data Rates May Apply"_s << true;
        QTest::addRow("Japanese") << u"通信料がかかる場合があります。"_s << true;
        QTest::addRow("run together") << u"Msg&DataRatesApply"_s << true;
        QTest::addRow("slash") << u"Msg/data rates may apply."_s << true;
        QTest::addRow("data and message") << u"Data and message rates may apply."_s << true;
        QTest::addRow("data only") << u"Data rates may apply."_s << false;
        QTest::addRow("rates only") << u"Rates may apply."_s << false;
        QTest::addRow("nothing") << u"Reply STOP to cancel."_s << false;
    }
    void rates()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(text::hasRatesDisclosure(text::Words(text)), found);
    }

    void frequency_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addRow("msgs/week") << u"4 msgs/week"_s << true;
        QTest::addRow("up to msgs/wk") << u"Up to 5 msgs/wk."_s << true;
        QTest::addRow("msgs per month") << u"2 msgs per month"_s << true;
        QTest::addRow("message per request") << u"1 message per request"_s << true;
        QTest::addRow("spelled number") << u"One message per login."_s << true;
        QTest::addRow("range") << u"2-4 msgs/mo"_s << true;
        QTest::addRow("weekly") << u"3 msgs weekly"_s << true;
        QTest::addRow("with words between") << u"5 delivery alerts per week"_s << true;
        QTest::addRow("varies") << u"Msg frequency varies."_s << true;
        QTest::addRow("message frequency varies") << u"Message frequency varies"_s << true;
        QTest::addRow("Japanese") << u"配信頻度：月2回"_s << true;
        QTest::addRow("run together") << u"12Msgs/Month"_s << true;
        QTest::addRow("up to per day") << u"up to 2 msgs/day"_s << true;
        QTest::addRow("depends on deliveries") << u"Msg frequency depends on your deliveries."_s << true;
        QTest::addRow("per order") << u"1 message per order"_s << true;
        QTest::addRow("freq colon") << u"Msg freq: 4/mo."_s << true;
        QTest::addRow("no unit") << u"2 per month"_s << false;
        QTest::addRow("no period") << u"You will get 2 msgs."_s << false;
        QTest::addRow("recurring only") << u"Recurring messages."_s << false;
        QTest::addRow("unit before count") << u"Recurring texts, up to 3/wk."_s << true;
        QTest::addRow("unit before count per") << u"Alerts: 2 per month"_s << true;
        QTest::addRow("unit in another sentence") << u"Get alerts. 2 per month"_s << false;
        QTest::addRow("unit before, a period word") << u"Texts 24/7 support"_s << false;
    }
    void frequency()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(text::hasFrequency(text::Words(text)), found);
    }

    void keyword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<bool>("found");
        QTest::addRow("exact") << u"Reply YES to join"_s << u"YES"_s << true;
        QTest::addRow("case") << u"reply yes to join"_s << u"YES"_s << true;
        QTest::addRow("punctuated") << u"Reply \"YES\"."_s << u"yes"_s << true;
        QTest::addRow("two words") << u"Text JOIN NOW to 12345"_s << u"join now"_s << true;
        QTest::addRow("inside a word") << u"YESTERDAY we shipped"_s << u"YES"_s << false;
        QTest::addRow("STOPPED is not STOP") << u"Deliveries STOPPED today"_s << u"STOP"_s << false;
        QTest::addRow("Japanese keyword in text") << u"「はい」と返信してください"_s << u"はい"_s << true;
        QTest::addRow("missing") << u"Reply Y to join"_s << u"YES"_s << false;
    }
    void keyword()
    {
        QFETCH(QString, text);
        QFETCH(QString, keyword);
        QFETCH(bool, found);
        QCOMPARE(text::containsKeyword(text, keyword), found);
    }

    void instructions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("stop");
        QTest::addColumn<bool>("help");
        QTest::addRow("both") << u"Txt STOP to cancel or HELP for info."_s << true << true;
        QTest::addRow("lower case") << u"reply stop to end, help for help"_s << true << true;
        QTest::addRow("STOPPED, HELPFUL") << u"Alerts STOPPED. HELPFUL tips"_s << false << false;
        QTest::addRow("none") << u"Your code is 1234."_s << false << false;
        QTest::addRow("Japanese") << u"配信停止はSTOP、ヘルプはHELPと返信"_s << true << true;
        QTest::addRow("never stop helping")
                << u"We will never stop helping you, and we are here to help."_s << false << false;
        QTest::addRow("END to opt out") << u"Reply END to opt out."_s << true << false;
        QTest::addRow("more info at our site") << u"More info at our site."_s << false << false;
        QTest::addRow("quoted keywords") << u"Reply \"stop\" to end or \"help\" for help."_s << true << true;
        QTest::addRow("shouting") << u"GET THE END OF SEASON DEALS NOW AT OUR STORE"_s << false << false;
    }
    void instructions()
    {
        QFETCH(QString, text);
        QFETCH(bool, stop);
        QFETCH(bool, help);
        const text::Words words(text);
        QCOMPARE(text::hasStopInstruction(words), stop);
        QCOMPARE(text::hasHelpInstruction(words), help);
    }

    void wording_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addRow("consent reply") << u"consent"_s << u"Reply YES to receive alerts"_s << true;
        QTest::addRow("consent agree") << u"consent"_s << u"Do you agree to get alerts?"_s << true;
        QTest::addRow("consent none") << u"consent"_s << u"Alerts are coming."_s << false;
        QTest::addRow("consent text back Y") << u"consent"_s << u"Text back Y to get alerts"_s << true;
        QTest::addRow("consent only STOP")
                << u"consent"_s << u"Alerts are on. Reply STOP to cancel."_s << false;
        QTest::addRow("consent only HELP and STOP")
                << u"consent"_s << u"You were added. Reply HELP for help, STOP to end."_s << false;
        QTest::addRow("consent by text") << u"consent"_s << u"We send alerts by text."_s << false;
        QTest::addRow("optout unsubscribed") << u"optout"_s << u"You are unsubscribed."_s << true;
        QTest::addRow("optout no more") << u"optout"_s << u"No more messages will be sent."_s << true;
        QTest::addRow("optout will not receive")
                << u"optout"_s << u"You will not receive further texts"_s << true;
        QTest::addRow("optout won't") << u"optout"_s << u"You won't receive more alerts"_s << true;
        QTest::addRow("optout none") << u"optout"_s << u"Sorry to see you go!"_s << false;
        QTest::addRow("Opt-Out confirmed")
                << u"optout"_s << u"Opt-Out confirmed. Reply START to rejoin."_s << true;
        QTest::addRow("opted out") << u"optout"_s << u"You have opted out of Contoso alerts."_s << true;
        QTest::addRow("no longer receive") << u"optout"_s << u"You will no longer receive texts."_s << true;
        QTest::addRow("won’t receive") << u"optout"_s << u"You won’t receive more alerts"_s << true;
        QTest::addRow("subscribed") << u"subscribed"_s << u"You're subscribed to alerts"_s << true;
        QTest::addRow("not subscribed") << u"subscribed"_s << u"Don't miss out!"_s << false;
        QTest::addRow("promo percent off") << u"promo"_s << u"Come back for 20% off"_s << true;
        QTest::addRow("promo free") << u"promo"_s << u"Get a free gift"_s << true;
        QTest::addRow("promo toll-free") << u"promo"_s << u"Call our toll-free line"_s << false;
        QTest::addRow("promo feel free") << u"promo"_s << u"Feel free to call us"_s << false;
        QTest::addRow("promo hands-free") << u"promo"_s << u"Hands-free pickup is ready"_s << false;
        QTest::addRow("promo free of charge")
                << u"promo"_s << u"Replacement cards are free of charge."_s << false;
        QTest::addRow("promo single word offer") << u"promo"_s << u"We offer delivery updates."_s << false;
        QTest::addRow("promo shop now") << u"promo"_s << u"Shop now at contoso.com"_s << true;
        QTest::addRow("promo pre-approved") << u"promo"_s << u"You are pre-approved!"_s << true;
        QTest::addRow("promo APR offer") << u"promo"_s << u"Get 0% intro APR for 12 months"_s << true;
        QTest::addRow("promo APR notice") << u"promo"_s << u"Your APR changes on 3/1."_s << false;
        QTest::addRow("promo save amount") << u"promo"_s << u"Save 20% this weekend"_s << true;
        QTest::addRow("promo none") << u"promo"_s << u"Your package shipped."_s << false;
        QTest::addRow("terms") << u"terms"_s << u"Terms: https://x.example/t"_s << true;
        QTest::addRow("privacy") << u"terms"_s << u"See our Privacy Policy"_s << true;
        QTest::addRow("no terms") << u"terms"_s << u"Sign up now"_s << false;
    }
    void wording()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(bool, found);
        const text::Words words(text);
        bool result = false;
        if (kind == u"consent")
            result = text::hasConsentWording(words);
        else if (kind == u"optout")
            result = text::hasOptOutConfirmation(words);
        else if (kind == u"subscribed")
            result = text::hasSubscribedWording(words);
        else if (kind == u"promo")
            result = !text::promotionalWording(words).isEmpty();
        else if (kind == u"terms")
            result = text::hasTermsOrPrivacy(words);
        QCOMPARE(result, found);
    }

    void contact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addRow("US phone") << u"Call (800) 555-0142."_s << true;
        QTest::addRow("dashed phone") << u"Call 1-888-555-0172"_s << true;
        QTest::addRow("international") << u"Call +44 20 7946 0958"_s << true;
        QTest::addRow("e-mail") << u"Write to help@contoso.org."_s << true;
        QTest::addRow("web with scheme") << u"See https://contoso.org"_s << true;
        QTest::addRow("bare host and path") << u"Help at contoso.com/help"_s << true;
        QTest::addRow("www") << u"www.contoso.jp"_s << true;
        QTest::addRow("none") << u"We are here to help. Reply STOP to cancel."_s << false;
        QTest::addRow("sentence end is no host") << u"Reply STOP to cancel.Msg rates apply"_s << false;
        QTest::addRow("short code is no phone") << u"Text 12345 for help"_s << false;
    }
    void contact()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(text::hasContact(text::Words(text)), found);
    }

    void flagged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::addRow("bit.ly") << u"shortener"_s << u"Shop: bit.ly/x1"_s << u"bit.ly"_s;
        QTest::addRow("TinyURL") << u"shortener"_s << u"See TinyURL.com/abc"_s << u"TinyURL.com"_s;
        QTest::addRow("t.co") << u"shortener"_s << u"t.co/xyz"_s << u"t.co"_s;
        QTest::addRow("own domain") << u"shortener"_s << u"contoso.com/t/1"_s << QString();
        QTest::addRow("sample ExampleCorp") << u"sample"_s << u"ExampleCorp: hi"_s << u"ExampleCorp"_s;
        QTest::addRow("sample phone") << u"sample"_s << u"Call (800) 555-0199"_s << u"(800) 555-0199"_s;
        QTest::addRow("sample example.com") << u"sample"_s << u"Go to example.com/help"_s << u"example.com"_s;
        QTest::addRow("no sample") << u"sample"_s << u"Contoso: hi"_s << QString();
        QTest::addRow("{{x}}") << u"placeholder"_s << u"Code {{code}} here"_s << u"{{code}}"_s;
        QTest::addRow("percent-s") << u"placeholder"_s << u"Hi %s, welcome"_s << u"%s"_s;
        QTest::addRow("<x>") << u"placeholder"_s << u"Hi <name>, welcome"_s << u"<name>"_s;
        QTest::addRow("[x] is fine") << u"placeholder"_s << u"Hi [name], 50% done"_s << QString();
        QTest::addRow("reserved STOP") << u"reserved"_s << u"STOP"_s << u"STOP"_s;
        QTest::addRow("reserved opt out") << u"reserved"_s << u"opt out"_s << u"OPTOUT"_s;
        QTest::addRow("reserved inside") << u"reserved"_s << u"STOPNOW"_s << u"STOP"_s;
        QTest::addRow("reserved help word") << u"reserved"_s << u"JOIN INFO"_s << u"INFO"_s;
        QTest::addRow("not reserved") << u"reserved"_s << u"YES"_s << QString();
    }
    void flagged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, found);
        QString result;
        if (kind == u"shortener")
            result = text::urlShortener(text::Words(text));
        else if (kind == u"sample")
            result = text::sampleText(text);
        else if (kind == u"placeholder")
            result = text::placeholder(text);
        else if (kind == u"reserved")
            result = text::reservedKeyword(text);
        QCOMPARE(result, found);
    }

    void categories_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category"); // the term, or empty for none
        QTest::addRow("vape") << u"New vapes in stock"_s << u"vaping and e-cigarettes"_s;
        QTest::addRow("cigars") << u"New cigars in the humidor"_s << u"tobacco or vaping"_s;
        QTest::addRow("firearm safety class")
                << u"Your firearm safety class starts Monday"_s << u"firearms training"_s;
        QTest::addRow("CBD") << u"CBD oil sale"_s << u"cannabis or CBD"_s;
        QTest::addRow("dispensary") << u"Greenleaf Dispensary order ready"_s << u"cannabis or CBD"_s;
        QTest::addRow("payday loan") << u"Get a payday loan today"_s << u"payday or high-risk lending"_s;
        QTest::addRow("casino") << u"Casino night!"_s << u"gambling"_s;
        QTest::addRow("crypto is not refused") << u"Bitcoin price update: BTC is up 3%"_s << QString();
        QTest::addRow("clean") << u"Your package shipped"_s << QString();
        QTest::addRow("nail gun") << u"The nail gun you ordered has shipped"_s << QString();
        QTest::addRow("firearm") << u"New handguns in stock at the range"_s << u"firearms"_s;
        QTest::addRow("root beer") << u"Free root beer float with any meal"_s << QString();
        QTest::addRow("alcohol-free") << u"Try our alcohol-free sparkling cider"_s << QString();
        QTest::addRow("wine") << u"Wine club pickup this Friday"_s << u"alcohol"_s;
        QTest::addRow("not a debt collector")
                << u"We are not a debt collector; this is a courtesy reminder."_s << QString();
        QTest::addRow("debt collector") << u"This is an attempt to collect a debt by a debt collector."_s
                                        << u"third-party debt collection"_s;
        QTest::addRow("weed killer") << u"Weed killer is 2 for 1 at the garden center"_s << QString();
        QTest::addRow("word inside a word") << u"Essex shipping"_s << QString();
        QTest::addRow("premium SMS") << u"$1.99/msg, charged to your phone bill"_s
                                     << u"carrier-billed charges"_s;
        QTest::addRow("text to donate")
                << u"Text GIVE to 20222 to donate $10"_s << u"carrier-billed charges"_s;
        QTest::addRow("phone bill notice") << u"Your phone bill is ready to view."_s << QString();
        QTest::addRow("prescription") << u"Your prescription is ready for pickup"_s << u"health details"_s;
        QTest::addRow("dose of savings") << u"A dose of savings this week"_s << QString();
        QTest::addRow("partner offers")
                << u"Exclusive offers from our partners"_s << u"lead generation or affiliate marketing"_s;
        QTest::addRow("never share") << u"We never share your information with third parties."_s << QString();
    }
    void categories()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        QList<text::CategoryHit> hits;
        text::findCategories(text::Words(text), hits);
        if (category.isEmpty()) {
            QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : hits.front().phrase));
            return;
        }
        QStringList terms;
        for (const text::CategoryHit &hit : hits)
            terms.append(QLatin1StringView(text::categoryTerm(hit.category)));
        QVERIFY2(terms.contains(category), qPrintable(terms.join(u", "_s)));
    }

    void promotionInBrandName()
    {
        const text::Brands brands(QString(), u"Evan's Surfboards Promos"_s, u"Evan's Surfboards LLC"_s);
        QVERIFY(text::promotionalWording(text::Words(u"Evan's Surfboards Promos: your board shipped"_s),
                                         &brands)
                        .isEmpty());
        QCOMPARE(text::promotionalWording(text::Words(u"Evan's Surfboards Promos: promo code SURF10"_s),
                                          &brands),
                 u"promo code"_s);
    }

    void consentCondition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("condition");
        QTest::addRow("disclaimer") << u"Consent is not a condition of purchase."_s << false;
        QTest::addRow("not required") << u"Consent is not required as a condition of purchase."_s << false;
        QTest::addRow("condition") << u"Consent to texts is a condition of purchase."_s << true;
        QTest::addRow("by placing an order")
                << u"By placing an order, you agree to receive marketing texts."_s << true;
        QTest::addRow("must opt in") << u"You must opt in to texts to complete your purchase."_s << true;
        QTest::addRow("plain consent") << u"By checking this box you agree to receive texts."_s << false;
        QTest::addRow("condition of using") << u"Texts are a condition of using the app."_s << true;
        QTest::addRow("by continuing to checkout")
                << u"By continuing to checkout you agree to get promotional texts."_s << true;
        QTest::addRow("by opening an account, accept terms with texts")
                << u"By signing up for an account, you accept our terms, including marketing texts."_s
                << true;
        QTest::addRow("by signing up for texts")
                << u"By signing up for our text service you agree to receive marketing texts."_s << false;
        QTest::addRow("members only ordering")
                << u"Ordering is restricted to SMS club subscribers only."_s << true;
        QTest::addRow("members only deals") << u"Deals are for text club members only."_s << false;
        QTest::addRow("purpose first") << u"To place an order, you must subscribe to our texts."_s << true;
        QTest::addRow("needed for a price") << u"Text signup needed to get the member price."_s << true;
        QTest::addRow("not needed") << u"Texts are not needed to complete your order."_s << false;
        QTest::addRow("incentive") << u"Text JOIN to get 10% off your next order."_s << false;
    }
    void consentCondition()
    {
        QFETCH(QString, text);
        QFETCH(bool, condition);
        QCOMPARE(!text::consentAsCondition(text::Words(text)).isEmpty(), condition);
    }

    void frequencyContradicts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("contradicts");
        QTest::addRow("same") << u"Up to 5 msgs/week"_s << u"5 msgs per week"_s << false;
        QTest::addRow("week and month alike") << u"Up to 2 msgs/day"_s << u"up to 60 msgs/month"_s << false;
        QTest::addRow("different") << u"4 msgs/week"_s << u"2 msgs/month"_s << true;
        QTest::addRow("varies") << u"Msg frequency varies"_s << u"2 msgs/month"_s << false;
        QTest::addRow("per order") << u"1 msg per order"_s << u"2 msgs/month"_s << false;
    }
    void frequencyContradicts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, contradicts);
        const text::Frequency fa = text::findFrequency(text::Words(a));
        const text::Frequency fb = text::findFrequency(text::Words(b));
        QVERIFY(fa.isStated() && fb.isStated());
        QCOMPARE(fa.contradicts(fb), contradicts);
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::addRow("digits and letters")
                << u"12Msgs/Month"_s << QStringList {u"12"_s, u"msgs"_s, u"/"_s, u"month"_s};
        QTest::addRow("camel case") << u"DataRatesApply"_s << QStringList {u"data"_s, u"rates"_s, u"apply"_s};
        QTest::addRow("capitals stay") << u"STOPPED MSGs"_s << QStringList {u"stopped"_s, u"msgs"_s};
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        const text::Words words(text);
        QStringList got;
        for (qsizetype i = 0; i < words.size(); ++i)
            got.append(QString::fromLatin1(words.at(i).data(), qsizetype(words.at(i).size())));
        QCOMPARE(got, tokens);
    }

    void sameIgnoringSpaces_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("equal") << u"Reply STOP"_s << u"Reply STOP"_s << true;
        QTest::addRow("runs of spaces") << u" Reply  STOP\n"_s << u"Reply STOP"_s << true;
        QTest::addRow("different") << u"Reply STOP"_s << u"Reply HELP"_s << false;
        QTest::addRow("space removed") << u"ReplySTOP"_s << u"Reply STOP"_s << false;
    }
    void sameIgnoringSpaces()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(text::sameIgnoringSpaces(a, b), same);
    }
};

QTEST_GUILESS_MAIN(TestTextMatch)
#include "tst_textmatch.moc"

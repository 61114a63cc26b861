#include "CatalogTables.h"

#include <QtGlobal>

namespace scs::CatalogTables {

namespace {

// Builders keep the table below readable: one call per field, the optional
// parts (choices, range, condition, default) chained on.
constexpr FieldDef field(FieldId id, const char *key, SectionId section, FieldKind kind,
                         Requirement requirement, const char *label, const char *help)
{
    FieldDef def {};
    def.id = id;
    def.key = key;
    def.section = section;
    def.kind = kind;
    def.requirement = requirement;
    def.label = label;
    def.help = help;
    def.conditionField = id;
    return def;
}

constexpr FieldDef withChoices(FieldDef def, std::span<const ChoiceDef> choices)
{
    def.choices = choices;
    return def;
}

constexpr FieldDef withRange(FieldDef def, qint64 minimum, qint64 maximum)
{
    def.minimum = minimum;
    def.maximum = maximum;
    return def;
}

constexpr FieldDef withCondition(FieldDef def, FieldId conditionField,
                                 std::span<const char *const> conditionValues)
{
    def.requirement = Requirement::Conditional;
    def.print = Print::WhenApplies;
    def.conditionField = conditionField;
    def.conditionValues = conditionValues;
    return def;
}

constexpr FieldDef withDefault(FieldDef def, const char *value)
{
    def.defaultValue = value;
    return def;
}

// How the case description prints the field; the default is Print::Always,
// and Print::WhenApplies for a conditional field.
constexpr FieldDef withPrint(FieldDef def, Print print)
{
    def.print = print;
    return def;
}

constexpr FieldDef withOptInStep(FieldDef def, unsigned char step)
{
    def.optInStep = step;
    return def;
}

constexpr auto Req = Requirement::Required;
constexpr auto Opt = Requirement::Optional;

// The values of conditions (Requirement::Conditional).
constexpr const char *whenOther[] = {"other"};
constexpr const char *whenTrue[] = {"true"};
constexpr const char *whenAgeGated[] = {"age_18", "age_21"};
constexpr const char *whenSweepstakes[] = {"sweepstakes_contests"};

constexpr ChoiceDef messageTypes[] = {
        {"transactional", QT_TRANSLATE_NOOP("scs::Catalog", "Transactional")},
        {"promotional", QT_TRANSLATE_NOOP("scs::Catalog", "Promotional")},
        {"one_time_password", QT_TRANSLATE_NOOP("scs::Catalog", "One-time passwords")},
};

constexpr ChoiceDef signupMethods[] = {
        {"text_message", QT_TRANSLATE_NOOP("scs::Catalog", "Text messages")},
        {"website", QT_TRANSLATE_NOOP("scs::Catalog", "Website")},
        {"mobile_app", QT_TRANSLATE_NOOP("scs::Catalog", "Mobile app")},
        {"other", QT_TRANSLATE_NOOP("scs::Catalog", "Other")},
};

constexpr ChoiceDef industries[] = {
        {"financial_services", QT_TRANSLATE_NOOP("scs::Catalog", "Financial services and banking")},
        {"lending", QT_TRANSLATE_NOOP("scs::Catalog", "Lending and loans")},
        {"debt_collection", QT_TRANSLATE_NOOP("scs::Catalog", "Debt collection")},
        {"insurance", QT_TRANSLATE_NOOP("scs::Catalog", "Insurance")},
        {"healthcare", QT_TRANSLATE_NOOP("scs::Catalog", "Healthcare")},
        {"pharmacy", QT_TRANSLATE_NOOP("scs::Catalog", "Pharmacy")},
        {"retail_ecommerce", QT_TRANSLATE_NOOP("scs::Catalog", "Retail and online shopping")},
        {"restaurants_food", QT_TRANSLATE_NOOP("scs::Catalog", "Restaurants and food")},
        {"travel_hospitality", QT_TRANSLATE_NOOP("scs::Catalog", "Travel and hospitality")},
        {"logistics", QT_TRANSLATE_NOOP("scs::Catalog", "Logistics and delivery")},
        {"technology_software", QT_TRANSLATE_NOOP("scs::Catalog", "Technology and software")},
        {"telecommunications", QT_TRANSLATE_NOOP("scs::Catalog", "Telecommunications")},
        {"education", QT_TRANSLATE_NOOP("scs::Catalog", "Education")},
        {"real_estate", QT_TRANSLATE_NOOP("scs::Catalog", "Real estate")},
        {"nonprofit_charity", QT_TRANSLATE_NOOP("scs::Catalog", "Nonprofit and charity")},
        {"political", QT_TRANSLATE_NOOP("scs::Catalog", "Political campaigns")},
        {"government", QT_TRANSLATE_NOOP("scs::Catalog", "Government")},
        {"media_entertainment", QT_TRANSLATE_NOOP("scs::Catalog", "Media and entertainment")},
        {"gaming_sweepstakes", QT_TRANSLATE_NOOP("scs::Catalog", "Gaming and sweepstakes")},
        {"alcohol", QT_TRANSLATE_NOOP("scs::Catalog", "Alcohol")},
        {"tobacco_vaping", QT_TRANSLATE_NOOP("scs::Catalog", "Tobacco and vaping")},
        {"firearms", QT_TRANSLATE_NOOP("scs::Catalog", "Firearms")},
        {"cannabis_cbd", QT_TRANSLATE_NOOP("scs::Catalog", "Cannabis, CBD and hemp")},
        {"adult", QT_TRANSLATE_NOOP("scs::Catalog", "Adult content")},
        {"other", QT_TRANSLATE_NOOP("scs::Catalog", "Other")},
};

constexpr ChoiceDef ageGates[] = {
        {"none", QT_TRANSLATE_NOOP("scs::Catalog", "No age check")},
        {"age_18", QT_TRANSLATE_NOOP("scs::Catalog", "18 or older")},
        {"age_21", QT_TRANSLATE_NOOP("scs::Catalog", "21 or older")},
};

constexpr ChoiceDef purposeCategories[] = {
        {"promotions_marketing", QT_TRANSLATE_NOOP("scs::Catalog", "Promotions and marketing")},
        {"location_based_services", QT_TRANSLATE_NOOP("scs::Catalog", "Location-based services")},
        {"notifications", QT_TRANSLATE_NOOP("scs::Catalog", "Notifications")},
        {"information_on_demand", QT_TRANSLATE_NOOP("scs::Catalog", "Information on demand")},
        {"group_chat", QT_TRANSLATE_NOOP("scs::Catalog", "Group chat")},
        {"two_factor_authentication", QT_TRANSLATE_NOOP("scs::Catalog", "Two-factor authentication (2FA)")},
        {"polling_surveys", QT_TRANSLATE_NOOP("scs::Catalog", "Polling and surveys")},
        {"sweepstakes_contests", QT_TRANSLATE_NOOP("scs::Catalog", "Sweepstakes or contests")},
        {"other", QT_TRANSLATE_NOOP("scs::Catalog", "Other")},
};

constexpr ChoiceDef contactLanguages[] = {
        {"en", QT_TRANSLATE_NOOP("scs::Catalog", "English")},
        {"ja", QT_TRANSLATE_NOOP("scs::Catalog", "Japanese")},
};

constexpr ChoiceDef trackingStatuses[] = {
        {"draft", QT_TRANSLATE_NOOP("scs::Catalog", "Draft")},
        {"submitted", QT_TRANSLATE_NOOP("scs::Catalog", "Submitted")},
        {"provisioned", QT_TRANSLATE_NOOP("scs::Catalog", "Provisioned")},
        {"declined", QT_TRANSLATE_NOOP("scs::Catalog", "Declined")},
};

using F = FieldId;
using S = SectionId;
using K = FieldKind;

// In catalog order (FieldId's): the order of request-format.md, with the
// fields of format version 2 in their sections.
constexpr FieldDef fieldTable[] = {
        field(F::CaseSiteUrl, "case.site_url", S::Case, K::Url, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Site or app that sends the messages"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "A link to the website, app or service that will send the text messages, e.g. "
                      "https://www.example.com. Reviewers open it to see who you are and what you offer, so "
                      "give a public page that shows your brand.")),
        withChoices(field(F::CaseMessageType, "case.message_type", S::Case, K::Choice, Req,
                          QT_TRANSLATE_NOOP("scs::Catalog", "Type of messages"),
                          QT_TRANSLATE_NOOP(
                                  "scs::Catalog",
                                  "The kind of messages you plan to send: transactional (alerts, "
                                  "notifications, receipts), promotional (marketing) or one-time passwords. "
                                  "Carriers review and route each kind differently.")),
                    messageTypes),
        field(F::CaseCountries, "case.countries", S::Case, K::Country, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Destination country"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The country your recipients are in, as a two-letter code such as US. A short code "
                      "only "
                      "reaches phones in the country where it is based: for several countries, file one "
                      "request per country.")),

        withChoices(field(F::RequestsQuota, "requests.quota", S::Requests, K::Choice, Req,
                          QT_TRANSLATE_NOOP("scs::Catalog", "Quota"),
                          QT_TRANSLATE_NOOP(
                                  "scs::Catalog",
                                  "The type of messages you plan to send with this short code. It should be "
                                  "the same as the type of messages under Case classification.")),
                    messageTypes),
        withRange(field(F::RequestsNewQuotaValue, "requests.new_quota_value", S::Requests, K::Integer, Req,
                        QT_TRANSLATE_NOOP("scs::Catalog", "New quota value"),
                        QT_TRANSLATE_NOOP(
                                "scs::Catalog",
                                "The number of short codes you want to buy, usually 1. Every short code has "
                                "fees of its own.")),
                  1, 100),

        withDefault(
                field(F::SpendMonthlyLimitUsd, "spend.monthly_limit_usd", S::Spend, K::Money, Opt,
                      QT_TRANSLATE_NOOP("scs::Catalog", "Monthly spending threshold (USD)"),
                      QT_TRANSLATE_NOOP(
                              "scs::Catalog",
                              "The most you want to spend on text messages in a month, in US dollars with "
                              "two decimals, e.g. 250.00. The default is 1.00, which stops sending almost "
                              "at once: ask for enough to cover the traffic you expect.")),
                "1.00"),
        field(F::SpendExpectedMonthlyMessages, "spend.expected_monthly_messages", S::Spend, K::Integer, Opt,
              QT_TRANSLATE_NOOP("scs::Catalog", "Expected messages per month"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "About how many messages you expect to send in a month. It is only used to estimate "
                      "your costs and compare them with the threshold.")),
        field(F::SpendInSameCase, "spend.in_same_case", S::Spend, K::Bool, Opt,
              QT_TRANSLATE_NOOP("scs::Catalog", "Request the increase in this case"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "Whether you ask for the higher spending threshold in this same support case. You can "
                      "also open a separate case for it.")),
        withCondition(
                field(F::SpendRegion, "spend.region", S::Spend, K::Text, Req,
                      QT_TRANSLATE_NOOP("scs::Catalog", "AWS Region of the increase"),
                      QT_TRANSLATE_NOOP("scs::Catalog",
                                        "The AWS Region whose spending threshold you want raised, e.g. "
                                        "us-east-1: the Region from which you send the messages. Needed when "
                                        "you ask for the increase in this case.")),
                F::SpendInSameCase, whenTrue),

        field(F::CompanyName, "company.name", S::Company, K::Text, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Company name"),
              QT_TRANSLATE_NOOP("scs::Catalog",
                                "The legal name of your company, as in its official records.")),
        withPrint(field(F::CompanyBrandName, "company.brand_name", S::Company, K::Text, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "Brand name"),
                        QT_TRANSLATE_NOOP("scs::Catalog",
                                          "The brand or trade name your messages and website use, if it is "
                                          "not the legal name: "
                                          "e.g. legal name \"Fabrikam Financial Holdings, Inc.\", brand "
                                          "\"Fabrikam Bank\". "
                                          "Reviewers look for this name in your messages.")),
                  Print::WhenSet),
        withPrint(withChoices(field(F::CompanyIndustry, "company.industry", S::Company, K::Choice, Opt,
                                    QT_TRANSLATE_NOOP("scs::Catalog", "Industry"),
                                    QT_TRANSLATE_NOOP("scs::Catalog",
                                                      "What your company does. Carriers refuse some "
                                                      "industries outright, such as "
                                                      "cannabis or collecting other companies' debts, and "
                                                      "allow others only with "
                                                      "conditions: alcohol and tobacco need an age check, "
                                                      "sweepstakes need official "
                                                      "rules.")),
                              industries),
                  Print::WhenSet),
        field(F::CompanyMailingAddress, "company.mailing_address", S::Company, K::Multiline, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Mailing address"),
              QT_TRANSLATE_NOOP("scs::Catalog",
                                "The full postal address of your company, including the country.")),
        field(F::CompanyContactName, "company.contact_name", S::Company, K::Text, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Primary contact name"),
              QT_TRANSLATE_NOOP("scs::Catalog",
                                "The person the provider and the carriers can contact about this request.")),
        field(F::CompanyContactPhone, "company.contact_phone", S::Company, K::Phone, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Primary contact phone"),
              QT_TRANSLATE_NOOP("scs::Catalog",
                                "The phone number of the primary contact, best in international form, e.g. "
                                "+1 206 555 0100.")),
        field(F::CompanySupportEmail, "company.support_email", S::Company, K::Email, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Support e-mail address"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The e-mail address your customers write to for support. An address at your own domain "
                      "reassures the reviewers; a free webmail address looks suspicious.")),
        field(F::CompanySupportTollFree, "company.support_toll_free", S::Company, K::Phone, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Support toll-free number"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "A toll-free number your customers can call for support, e.g. +1 800 555 0100.")),
        field(F::CompanyTaxId, "company.tax_id", S::Company, K::Text, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Tax ID"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "Your company's tax identification number; in the US the 9-digit EIN, e.g. 12-3456789. "
                      "The carriers use it to check that the company exists.")),
        field(F::CompanyProductName, "company.product_name", S::Company, K::Text, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Product or service name"),
              QT_TRANSLATE_NOOP("scs::Catalog",
                                "The name of the product or service the messages are about. Recipients "
                                "should recognize "
                                "it in every message.")),

        field(F::SignupWebsite, "signup.website", S::Signup, K::Url, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Sign-up website"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The website on which your customers sign up to receive messages from your short code, "
                      "often your company's website.")),
        field(F::SignupTermsUrl, "signup.terms_url", S::Signup, K::Url, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Terms and conditions page"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The web page with the terms of your text message program: what you send, how often, "
                      "that message and data rates may apply, and how to stop and get help. Link to it "
                      "from the sign-up option.")),
        field(F::SignupPrivacyUrl, "signup.privacy_url", S::Signup, K::Url, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Privacy policy page"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The web page with your privacy policy. Carriers expect it to say that phone numbers "
                      "and consent are not shared with others for their marketing. Link to it from the "
                      "sign-up option.")),
        withChoices(
                field(F::SignupMethods, "signup.methods", S::Signup, K::Choices, Req,
                      QT_TRANSLATE_NOOP("scs::Catalog", "Sign-up methods"),
                      QT_TRANSLATE_NOOP(
                              "scs::Catalog",
                              "How users sign up to receive your messages: by text message, on a website, "
                              "in a mobile app or in another way. Choose every way you offer.")),
                signupMethods),
        withCondition(field(F::SignupMethodsOther, "signup.methods_other", S::Signup, K::Multiline, Req,
                            QT_TRANSLATE_NOOP("scs::Catalog", "Other sign-up method"),
                            QT_TRANSLATE_NOOP(
                                    "scs::Catalog",
                                    "You chose Other: explain how users sign up, e.g. on a paper form at the "
                                    "shop counter.")),
                      F::SignupMethods, whenOther),
        field(F::SignupOptionText, "signup.option_text", S::Signup, K::Multiline, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Sign-up option text"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The exact text of the sign-up option on your site, in your app or elsewhere. Carriers "
                      "expect it to name your brand, say that the messages are text messages and how often "
                      "they come, say that message and data rates may apply, tell how to stop (STOP) and get "
                      "help (HELP), and link to your terms and privacy policy.")),
        withOptInStep(
                field(F::SignupOptinRequest, "signup.optin_request", S::Signup, K::Sms, Req,
                      QT_TRANSLATE_NOOP("scs::Catalog", "Opt-in request message"),
                      QT_TRANSLATE_NOOP(
                              "scs::Catalog",
                              "Double opt-in, message 1: the text sent when someone signs up, asking for "
                              "consent to "
                              "recurring messages. For example: \"ExampleCorp: Reply YES to receive account "
                              "transaction alerts. Msg&data rates may apply.\"")),
                1),
        withOptInStep(field(F::SignupOptinKeyword, "signup.optin_keyword", S::Signup, K::Text, Req,
                            QT_TRANSLATE_NOOP("scs::Catalog", "Opt-in reply keyword"),
                            QT_TRANSLATE_NOOP("scs::Catalog",
                                              "Double opt-in, step 2: the reply you expect from the user to "
                                              "give consent, typically "
                                              "a "
                                              "keyword such as YES. The opt-in request message must tell the "
                                              "user to send it.")),
                      2),
        withOptInStep(field(F::SignupConfirmation, "signup.confirmation", S::Signup, K::Sms, Req,
                            QT_TRANSLATE_NOOP("scs::Catalog", "Opt-in confirmation message"),
                            QT_TRANSLATE_NOOP("scs::Catalog",
                                              "Double opt-in, message 3: sent when the user replies with the "
                                              "keyword. For example: "
                                              "\"You are now registered for account alerts from ExampleCorp. "
                                              "Msg&data rates may "
                                              "apply. "
                                              "Txt STOP to cancel or HELP for info.\"")),
                      3),
        withPrint(
                field(F::SignupJoinKeywords, "signup.join_keywords", S::Signup, K::Keywords, Opt,
                      QT_TRANSLATE_NOOP("scs::Catalog", "Join keywords"),
                      QT_TRANSLATE_NOOP(
                              "scs::Catalog",
                              "Words customers text to your short code to join, such as JOIN, separated by "
                              "commas or "
                              "spaces; each is 1 to 30 letters or digits. They are answered with the keyword "
                              "response. Not the same as the opt-in reply keyword, which answers the opt-in "
                              "request.")),
                Print::WhenSet),
        withPrint(
                withChoices(
                        field(F::SignupAgeGate, "signup.age_gate", S::Signup, K::Choice, Opt,
                              QT_TRANSLATE_NOOP("scs::Catalog", "Age check at sign-up"),
                              QT_TRANSLATE_NOOP(
                                      "scs::Catalog",
                                      "The age your sign-up checks before it takes a phone number. Alcohol, "
                                      "tobacco and vaping need 21 or older; choose no age check when the "
                                      "messages are for everyone.")),
                        ageGates),
                Print::WhenSet),
        withCondition(field(F::SignupAgeGateMethod, "signup.age_gate_method", S::Signup, K::Multiline, Req,
                            QT_TRANSLATE_NOOP("scs::Catalog", "How the age is checked"),
                            QT_TRANSLATE_NOOP(
                                    "scs::Catalog",
                                    "How the sign-up checks the age, e.g. the full date of birth is asked "
                                    "before the phone number field, and younger people cannot go on.")),
                      F::SignupAgeGate, whenAgeGated),

        field(F::EvidenceOptinMockups, "evidence.optin_mockups", S::Evidence, K::Attachments, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Opt-in screenshots or mockups"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "A screenshot or mockup of every place where customers sign up: the web page, the app "
                      "screen, the paper form, the text message flow. PNG, JPEG or PDF, at most 1 MiB each "
                      "and 10 in all. Reviewers compare them with your sign-up option text.")),

        withChoices(field(F::PurposeCategory, "purpose.category", S::Purpose, K::Choice, Req,
                          QT_TRANSLATE_NOOP("scs::Catalog", "Purpose of the messages"),
                          QT_TRANSLATE_NOOP(
                                  "scs::Catalog",
                                  "The main purpose of the messages you plan to send with your short code. "
                                  "Choose the one that fits best.")),
                    purposeCategories),
        withCondition(
                field(F::PurposeCategoryOther, "purpose.category_other", S::Purpose, K::Multiline, Req,
                      QT_TRANSLATE_NOOP("scs::Catalog", "Other purpose"),
                      QT_TRANSLATE_NOOP(
                              "scs::Catalog",
                              "You chose Other: explain in a sentence or two what the messages are for.")),
                F::PurposeCategory, whenOther),
        withCondition(
                field(F::PurposeContestRulesUrl, "purpose.contest_rules_url", S::Purpose, K::Url, Req,
                      QT_TRANSLATE_NOOP("scs::Catalog", "Official rules page"),
                      QT_TRANSLATE_NOOP(
                              "scs::Catalog",
                              "The web page with the official rules of your sweepstakes or contest: "
                              "who may enter, the prizes, the dates, and that no purchase is necessary. "
                              "Carriers ask for it whenever the purpose is sweepstakes or contests.")),
                F::PurposeCategory, whenSweepstakes),
        field(F::PurposeThirdPartyMarketing, "purpose.third_party_marketing", S::Purpose, K::Bool, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Marketing for another business"),
              QT_TRANSLATE_NOOP("scs::Catalog",
                                "Whether you will send promotional or marketing messages for a business "
                                "other than your "
                                "own. US carriers refuse this kind of use (lead generation).")),
        field(F::PurposePhi, "purpose.phi", S::Purpose, K::Bool, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Protected Health Information"),
              QT_TRANSLATE_NOOP("scs::Catalog",
                                "Whether the messages will or may contain Protected Health Information (PHI) "
                                "as defined "
                                "by HIPAA. If so, say it in the case description too.")),

        field(F::ContentKeywordResponse, "content.keyword_response", S::Content, K::Sms, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Keyword response"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The message sent when customers opt in by texting your keyword to the short code. It "
                      "is "
                      "registered with the carriers when the short code is created and can take several "
                      "weeks "
                      "to change, so check it carefully. For example: \"Welcome to ProductName alerts! "
                      "Msg&data rates apply. 2 msgs per month. Reply HELP for help, STOP to cancel.\"")),
        field(F::ContentHelpResponse, "content.help_response", S::Content, K::Sms, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "HELP response"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The reply sent when customers text HELP. It has to include customer support contact "
                      "information, such as a web address or a phone number. For example: \"ProductName "
                      "Alerts: Help at example.com/help or (800) 555-0199. Msg&data rates apply. 2 msgs per "
                      "month. Reply STOP to cancel.\"")),
        field(F::ContentStopResponse, "content.stop_response", S::Content, K::Sms, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "STOP response"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The reply sent when customers text STOP. It has to confirm that they will get no more "
                      "messages from you, and must not advertise anything. For example: \"You are "
                      "unsubscribed from ProductName Alerts. No more messages will be sent. Reply HELP for "
                      "help or (800) 555-0199.\"")),
        field(F::ContentReminder, "content.reminder", S::Content, K::Sms, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Subscription reminder"),
              QT_TRANSLATE_NOOP(
                      "scs::Catalog",
                      "The text you send from time to time to remind users that they are subscribed. For "
                      "example: \"Reminder: You're subscribed to account alerts from ExampleCorp. Msg&data "
                      "rates may apply. Txt STOP to cancel or HELP for info.\"")),
        field(F::ContentExamples, "content.examples", S::Content, K::Examples, Req,
              QT_TRANSLATE_NOOP("scs::Catalog", "Example messages"),
              QT_TRANSLATE_NOOP("scs::Catalog",
                                "An example of every type of message you plan to send, at least three. If "
                                "you send more "
                                "than three types, give an example of each. Write the parts that vary in "
                                "brackets, e.g. "
                                "[name].")),

        withChoices(
                field(F::ContactLanguage, "contact.language", S::Contact, K::Choice, Req,
                      QT_TRANSLATE_NOOP("scs::Catalog", "Preferred contact language"),
                      QT_TRANSLATE_NOOP(
                              "scs::Catalog",
                              "The language in which you want to receive messages about this support case: "
                              "English or Japanese.")),
                contactLanguages),

        withPrint(
                field(F::NotesDescription, "notes.description", S::Notes, K::Multiline, Opt,
                      QT_TRANSLATE_NOOP("scs::Catalog", "Further notes"),
                      QT_TRANSLATE_NOOP(
                              "scs::Catalog",
                              "Anything else the reviewers should know; it is printed at the end of the case "
                              "description. If your messages will or may contain Protected Health "
                              "Information, say "
                              "so "
                              "here.")),
                Print::Body),

        withPrint(withDefault(
                          withChoices(
                                  field(F::TrackingStatus, "tracking.status", S::Tracking, K::Choice, Opt,
                                        QT_TRANSLATE_NOOP("scs::Catalog", "Status"),
                                        QT_TRANSLATE_NOOP(
                                                "scs::Catalog",
                                                "Where the request stands: draft, submitted, provisioned or "
                                                "declined.")),
                                  trackingStatuses),
                          "draft"),
                  Print::Never),
        withPrint(field(F::TrackingCaseId, "tracking.case_id", S::Tracking, K::Text, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "Support case number"),
                        QT_TRANSLATE_NOOP("scs::Catalog",
                                          "The number of the support case in which you filed the request.")),
                  Print::Never),
        withPrint(field(F::TrackingSubmittedOn, "tracking.submitted_on", S::Tracking, K::Date, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "Submitted on"),
                        QT_TRANSLATE_NOOP(
                                "scs::Catalog",
                                "The date you submitted the request. Fees start as soon as the request is "
                                "initiated with "
                                "the carriers, even before the short code is provisioned.")),
                  Print::Never),
        withPrint(field(F::TrackingShortCode, "tracking.short_code", S::Tracking, K::Text, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "Short code"),
                        QT_TRANSLATE_NOOP(
                                "scs::Catalog",
                                "The short code you were given: 3 to 7 digits depending on the country (5 or "
                                "6 in the US "
                                "and Canada).")),
                  Print::Never),
        withPrint(field(F::TrackingProvisionedOn, "tracking.provisioned_on", S::Tracking, K::Date, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "Provisioned on"),
                        QT_TRANSLATE_NOOP(
                                "scs::Catalog",
                                "The date the short code was provisioned and associated with your account.")),
                  Print::Never),

        withPrint(field(F::ConsoleHelpResponse, "console.help_response", S::Console, K::Sms, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "HELP response in the console"),
                        QT_TRANSLATE_NOOP(
                                "scs::Catalog",
                                "The HELP response the SMS settings page shows under Default keywords. It "
                                "should be the "
                                "HELP response you requested.")),
                  Print::Never),
        withPrint(field(F::ConsoleStopResponse, "console.stop_response", S::Console, K::Sms, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "STOP response in the console"),
                        QT_TRANSLATE_NOOP(
                                "scs::Catalog",
                                "The STOP response the SMS settings page shows under Default keywords. It "
                                "should be the "
                                "STOP response you requested.")),
                  Print::Never),
        withPrint(field(F::ConsoleRegisteredKeyword, "console.registered_keyword", S::Console, K::Text, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "Registered keyword in the console"),
                        QT_TRANSLATE_NOOP("scs::Catalog",
                                          "The opt-in keyword the SMS settings page shows under Registered "
                                          "keyword. It should be "
                                          "the opt-in reply keyword you requested.")),
                  Print::Never),
        withPrint(field(F::ConsoleRegisteredKeywordResponse, "console.registered_keyword_response",
                        S::Console, K::Sms, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "Registered keyword response in the console"),
                        QT_TRANSLATE_NOOP("scs::Catalog",
                                          "The response the SMS settings page shows for the registered "
                                          "keyword. It should be the "
                                          "keyword response you requested.")),
                  Print::Never),
        withPrint(field(F::ConsoleTwoWayEnabled, "console.two_way_enabled", S::Console, K::Bool, Opt,
                        QT_TRANSLATE_NOOP("scs::Catalog", "Two-way SMS enabled"),
                        QT_TRANSLATE_NOOP("scs::Catalog",
                                          "Whether two-way SMS is turned on for the short code. You need it "
                                          "only for further "
                                          "keyword responses or to process incoming messages outside the "
                                          "provider's console.")),
                  Print::Never),
};

constexpr SectionDef sectionTable[] = {
        {S::Case, "case", QT_TRANSLATE_NOOP("scs::Catalog", "Case classification"),
         QT_TRANSLATE_NOOP(
                 "scs::Catalog",
                 "How the support case is classified: the site that sends the messages, the type of "
                 "messages and the country they go to.")},
        {S::Requests, "requests", QT_TRANSLATE_NOOP("scs::Catalog", "Requests"),
         QT_TRANSLATE_NOOP("scs::Catalog",
                           "The service quota you ask for: how many dedicated short codes, for which type of "
                           "messages. Quota type, region and resource type are always the same.")},
        {S::Spend, "spend", QT_TRANSLATE_NOOP("scs::Catalog", "Monthly SMS spending threshold"),
         QT_TRANSLATE_NOOP(
                 "scs::Catalog",
                 "By default, sending stops once a month's text message charges reach USD 1.00. Ask for "
                 "a threshold that covers your expected traffic, in this case or in a separate one.")},
        {S::Company, "company", QT_TRANSLATE_NOOP("scs::Catalog", "Company information"),
         QT_TRANSLATE_NOOP("scs::Catalog",
                           "Who is asking. The carriers need every item here before the request can be "
                           "processed.")},
        {S::Signup, "signup", QT_TRANSLATE_NOOP("scs::Catalog", "User sign-up process"),
         QT_TRANSLATE_NOOP("scs::Catalog",
                           "How people sign up to receive your messages, and the double opt-in messages that "
                           "confirm their consent.")},
        {S::Evidence, "evidence", QT_TRANSLATE_NOOP("scs::Catalog", "Opt-in evidence"),
         QT_TRANSLATE_NOOP("scs::Catalog",
                           "Pictures of every place where customers sign up for your messages. Carriers "
                           "check that what people see there matches what you describe.")},
        {S::Purpose, "purpose", QT_TRANSLATE_NOOP("scs::Catalog", "Purpose of the messages"),
         QT_TRANSLATE_NOOP(
                 "scs::Catalog",
                 "What the messages are for. Carriers refuse some uses, and health information has to be "
                 "declared.")},
        {S::Content, "content", QT_TRANSLATE_NOOP("scs::Catalog", "Message content"),
         QT_TRANSLATE_NOOP(
                 "scs::Catalog",
                 "The messages registered with your short code: the keyword response, the HELP and STOP "
                 "replies, the reminder, and an example of everything you will send.")},
        {S::Contact, "contact", QT_TRANSLATE_NOOP("scs::Catalog", "Contact options"),
         QT_TRANSLATE_NOOP("scs::Catalog", "The language in which support writes to you about this case.")},
        {S::Notes, "notes", QT_TRANSLATE_NOOP("scs::Catalog", "Further case notes"),
         QT_TRANSLATE_NOOP("scs::Catalog",
                           "Anything else the case description should say. It is printed last.")},
        {S::Tracking, "tracking", QT_TRANSLATE_NOOP("scs::Catalog", "After submission"),
         QT_TRANSLATE_NOOP(
                 "scs::Catalog",
                 "Where the request stands once it is filed. Fees may start as soon as the request is "
                 "initiated with the carriers, before the short code works.")},
        {S::Console, "console", QT_TRANSLATE_NOOP("scs::Catalog", "Console settings after provisioning"),
         QT_TRANSLATE_NOOP(
                 "scs::Catalog",
                 "What the SMS settings page shows once the short code is provisioned, compared with what "
                 "you requested.")},
};

constexpr FixedValueDef fixedTable[] = {
        {QT_TRANSLATE_NOOP("scs::Catalog", "Quota type"), QT_TRANSLATE_NOOP("scs::Catalog", "Pinpoint SMS")},
        {QT_TRANSLATE_NOOP("scs::Catalog", "Region"),
         QT_TRANSLATE_NOOP("scs::Catalog", "No region specified")},
        {QT_TRANSLATE_NOOP("scs::Catalog", "Resource type"),
         QT_TRANSLATE_NOOP("scs::Catalog", "Dedicated SMS Short Codes")},
};

// The tables are indexed by the enums: catch a field added out of order at
// compile time rather than as a wrong label at run time.
constexpr bool fieldsInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(fieldTable); ++i) {
        if (fieldIndex(fieldTable[i].id) != i)
            return false;
        if (i > 0 && fieldTable[i].section < fieldTable[i - 1].section)
            return false;
    }
    return std::size(fieldTable) == FieldCount;
}
static_assert(fieldsInEnumOrder(), "fieldTable must list every FieldId once, in enum order");

constexpr bool sectionsInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(sectionTable); ++i) {
        if (std::size_t(sectionTable[i].id) != i)
            return false;
    }
    return std::size(sectionTable) == SectionCount;
}
static_assert(sectionsInEnumOrder(), "sectionTable must list every SectionId once, in enum order");

} // namespace

std::span<const FieldDef> fields()
{
    return fieldTable;
}

std::span<const SectionDef> sections()
{
    return sectionTable;
}

std::span<const FixedValueDef> fixedRequestValues()
{
    return fixedTable;
}

} // namespace scs::CatalogTables

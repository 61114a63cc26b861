// Sign-up and double opt-in (rules.md).
#include "Disclosures.h"
#include "RuleRegistry.h"
#include "Terms.h"
#include "catalog/Catalog.h"

namespace scs::rules {

QList<const char *> missingElements(const Context &c, FieldId field, unsigned elements, int item)
{
    QList<const char *> missing;
    if ((elements & Brand) && c.program().brandNamedAnywhere(c) && c.lacksBrand(field, item))
        missing.append(terms::brand);
    if ((elements & Frequency) && !c.has(field, ProgramModel::Frequency, item))
        missing.append(terms::frequency);
    if ((elements & Rates) && !c.has(field, ProgramModel::Rates, item))
        missing.append(terms::rates);
    if ((elements & Stop) && !c.has(field, ProgramModel::StopInstruction, item))
        missing.append(terms::stop);
    if ((elements & Help) && !c.has(field, ProgramModel::HelpInstruction, item))
        missing.append(terms::help);
    return missing;
}

namespace {

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

void signupTextComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    QList<const char *> missing = missingElements(c, field, Brand);
    if (!c.has(field, ProgramModel::TextMention))
        missing.append(terms::textMessages);
    missing += missingElements(c, field, Frequency | Rates | Stop);
    // In a call to action a support contact serves as the HELP element.
    if (!c.has(field, ProgramModel::HelpInstruction) && !c.has(field, ProgramModel::PhoneOrEmail))
        missing.append(terms::helpOrContact);
    // Terms and privacy links are terms_and_privacy's.
    if (!missing.isEmpty())
        out.counted(int(missing.size()),
                    QT_TRANSLATE_N_NOOP("scs::Rules",
                                        "The call to action does not give %1. Reviewers reject a sign-up "
                                        "without it: add it, e.g. \"Get order alerts by text. Up to 4 "
                                        "msgs/week. Msg & data rates may apply. Reply HELP for help, STOP to "
                                        "cancel. Terms & privacy: yoursite.com/sms\""),
                    {MessageArg::termList(missing)});
}

void optinRequestComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    // A keyword missing from the request is optin_keyword_in_request's.
    QList<const char *> missing = missingElements(c, field, Brand);
    if (!c.has(field, ProgramModel::Consent))
        missing.append(terms::consent);
    if (!missing.isEmpty())
        out.counted(int(missing.size()),
                    QT_TRANSLATE_N_NOOP("scs::Rules",
                                        "The opt-in request does not give %1. Name the brand and ask for "
                                        "consent with the keyword, e.g. \"Brand: Reply YES to get order "
                                        "alerts.\""),
                    {MessageArg::termList(missing)});
}

void optinRequestRates(const Context &c, FieldId field, Out &out)
{
    if (!isBlank(c.text(field)) && !c.has(field, ProgramModel::Rates))
        out(QT_TRANSLATE_NOOP("scs::Rules", "No rates disclosure: add \"Msg & data rates may apply.\""));
}

void optinKeywordValid(const Context &c, FieldId field, Out &out)
{
    const QString &keyword = c.text(field);
    if (keyword.isEmpty() || isBlank(keyword))
        return;
    if (keyword.size() > 30) {
        out(QT_TRANSLATE_NOOP("scs::Rules", "The keyword has %1 characters: use 1 to 30."),
            {MessageArg::number(keyword.size())});
        return;
    }
    if (keyword.front().isSpace() || keyword.back().isSpace()) {
        out(QT_TRANSLATE_NOOP("scs::Rules", "The keyword starts or ends with a space: remove it."));
        return;
    }
    if (const QString reserved = text::reservedKeyword(keyword); !reserved.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The keyword contains %1, which is reserved for opting out or help: "
                              "choose another keyword, e.g. YES or JOIN."),
            {MessageArg::literal(reserved)});
}

void optinKeywordInRequest(const Context &c, FieldId field, Out &out)
{
    const QString keyword = c.text(field).trimmed();
    const QString &request = c.text(FieldId::SignupOptinRequest);
    if (!keyword.isEmpty() && !isBlank(request) && !text::containsKeyword(request, keyword))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The keyword %1 does not appear in the opt-in request, so users "
                              "would not know what to reply: add \"Reply %1\" to the request."),
            {MessageArg::literal(keyword)});
}

const char *const kConfirmationMessage =
        QT_TRANSLATE_N_NOOP("scs::Rules",
                            "The confirmation message does not give %1. Carriers require it in the first "
                            "message after the opt-in: add it, e.g. \"Brand: You are signed up for order "
                            "alerts. Up to 4 msgs/week. Msg & data rates may apply. Reply HELP for help, "
                            "STOP to cancel.\"");

void confirmationComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    const QList<const char *> missing = missingElements(c, field, kFiveElements);
    if (!missing.isEmpty())
        out.counted(int(missing.size()), kConfirmationMessage, {MessageArg::termList(missing)});
}

void keywordResponseComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    const QList<const char *> missing = missingElements(c, field, kFiveElements);
    if (!missing.isEmpty())
        out.counted(int(missing.size()),
                    QT_TRANSLATE_N_NOOP("scs::Rules",
                                        "The keyword response does not give %1. It confirms an opt-in by "
                                        "keyword, so carriers require it there: add it."),
                    {MessageArg::termList(missing)});
}

void keywordResponsePermanent(const Context &c, FieldId field, Out &out)
{
    if (!isBlank(c.text(field)))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "This message is registered with the carriers: changing it later "
                              "takes weeks. Review it carefully before you submit."));
}

bool isHttps(QStringView url)
{
    return url.trimmed().startsWith(u"https://", Qt::CaseInsensitive);
}

// The text links or names the page: its address (without the scheme), or
// its usual name.
bool linksPage(const Context &c, FieldId text, FieldId url, std::initializer_list<std::string_view> names)
{
    QStringView address = QStringView(c.text(url)).trimmed();
    if (const qsizetype scheme = address.indexOf(u"://"); scheme >= 0)
        address = address.sliced(scheme + 3);
    if (address.startsWith(u"www.", Qt::CaseInsensitive))
        address = address.sliced(4);
    while (address.endsWith(u'/'))
        address.chop(1);
    // Case-sensitive first: Qt's case-insensitive search is many times slower,
    // and addresses are mostly written as given.
    if (address.size() > 4
        && (c.text(text).contains(address) || c.text(text).contains(address, Qt::CaseInsensitive)))
        return true;
    return c.words(text).containsAny(names);
}

void termsAndPrivacyUrl(const Context &c, FieldId field, Out &out)
{
    const QString &url = c.text(field);
    if (!url.trimmed().isEmpty() && !isHttps(url)
        && url.trimmed().startsWith(u"http://", Qt::CaseInsensitive))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The page is on http: reviewers open it and expect https. Give its https "
                              "address."));
}

void termsAndPrivacyLinked(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    QList<const char *> missing;
    if (!linksPage(c, field, FieldId::SignupTermsUrl,
                   {"terms", "t & c", "t & cs", "tcs", "tos", "conditions"}))
        missing.append(terms::termsPage);
    if (!linksPage(c, field, FieldId::SignupPrivacyUrl, {"privacy"}))
        missing.append(terms::privacyPage);
    if (!missing.isEmpty())
        out.counted(int(missing.size()),
                    QT_TRANSLATE_N_NOOP("scs::Rules",
                                        "The call to action does not link %1. Reviewers reject a sign-up "
                                        "without it: add the link next to the consent, e.g. \"Terms: "
                                        "yoursite.com/sms-terms Privacy: yoursite.com/privacy\"."),
                    {MessageArg::termList(missing)});
}

// 1 to 30 letters or digits (AWS keywords), and not a word reserved for
// opting out or help.
void joinKeywordValid(const Context &c, FieldId field, Out &out)
{
    const QStringList keywords = c.value(field).toStringList();
    const QString optin = c.text(FieldId::SignupOptinKeyword).trimmed();
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        const QString &keyword = keywords[i];
        const int item = int(i);
        if (keyword.isEmpty() || keyword.size() > 30) {
            out(QT_TRANSLATE_NOOP("scs::Rules", "The join keyword %1 has %2 characters: use 1 to 30."),
                {MessageArg::literal(keyword), MessageArg::number(keyword.size())}, item);
            continue;
        }
        bool lettersAndDigits = true;
        for (const QChar ch : keyword)
            lettersAndDigits = lettersAndDigits && ch.unicode() < 0x80 && ch.isLetterOrNumber();
        if (!lettersAndDigits) {
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "The join keyword %1 holds a space or punctuation: a keyword is one word "
                                  "of letters and digits, e.g. JOIN."),
                {MessageArg::literal(keyword)}, item);
            continue;
        }
        if (const QString reserved = text::reservedKeyword(keyword); !reserved.isEmpty()) {
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "The join keyword %1 contains %2, which is reserved for opting out or "
                                  "help: choose another word."),
                {MessageArg::literal(keyword), MessageArg::literal(reserved)}, item);
            continue;
        }
        if (!optin.isEmpty() && keyword.compare(optin, Qt::CaseInsensitive) == 0)
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "The join keyword %1 is also the reply to the opt-in request: a texted "
                                  "%1 would then both join and confirm. Use a different word for one of "
                                  "them."),
                {MessageArg::literal(keyword)}, item);
    }
}

// The first age-restricted category the program reads as.
std::optional<ProgramModel::CategorySource> ageRestricted(const Context &c)
{
    for (const text::Category category : {text::Category::Alcohol, text::Category::Tobacco,
                                          text::Category::Gambling, text::Category::FirearmsTraining}) {
        if (const auto &source = c.category(category))
            return source;
    }
    return std::nullopt;
}

// A yes/no question or a checkbox does not check an age; a date of birth,
// an ID or a verification service does.
bool checksAgeReally(const text::Words &words)
{
    if (words.containsAny({"date of birth", "birth date", "birthdate", "dob", "birthday", "year of birth",
                           "id", "identification", "license", "verification service", "age verification",
                           "verified", "verify", "third - party", "mm / dd / yyyy"}))
        return true;
    return text::containsRaw(words, {u"生年月日", u"身分証", u"年齢確認"});
}

void ageGateRequired(const Context &c, FieldId field, Out &out)
{
    const QString &gate = c.text(field);
    const auto restricted = ageRestricted(c);
    if (restricted && gate != u"age_21") {
        const MessageArg category = MessageArg::term(text::categoryTerm(restricted->category));
        if (restricted->fromIndustry)
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "The industry is %1, which carriers allow only behind a 21+ age gate: "
                                  "choose 21 or older here and describe how the sign-up checks the age."),
                {category});
        else
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "\"%2\" reads as %1, which carriers allow only behind a 21+ age gate: "
                                  "choose 21 or older here and describe how the sign-up checks the age."),
                {category, MessageArg::literal(restricted->phrase)});
    }
}

void ageGateMethod(const Context &c, FieldId field, Out &out)
{
    if (!Catalog::conditionHolds(c.request(), field))
        return;
    if (isBlank(c.text(field))) {
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "An age check is chosen but not described: say how the sign-up checks the "
                              "age, e.g. the full date of birth is asked before the phone number field."));
        return;
    }
    if (!checksAgeReally(c.words(field)))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "This does not check the age: a yes/no question or a checkbox is refused. "
                              "Ask for the full date of birth (or verify an ID) before the phone number "
                              "field."));
}

} // namespace

void addSignupRules(Registry &r)
{
    const FieldSet brand = brandBearingFields();
    r.check(r.rule({"signup_text_complete", Severity::Error, FieldId::SignupOptionText,
                    "CTIA Handbook 1.8 (call to action); Twilio 30544/30545/30551/30569/30570",
                    QT_TRANSLATE_NOOP("scs::Rules", "The call to action misses a required disclosure")}),
            FieldId::SignupOptionText, brand, &signupTextComplete);
    r.check(r.rule({"optin_request_complete", Severity::Error, FieldId::SignupOptinRequest, "Guide; CTIA",
                    QT_TRANSLATE_NOOP("scs::Rules",
                                      "The opt-in request misses the brand or a request for consent")}),
            FieldId::SignupOptinRequest, brand, &optinRequestComplete);
    r.check(r.rule({"optin_request_rates", Severity::Warning, FieldId::SignupOptinRequest,
                    "Guide example; CTIA",
                    QT_TRANSLATE_NOOP("scs::Rules", "The opt-in request has no rates disclosure")}),
            FieldId::SignupOptinRequest, {}, &optinRequestRates);
    r.check(r.rule({"optin_keyword_valid", Severity::Error, FieldId::SignupOptinKeyword, "AWS keywords",
                    QT_TRANSLATE_NOOP("scs::Rules", "The opt-in keyword is too long, padded or reserved")}),
            FieldId::SignupOptinKeyword, {}, &optinKeywordValid);
    r.check(r.rule({"optin_keyword_in_request", Severity::Error, FieldId::SignupOptinKeyword, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "The opt-in keyword is not in the opt-in request")}),
            FieldId::SignupOptinKeyword, fieldSet({FieldId::SignupOptinRequest}), &optinKeywordInRequest);
    r.check(r.rule({"confirmation_complete", Severity::Error, FieldId::SignupConfirmation,
                    "CTIA Handbook 1.8 (opt-in confirmation); Twilio 30540",
                    QT_TRANSLATE_NOOP("scs::Rules", "The confirmation message misses a required element")}),
            FieldId::SignupConfirmation, brand, &confirmationComplete);
    r.check(r.rule({"keyword_response_complete", Severity::Error, FieldId::ContentKeywordResponse,
                    "Guide example; CTIA Handbook 1.8 (opt-in confirmation)",
                    QT_TRANSLATE_NOOP("scs::Rules", "The keyword response misses a required element")}),
            FieldId::ContentKeywordResponse, brand, &keywordResponseComplete);
    const int termsPrivacy = r.rule(
            {"terms_and_privacy", Severity::Error, FieldId::SignupOptionText,
             "CTIA Handbook 1.8 (call to action: terms and privacy policy links); AWS registration",
             QT_TRANSLATE_NOOP("scs::Rules", "Terms and privacy pages missing, on http or not linked")});
    r.check(termsPrivacy, FieldId::SignupTermsUrl, {}, &termsAndPrivacyUrl);
    r.check(termsPrivacy, FieldId::SignupPrivacyUrl, {}, &termsAndPrivacyUrl);
    r.check(termsPrivacy, FieldId::SignupOptionText,
            fieldSet({FieldId::SignupTermsUrl, FieldId::SignupPrivacyUrl}), &termsAndPrivacyLinked);
    r.check(r.rule({"join_keyword_valid", Severity::Error, FieldId::SignupJoinKeywords,
                    "AWS keywords (1-30 characters); CTIA (reserved STOP and HELP words)",
                    QT_TRANSLATE_NOOP("scs::Rules",
                                      "A join keyword is too long, not one word, or reserved")}),
            FieldId::SignupJoinKeywords, fieldSet({FieldId::SignupOptinKeyword}), &joinKeywordValid);
    const int ageGate = r.rule(
            {"age_gate_required", Severity::Error, FieldId::SignupAgeGate,
             "CTIA Handbook 1.8 (age-restricted content); AWS age-restricted opt-in; Twilio 30825",
             QT_TRANSLATE_NOOP("scs::Rules", "Age-restricted content without a 21+ age gate that checks")});
    r.check(ageGate, FieldId::SignupAgeGate, categoryFields(), &ageGateRequired);
    r.check(ageGate, FieldId::SignupAgeGateMethod, fieldSet({FieldId::SignupAgeGate}), &ageGateMethod);
    r.check(r.rule({"keyword_response_permanent", Severity::Info, FieldId::ContentKeywordResponse, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules",
                                      "The keyword response is slow to change once registered")}),
            FieldId::ContentKeywordResponse, {}, &keywordResponsePermanent);
}

} // namespace scs::rules

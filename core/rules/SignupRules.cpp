// Sign-up and double opt-in (rules.md).
#include "Disclosures.h"
#include "RuleRegistry.h"
#include "Terms.h"

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
    if (!c.has(field, ProgramModel::TermsMention))
        missing.append(terms::termsLink);
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
    r.check(r.rule({"keyword_response_permanent", Severity::Info, FieldId::ContentKeywordResponse, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules",
                                      "The keyword response is slow to change once registered")}),
            FieldId::ContentKeywordResponse, {}, &keywordResponsePermanent);
}

} // namespace scs::rules

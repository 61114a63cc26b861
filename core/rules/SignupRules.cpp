// Sign-up and double opt-in (rules.md).
#include "RuleRegistry.h"
#include "Terms.h"

namespace scs::rules {

QList<const char *> missingElements(const Context &c, const text::Words &words, unsigned elements)
{
    QList<const char *> missing;
    if ((elements & Brand) && c.lacksBrand(words.text()))
        missing.append(terms::brand);
    if ((elements & Frequency) && !text::hasFrequency(words))
        missing.append(terms::frequency);
    if ((elements & Rates) && !text::hasRatesDisclosure(words))
        missing.append(terms::rates);
    if ((elements & Stop) && !text::hasStopInstruction(words))
        missing.append(terms::stop);
    if ((elements & Help) && !text::hasHelpInstruction(words))
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
    const text::Words &words = c.words(field);
    QList<const char *> missing = missingElements(c, words, Brand);
    if (!text::hasTextMessageMention(words))
        missing.append(terms::textMessages);
    missing += missingElements(c, words, Frequency | Rates | Stop | Help);
    if (!text::hasTermsOrPrivacy(words))
        missing.append(terms::termsLink);
    if (!missing.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The sign-up text lacks: %1. Add them, so that users know what they "
                              "agree to."),
            {MessageArg::termList(missing)});
}

void optinRequestComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    const text::Words &words = c.words(field);
    QList<const char *> missing = missingElements(c, words, Brand);
    const QString &keyword = c.text(FieldId::SignupOptinKeyword);
    if (!isBlank(keyword) && !text::containsKeyword(c.text(field), keyword))
        missing.append(terms::keyword);
    if (!text::hasConsentWording(words))
        missing.append(terms::consent);
    if (!missing.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The opt-in request lacks: %1. Name the brand and ask for consent "
                              "with the keyword, e.g. \"Brand: Reply YES to receive alerts.\""),
            {MessageArg::termList(missing)});
}

void optinRequestRates(const Context &c, FieldId field, Out &out)
{
    if (!isBlank(c.text(field)) && !text::hasRatesDisclosure(c.words(field)))
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

void confirmationComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    const QList<const char *> missing = missingElements(c, c.words(field), kFiveElements);
    if (!missing.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules", "The confirmation message lacks: %1. Add them."),
            {MessageArg::termList(missing)});
}

void keywordResponseComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    const QList<const char *> missing = missingElements(c, c.words(field), kFiveElements);
    if (!missing.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules", "The keyword response lacks: %1. Add them."),
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
    r.check(r.rule({"signup_text_complete", Severity::Warning, FieldId::SignupOptionText,
                    "CTIA; Twilio 30544/30545/30551/30569/30570",
                    QT_TRANSLATE_NOOP("scs::Rules", "The sign-up text misses a required disclosure")}),
            FieldId::SignupOptionText, kBrandFields, &signupTextComplete);
    r.check(r.rule({"optin_request_complete", Severity::Error, FieldId::SignupOptinRequest, "Guide; CTIA",
                    QT_TRANSLATE_NOOP(
                            "scs::Rules",
                            "The opt-in request misses the brand, the keyword or a request for consent")}),
            FieldId::SignupOptinRequest, kBrandFields | fieldSet({FieldId::SignupOptinKeyword}),
            &optinRequestComplete);
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
    r.check(r.rule({"confirmation_complete", Severity::Warning, FieldId::SignupConfirmation,
                    "Twilio 30540; CTIA",
                    QT_TRANSLATE_NOOP("scs::Rules", "The confirmation message misses a required element")}),
            FieldId::SignupConfirmation, kBrandFields, &confirmationComplete);
    r.check(r.rule({"keyword_response_complete", Severity::Warning, FieldId::ContentKeywordResponse,
                    "Guide example; Twilio",
                    QT_TRANSLATE_NOOP("scs::Rules", "The keyword response misses a required element")}),
            FieldId::ContentKeywordResponse, kBrandFields, &keywordResponseComplete);
    r.check(r.rule({"keyword_response_permanent", Severity::Info, FieldId::ContentKeywordResponse, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules",
                                      "The keyword response is slow to change once registered")}),
            FieldId::ContentKeywordResponse, {}, &keywordResponsePermanent);
}

} // namespace scs::rules

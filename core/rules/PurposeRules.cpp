// Purpose (rules.md): uses the carriers refuse or need told, checked against
// what the messages say.
#include "Contacts.h"
#include "Disclosures.h"
#include "RuleRegistry.h"

using namespace Qt::StringLiterals;

namespace scs::rules {

namespace {

// A web address in a promotional example that is not the company's own:
// marketing for another business. Own domains are the ones given for the
// company, and any that contains one of its brand names.
QString foreignDomainInPromotion(const Context &c)
{
    const ProgramModel::Contacts &own = c.program().contacts(c);
    const ExampleList &examples = c.examples();
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (c.program().promotion(c, FieldId::ContentExamples, int(i)).isEmpty())
            continue;
        for (const text::WebAddress &web : text::findWebAddresses(c.exampleWords(i))) {
            const QString domain = text::registrableDomain(web.host);
            if (own.domains.contains(domain) || c.brands().inAddress(domain))
                continue;
            if (!text::urlShortener(text::Words(web.host)).isEmpty())
                continue; // public_url_shortener's
            return domain;
        }
    }
    return {};
}

void thirdPartyMarketing(const Context &c, FieldId field, Out &out)
{
    const std::optional<bool> answer = c.value(field).toBool();
    if (answer.value_or(false)) {
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "US carriers refuse short codes that send marketing for another "
                              "business (lead generation, affiliate offers): send only your own "
                              "company's messages, or the request will be declined."));
        return;
    }
    if (!answer)
        return; // required_field's
    if (const auto &lead = c.category(text::Category::LeadGeneration)) {
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The request answers that it sends no marketing for other businesses, "
                              "but \"%1\" reads as such marketing, which carriers refuse: remove "
                              "other businesses' offers from the program."),
            {MessageArg::literal(lead->phrase)});
        return;
    }
    if (const QString domain = foreignDomainInPromotion(c); !domain.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The request answers that it sends no marketing for other businesses, "
                              "but a promotional example links to %1: promote only your own "
                              "business, or link to your own domain."),
            {MessageArg::literal(domain)});
}

void phiInDescription(const Context &c, FieldId field, Out &out)
{
    // The printed case description states PHI itself when the answer is
    // yes; notes that say the opposite contradict it.
    if (c.value(field).toBool().value_or(false) && text::deniesPhi(c.words(FieldId::NotesDescription)))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The messages may contain PHI, but the case notes say they do not: "
                              "correct the notes or the answer, so the provider knows how to "
                              "handle them."));
}

bool isNonPromotionalType(const Context &c)
{
    const QString &type = c.text(FieldId::CaseMessageType);
    return type == u"transactional"_s || type == u"one_time_password"_s;
}

void promoInTransactional(const Context &c, FieldId field, Out &out)
{
    if (!isNonPromotionalType(c))
        return;
    const ExampleList &examples = c.examples();
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (const QString &promo = c.program().promotion(c, field, int(i)); !promo.isEmpty())
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "This example reads as promotional (\"%1\"), but the request is "
                                  "for non-promotional messages: remove the promotional wording or "
                                  "choose the promotional message type."),
                {MessageArg::literal(promo)}, int(i));
    }
}

void typeMatchesPurpose(const Context &c, FieldId field, Out &out)
{
    const QString &type = c.text(FieldId::CaseMessageType);
    const QString &purpose = c.text(field);
    if (type.isEmpty() || purpose.isEmpty())
        return;
    if (type == u"transactional"_s && purpose == u"promotions_marketing"_s)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The purpose is promotions and marketing, but the message type is "
                              "transactional: choose the promotional message type, or the purpose "
                              "the messages really serve."));
    else if (type == u"one_time_password"_s && purpose != u"two_factor_authentication"_s
             && purpose != u"other"_s)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The message type is one-time passwords, but the purpose is not two-factor "
                              "authentication: choose the purpose or the message type that matches "
                              "the messages."));
    else if (type == u"promotional"_s && purpose == u"two_factor_authentication"_s)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The purpose is two-factor authentication, but the message type is "
                              "promotional: choose the one-time password type."));
}

} // namespace

void addPurposeRules(Registry &r)
{
    FieldSet thirdPartyReads = categoryFields() | kBrandFields
            | fieldSet({FieldId::CompanySupportEmail, FieldId::CaseSiteUrl, FieldId::SignupWebsite});
    r.check(r.rule({"third_party_marketing", Severity::Error, FieldId::PurposeThirdPartyMarketing,
                    "Twilio forbidden message categories (lead generation); T-Mobile Code of Conduct",
                    QT_TRANSLATE_NOOP("scs::Rules", "Marketing for another business")}),
            FieldId::PurposeThirdPartyMarketing, thirdPartyReads, &thirdPartyMarketing);
    r.check(r.rule({"phi_in_description", Severity::Warning, FieldId::PurposePhi, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "The case notes deny the PHI the request declares")}),
            FieldId::PurposePhi, fieldSet({FieldId::NotesDescription}), &phiInDescription);
    r.check(r.rule({"promo_in_transactional", Severity::Error, FieldId::ContentExamples,
                    "Guide; AWS message types; CTIA (content matches the use case)",
                    QT_TRANSLATE_NOOP("scs::Rules", "A promotional example in a non-promotional request")}),
            FieldId::ContentExamples, kBrandFields | fieldSet({FieldId::CaseMessageType}),
            &promoInTransactional);
    r.check(r.rule({"type_matches_purpose", Severity::Warning, FieldId::PurposeCategory,
                    "Guide; AWS message types",
                    QT_TRANSLATE_NOOP("scs::Rules", "The message type does not fit the purpose")}),
            FieldId::PurposeCategory, fieldSet({FieldId::CaseMessageType}), &typeMatchesPurpose);
}

} // namespace scs::rules

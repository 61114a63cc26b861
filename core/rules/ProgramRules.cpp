// The program as a whole (rules.md, "Version 2: judge the program, not the
// words"): content categories with their profiles, and checks across fields.
#include "Contacts.h"
#include "Disclosures.h"
#include "RuleRegistry.h"

using namespace Qt::StringLiterals;

namespace scs::rules {

namespace {

using text::Category;

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

// Refused categories: one finding each, where the program reads as it.
// Lead generation is third_party_marketing's and carrier billing
// carrier_billing's, so that one defect gives one finding.
void prohibitedContent(const Context &c, FieldId, Out &out)
{
    for (int i = 0; i < text::CategoryCount; ++i) {
        const auto category = Category(i);
        if (!text::isRefused(category) || category == Category::LeadGeneration
            || category == Category::CarrierBilling)
            continue;
        const auto &source = c.category(category);
        if (!source)
            continue;
        if (source->fromIndustry)
            out.on(source->field,
                   QT_TRANSLATE_NOOP("scs::Rules",
                                     "The industry is %1, which US carriers refuse on short codes "
                                     "whatever the wording: a short code cannot be approved for this "
                                     "program."),
                   {MessageArg::term(text::categoryTerm(category))});
        else
            out.on(source->field,
                   QT_TRANSLATE_NOOP("scs::Rules",
                                     "\"%2\" reads as %1, which US carriers refuse on short codes "
                                     "whatever the wording: a short code cannot be approved for such a "
                                     "program. If the program is about something else, reword this."),
                   {MessageArg::term(text::categoryTerm(category)), MessageArg::literal(source->phrase)},
                   source->item);
    }
}

void carrierBilling(const Context &c, FieldId, Out &out)
{
    const auto &source = c.category(Category::CarrierBilling);
    if (!source)
        return;
    if (c.category(Category::Charity))
        out.on(source->field,
               QT_TRANSLATE_NOOP("scs::Rules",
                                 "\"%1\" charges donations to the phone bill: charities may not use "
                                 "carrier billing on a short code. Link to a donation page on your own "
                                 "site instead."),
               {MessageArg::literal(source->phrase)}, source->item);
    else
        out.on(source->field,
               QT_TRANSLATE_NOOP("scs::Rules",
                                 "\"%1\" charges users through their phone bill: carrier-billed "
                                 "(premium) charges are not allowed on this short code. Take payments "
                                 "on your own site instead."),
               {MessageArg::literal(source->phrase)}, source->item);
}

void healthNeedsPhi(const Context &c, FieldId field, Out &out)
{
    if (c.value(field).toBool() != std::optional<bool>(false))
        return; // yes, or unanswered (required_field's)
    const auto &health = c.category(Category::Health);
    if (health)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The messages carry health details (\"%1\"), but the request answers "
                              "that they contain no PHI: answer yes, so that the provider handles "
                              "them as Protected Health Information."),
            {MessageArg::literal(health->phrase)});
}

bool runsSweepstakes(const Context &c)
{
    return c.text(FieldId::PurposeCategory) == u"sweepstakes_contests"_s
            || c.category(Category::Sweepstakes).has_value();
}

void contestNoPurchase(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)) || !runsSweepstakes(c) || c.has(field, ProgramModel::NoPurchaseNecessary))
        return;
    out(QT_TRANSLATE_NOOP("scs::Rules",
                          "The program runs a sweepstakes or contest, but the call to action does not "
                          "say \"No purchase necessary\": add it, with a link to the official rules."));
}

void contestRulesUrl(const Context &c, FieldId field, Out &out)
{
    if (!isBlank(c.text(field)) || !runsSweepstakes(c))
        return;
    if (const auto &source = c.category(Category::Sweepstakes); source && !source->fromIndustry)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "\"%1\" runs a sweepstakes or contest, which carriers allow only with official "
                              "rules: give the address of the rules page."),
            {MessageArg::literal(source->phrase)});
    else
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "A sweepstakes or contest needs its official rules: give the address of the "
                              "rules page."));
}

const std::array<FieldId, 8> kConsentFields = {FieldId::SignupOptionText,       FieldId::SignupOptinRequest,
                                               FieldId::SignupConfirmation,     FieldId::SignupMethodsOther,
                                               FieldId::ContentKeywordResponse, FieldId::ContentReminder,
                                               FieldId::PurposeCategoryOther,   FieldId::NotesDescription};

void consentCondition(const Context &c, FieldId field, Out &out)
{
    if (c.text(field).isEmpty())
        return;
    if (const QString words = text::consentAsCondition(c.words(field)); !words.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "\"%1\" makes consent to texts a condition of purchase, which the TCPA and "
                              "CTIA forbid: say instead that consent is not a condition of purchase."),
            {MessageArg::literal(words)});
}

void consentPrechecked(const Context &c, FieldId field, Out &out)
{
    if (c.text(field).isEmpty())
        return;
    if (const QString box = text::precheckedConsent(c.words(field)); !box.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The consent box is shown ticked (\"%1\"): consent must be the user's own act. "
                              "Show the box empty, for the user to tick."),
            {MessageArg::literal(box)});
}

// The texts that state a frequency, in the order a user meets them; the
// call to action is what the user agreed to.
const std::array<FieldId, 6> kFrequencyFields = {
        FieldId::SignupOptionText,       FieldId::SignupOptinRequest,  FieldId::SignupConfirmation,
        FieldId::ContentKeywordResponse, FieldId::ContentHelpResponse, FieldId::ContentReminder};

void frequencyConsistent(const Context &c, FieldId, Out &out)
{
    const text::Frequency *first = nullptr;
    for (const FieldId field : kFrequencyFields) {
        if (isBlank(c.text(field)))
            continue;
        const text::Frequency &f = c.program().frequency(c, field);
        if (f.kind != text::Frequency::Kind::Count || f.period == text::Frequency::Period::Event)
            continue;
        if (!first) {
            first = &f;
            continue;
        }
        // Fewer messages than the call to action announced are within the
        // consent; more are not.
        if (f.contradicts(*first) && f.exceeds(*first))
            out.on(field,
                   QT_TRANSLATE_NOOP("scs::Rules",
                                     "This message says \"%1\", more than the \"%2\" users agreed "
                                     "to when they signed up: state the same frequency everywhere."),
                   {MessageArg::literal(f.written), MessageArg::literal(first->written)});
    }
}

void helpContactMatches(const Context &c, FieldId field, Out &out)
{
    const QString &help = c.text(field);
    if (isBlank(help))
        return;
    const ProgramModel::Contacts &own = c.program().contacts(c);
    if (own.phones.isEmpty() && own.emails.isEmpty() && own.domains.isEmpty())
        return;
    QString first;
    bool anyGiven = false;
    for (const text::PhoneNumber &phone : text::findPhoneNumbers(help)) {
        if (own.phones.isEmpty())
            continue;
        if (own.phones.contains(phone.digits))
            return;
        anyGiven = true;
        if (first.isEmpty())
            first = help.sliced(phone.span.begin, phone.span.end - phone.span.begin);
    }
    for (const text::EmailAddress &email : text::findEmailAddresses(help)) {
        if (own.emails.contains(email.address) || own.domains.contains(text::registrableDomain(email.domain)))
            return;
        anyGiven = true;
        if (first.isEmpty())
            first = email.address;
    }
    for (const text::WebAddress &web : text::findWebAddresses(c.words(field))) {
        const QString domain = text::registrableDomain(web.host);
        if (own.domains.isEmpty() || own.domains.contains(domain) || c.brands().inAddress(domain))
            return;
        anyGiven = true;
        if (first.isEmpty())
            first = web.host;
    }
    if (anyGiven)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The HELP reply gives %1, which is not among the support contacts under "
                              "Company information: give the same support number, e-mail or site in "
                              "both places."),
            {MessageArg::literal(first)});
}

} // namespace

void addProgramRules(Registry &r)
{
    const FieldSet categories = categoryFields();
    r.check(r.rule({"prohibited_content", Severity::Error, FieldId::ContentExamples,
                    "CTIA Handbook 1.8; T-Mobile Code of Conduct; Twilio forbidden message categories",
                    QT_TRANSLATE_NOOP("scs::Rules", "The program is in a category carriers refuse")}),
            FieldId::ContentExamples, categories, &prohibitedContent);
    r.check(r.rule({"carrier_billing", Severity::Error, FieldId::ContentExamples,
                    "CTIA Handbook 1.8 (premium programs); T-Mobile Code of Conduct (charitable donations)",
                    QT_TRANSLATE_NOOP("scs::Rules", "Charges to the phone bill (carrier billing)")}),
            FieldId::ContentExamples, categories, &carrierBilling);
    r.check(r.rule({"health_needs_phi", Severity::Error, FieldId::PurposePhi, "Guide (PHI); HIPAA",
                    QT_TRANSLATE_NOOP("scs::Rules", "Health details in messages declared free of PHI")}),
            FieldId::PurposePhi, categories, &healthNeedsPhi);
    const int contest =
            r.rule({"contest_rules_required", Severity::Error, FieldId::PurposeContestRulesUrl,
                    "CTIA Handbook 1.8 (sweepstakes and contests)",
                    QT_TRANSLATE_NOOP("scs::Rules",
                                      "A sweepstakes without official rules or \"No purchase necessary\"")});
    r.check(contest, FieldId::SignupOptionText, categories | fieldSet({FieldId::PurposeCategory}),
            &contestNoPurchase);
    r.check(contest, FieldId::PurposeContestRulesUrl, categories | fieldSet({FieldId::PurposeCategory}),
            &contestRulesUrl);
    const int consent =
            r.rule({"consent_condition_of_purchase", Severity::Error, FieldId::SignupOptionText,
                    "TCPA, 47 CFR 64.1200(f)(9); CTIA Messaging Principles and Best Practices",
                    QT_TRANSLATE_NOOP("scs::Rules", "Consent to texts made a condition of purchase")});
    for (const FieldId field : kConsentFields)
        r.check(consent, field, {}, &consentCondition);
    r.check(r.rule({"consent_prechecked", Severity::Error, FieldId::SignupOptionText,
                    "CTIA Messaging Principles and Best Practices (consent is an affirmative act); TCPA",
                    QT_TRANSLATE_NOOP("scs::Rules", "The consent checkbox is ticked in advance")}),
            FieldId::SignupOptionText, {}, &consentPrechecked);
    FieldSet frequencyReads;
    for (const FieldId field : kFrequencyFields)
        frequencyReads.set(fieldIndex(field));
    r.check(r.rule({"frequency_consistent", Severity::Warning, FieldId::SignupConfirmation,
                    "CTIA Handbook 1.8 (frequency disclosure)",
                    QT_TRANSLATE_NOOP("scs::Rules", "Messages state different frequencies")}),
            FieldId::SignupOptionText, frequencyReads, &frequencyConsistent);
    r.check(r.rule({"help_contact_matches", Severity::Warning, FieldId::ContentHelpResponse,
                    "CTIA Handbook 1.8 (HELP: customer care contact)",
                    QT_TRANSLATE_NOOP("scs::Rules", "The HELP contact is not one of the company's")}),
            FieldId::ContentHelpResponse,
            kBrandFields
                    | fieldSet({FieldId::CompanySupportEmail, FieldId::CompanySupportTollFree,
                                FieldId::CompanyContactPhone, FieldId::CaseSiteUrl, FieldId::SignupWebsite}),
            &helpContactMatches);
}

} // namespace scs::rules

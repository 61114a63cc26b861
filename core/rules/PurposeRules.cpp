// Purpose (rules.md): uses the carriers refuse or need told.
#include "RuleRegistry.h"

using namespace Qt::StringLiterals;

namespace scs::rules {

namespace {

void thirdPartyMarketing(const Context &c, FieldId field, Out &out)
{
    if (c.value(field).toBool().value_or(false))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "US carriers refuse short codes that send marketing for another "
                              "business (lead generation): send only your own company's "
                              "messages, or expect the request to be declined."));
}

void phiInDescription(const Context &c, FieldId field, Out &out)
{
    if (c.value(field).toBool().value_or(false) && !text::mentionsPhi(c.words(FieldId::NotesDescription)))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The messages may contain PHI, but the case notes do not say so: add "
                              "a sentence such as \"Messages may contain Protected Health "
                              "Information (PHI) as defined by HIPAA.\" to the notes."));
}

void promoInTransactional(const Context &c, FieldId, Out &out)
{
    const QString &type = c.text(FieldId::CaseMessageType);
    if (type != u"transactional"_s && type != u"one_time_password"_s)
        return;
    const ExampleList &examples = c.examples();
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (const QString promo = text::promotionalWording(c.exampleWords(i)); !promo.isEmpty())
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "This example reads as promotional (\"%1\"), but the request is "
                                  "for non-promotional messages: remove the promotional wording or "
                                  "choose the promotional message type."),
                {MessageArg::literal(promo)}, int(i));
    }
}

} // namespace

void addPurposeRules(Registry &r)
{
    r.check(r.rule({"third_party_marketing", Severity::Warning, FieldId::PurposeThirdPartyMarketing,
                    "Twilio forbidden uses; carriers",
                    QT_TRANSLATE_NOOP("scs::Rules", "Marketing for another business")}),
            FieldId::PurposeThirdPartyMarketing, {}, &thirdPartyMarketing);
    r.check(r.rule({"phi_in_description", Severity::Warning, FieldId::PurposePhi, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "PHI is not mentioned in the case notes")}),
            FieldId::PurposePhi, fieldSet({FieldId::NotesDescription}), &phiInDescription);
    r.check(r.rule({"promo_in_transactional", Severity::Warning, FieldId::ContentExamples, "Guide; AWS",
                    QT_TRANSLATE_NOOP("scs::Rules", "A promotional example in a non-promotional request")}),
            FieldId::ContentExamples, fieldSet({FieldId::CaseMessageType}), &promoInTransactional);
}

} // namespace scs::rules

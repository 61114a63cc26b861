// Message content (rules.md): HELP, STOP, reminder and example messages.
#include "Contacts.h"
#include "RuleRegistry.h"
#include "Terms.h"

namespace scs::rules {

namespace {

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

// Runs `each` over the example texts (with their index).
template<typename Each> void forEachExample(const Context &c, Each each)
{
    const ExampleList &examples = c.examples();
    for (qsizetype i = 0; i < examples.size(); ++i)
        each(examples[i], int(i));
}

void helpHasContact(const Context &c, FieldId field, Out &out)
{
    if (!isBlank(c.text(field)) && !c.has(field, ProgramModel::Contact))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The HELP reply gives no contact: add the phone number, e-mail "
                              "address or web address of your customer support."));
}

void helpHasBrand(const Context &c, FieldId field, Out &out)
{
    if (!isBlank(c.text(field)) && c.program().brandNamedAnywhere(c) && c.lacksBrand(field))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The HELP reply does not name the program or brand, and reviewers reject "
                              "a HELP reply without one: start it with \"%1:\"."),
            {MessageArg::literal(c.brands().displayName())});
}

void helpComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    const QList<const char *> missing = missingElements(c, field, Rates | Frequency | Stop);
    if (!missing.isEmpty())
        out.counted(int(missing.size()),
                    QT_TRANSLATE_N_NOOP("scs::Rules",
                                        "The HELP reply does not give %1, which the carriers' HELP template "
                                        "asks for: add it, as in the guide's example."),
                    {MessageArg::termList(missing)});
}

void stopConfirms(const Context &c, FieldId field, Out &out)
{
    if (!isBlank(c.text(field)) && !c.has(field, ProgramModel::OptOutConfirmed))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The STOP reply does not confirm the opt-out: say that the user is "
                              "unsubscribed and will receive no more messages."));
}

void stopHasBrand(const Context &c, FieldId field, Out &out)
{
    if (!isBlank(c.text(field)) && c.program().brandNamedAnywhere(c) && c.lacksBrand(field))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The STOP reply does not name the program or brand: add \"%1\", so "
                              "users know which messages stop."),
            {MessageArg::literal(c.brands().displayName())});
}

void stopNoMarketing(const Context &c, FieldId field, Out &out)
{
    if (const QString &promo = c.program().promotion(c, field); !promo.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The STOP reply contains promotional wording (\"%1\"): an opt-out "
                              "confirmation may only confirm the opt-out. Remove it."),
            {MessageArg::literal(promo)});
}

void reminderComplete(const Context &c, FieldId field, Out &out)
{
    if (isBlank(c.text(field)))
        return;
    QList<const char *> missing = missingElements(c, field, Brand | Stop | Help);
    if (!c.has(field, ProgramModel::Subscribed))
        missing.append(terms::subscribed);
    if (!missing.isEmpty())
        out.counted(int(missing.size()),
                    QT_TRANSLATE_N_NOOP("scs::Rules", "The reminder does not give %1: add it."),
                    {MessageArg::termList(missing)});
}

void examplesHaveBrand(const Context &c, FieldId field, Out &out)
{
    if (!c.program().brandNamedAnywhere(c))
        return;
    forEachExample(c, [&](const Example &example, int i) {
        if (!isBlank(example.text) && c.lacksBrand(field, i))
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "This example does not name the brand: start it with \"%1:\"."),
                {MessageArg::literal(c.brands().displayName())}, i);
    });
}

// No message names the brand at all: one defect, reported once (on the
// brand's field) instead of once per message.
void messagesNameBrand(const Context &c, FieldId, Out &out)
{
    if (c.brands().isEmpty() || c.program().brandNamedAnywhere(c))
        return;
    bool anyText = false;
    for (const FieldId field :
         {FieldId::SignupOptionText, FieldId::SignupOptinRequest, FieldId::SignupConfirmation,
          FieldId::ContentKeywordResponse, FieldId::ContentHelpResponse, FieldId::ContentStopResponse,
          FieldId::ContentReminder})
        anyText = anyText || !isBlank(c.text(field));
    forEachExample(c, [&](const Example &example, int) { anyText = anyText || !isBlank(example.text); });
    if (anyText)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "No message names %1. Reviewers reject messages that do not say who sends "
                              "them: if the messages use another brand, enter it here; otherwise start "
                              "every message with \"%1:\"."),
            {MessageArg::literal(c.brands().displayName())});
}

void examplesHaveOptout(const Context &c, FieldId, Out &out)
{
    bool any = false;
    bool optout = false;
    forEachExample(c, [&](const Example &example, int i) {
        if (isBlank(example.text))
            return;
        any = true;
        optout = optout || c.has(FieldId::ContentExamples, ProgramModel::StopInstruction, i);
    });
    if (any && !optout)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "No example tells how to opt out: add \"Reply STOP to cancel.\" to at "
                              "least one."));
}

void examplesPlaceholders(const Context &c, FieldId, Out &out)
{
    forEachExample(c, [&](const Example &example, int i) {
        if (const QString variable = text::placeholder(example.text); !variable.isEmpty())
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "A variable is written as %1: write variables in square brackets, "
                                  "e.g. [name]."),
                {MessageArg::literal(variable)}, i);
    });
}

const char *const kShortenerMessage = QT_TRANSLATE_NOOP(
        "scs::Rules",
        "A public URL shortener (%1): carriers block their links. Use a link on your own domain.");

void urlShortener(const Context &c, FieldId field, Out &out)
{
    if (field == FieldId::ContentExamples) {
        forEachExample(c, [&](const Example &, int i) {
            if (const QString host = text::urlShortener(c.exampleWords(i)); !host.isEmpty())
                out(kShortenerMessage, {MessageArg::literal(host)}, i);
        });
    } else if (const QString host = text::urlShortener(c.words(field)); !host.isEmpty()) {
        out(kShortenerMessage, {MessageArg::literal(host)});
    }
}

const char *const kSampleMessage = QT_TRANSLATE_NOOP(
        "scs::Rules", "The guide's sample text is still here (%1): replace it with your own.");

void sampleTextLeft(const Context &c, FieldId field, Out &out)
{
    if (field == FieldId::ContentExamples) {
        forEachExample(c, [&](const Example &example, int i) {
            QString sample = text::sampleText(example.text);
            if (sample.isEmpty())
                sample = text::sampleText(example.label);
            if (!sample.isEmpty())
                out(kSampleMessage, {MessageArg::literal(sample)}, i);
        });
    } else if (const QString sample = text::sampleText(c.text(field)); !sample.isEmpty()) {
        out(kSampleMessage, {MessageArg::literal(sample)});
    }
}

} // namespace

void addContentRules(Registry &r)
{
    r.check(r.rule({"help_has_contact", Severity::Error, FieldId::ContentHelpResponse, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "The HELP reply has no contact information")}),
            FieldId::ContentHelpResponse, {}, &helpHasContact);
    const FieldSet brand = brandBearingFields();
    r.check(r.rule({"help_has_brand", Severity::Error, FieldId::ContentHelpResponse,
                    "CTIA Handbook 1.8 (HELP); Twilio; carriers' audits",
                    QT_TRANSLATE_NOOP("scs::Rules", "The HELP reply does not name the brand")}),
            FieldId::ContentHelpResponse, brand, &helpHasBrand);
    r.check(r.rule({"help_complete", Severity::Warning, FieldId::ContentHelpResponse,
                    "Guide example; carriers' HELP template (Twilio and Plivo short code requirements)",
                    QT_TRANSLATE_NOOP("scs::Rules", "The HELP reply misses rates, frequency or STOP")}),
            FieldId::ContentHelpResponse, {}, &helpComplete);
    r.check(r.rule({"stop_confirms", Severity::Error, FieldId::ContentStopResponse, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "The STOP reply does not confirm the opt-out")}),
            FieldId::ContentStopResponse, {}, &stopConfirms);
    r.check(r.rule({"stop_has_brand", Severity::Warning, FieldId::ContentStopResponse, "Twilio",
                    QT_TRANSLATE_NOOP("scs::Rules", "The STOP reply does not name the brand")}),
            FieldId::ContentStopResponse, brand, &stopHasBrand);
    r.check(r.rule({"stop_no_marketing", Severity::Warning, FieldId::ContentStopResponse, "FCC (a)(12)",
                    QT_TRANSLATE_NOOP("scs::Rules", "Promotional wording in the STOP reply")}),
            FieldId::ContentStopResponse, kBrandFields, &stopNoMarketing);
    r.check(r.rule({"reminder_complete", Severity::Warning, FieldId::ContentReminder, "Guide example",
                    QT_TRANSLATE_NOOP("scs::Rules", "The reminder misses a required element")}),
            FieldId::ContentReminder, brand, &reminderComplete);
    r.check(r.rule({"examples_have_brand", Severity::Warning, FieldId::ContentExamples, "Twilio 30893",
                    QT_TRANSLATE_NOOP("scs::Rules", "An example does not name the brand")}),
            FieldId::ContentExamples, brand, &examplesHaveBrand);
    r.check(r.rule({"messages_name_brand", Severity::Error, FieldId::CompanyBrandName,
                    "CTIA Handbook 1.8 (program name in messages); Twilio 30893",
                    QT_TRANSLATE_NOOP("scs::Rules", "No message names the brand")}),
            FieldId::CompanyBrandName, brand, &messagesNameBrand);
    r.check(r.rule({"examples_have_optout", Severity::Info, FieldId::ContentExamples, "Twilio 30893",
                    QT_TRANSLATE_NOOP("scs::Rules", "No example tells how to opt out")}),
            FieldId::ContentExamples, {}, &examplesHaveOptout);
    r.check(r.rule({"examples_placeholders", Severity::Info, FieldId::ContentExamples, "Twilio 30893",
                    QT_TRANSLATE_NOOP("scs::Rules", "Variables not written in square brackets")}),
            FieldId::ContentExamples, {}, &examplesPlaceholders);

    std::vector<FieldId> messages = smsFields();
    messages.push_back(FieldId::ContentExamples);
    const int shortener = r.rule({"public_url_shortener", Severity::Warning, FieldId::ContentExamples,
                                  "carriers", QT_TRANSLATE_NOOP("scs::Rules", "A public URL shortener")});
    for (const FieldId field : messages)
        r.check(shortener, field, {}, &urlShortener);
    std::vector<FieldId> texts = textFields();
    texts.push_back(FieldId::ContentExamples);
    const int sample = r.rule({"sample_text_left", Severity::Warning, FieldId::ContentExamples, "Guide",
                               QT_TRANSLATE_NOOP("scs::Rules", "The guide's sample text is left in")});
    for (const FieldId field : texts)
        r.check(sample, field, {}, &sampleTextLeft);
}

} // namespace scs::rules

// Limits (model/Limits.h): text typed or pasted beyond what a field takes.
// The editor keeps such text (nothing is cut without notice); this rule
// says what to shorten, and a save refuses until it is shortened, because a
// file beyond the limits would not open again.
#include "RuleRegistry.h"
#include "catalog/Catalog.h"
#include "model/Limits.h"

namespace scs::rules {

namespace {

const char *const kTooLong = QT_TRANSLATE_NOOP("scs::Rules",
                                               "Too long: %1 characters, the limit is %2. Shorten it; a "
                                               "project with text beyond the limit cannot be saved.");

void textTooLong(const Context &c, FieldId field, Out &out)
{
    const qsizetype size = c.text(field).size();
    const qsizetype limit = limits::maxLength(Catalog::field(field).kind);
    if (limit > 0 && size > limit)
        out(kTooLong, {MessageArg::number(size), MessageArg::number(limit)});
}

void examplesTooLong(const Context &c, FieldId, Out &out)
{
    const ExampleList &examples = c.examples();
    if (examples.size() > limits::Examples)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Too many examples: %1, the limit is %2. Remove some; a project beyond the "
                              "limit cannot be saved."),
            {MessageArg::number(examples.size()), MessageArg::number(limits::Examples)});
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (examples[i].label.size() > limits::NameLength)
            out(kTooLong,
                {MessageArg::number(examples[i].label.size()), MessageArg::number(limits::NameLength)},
                int(i));
        else if (examples[i].text.size() > limits::SmsLength)
            out(kTooLong,
                {MessageArg::number(examples[i].text.size()), MessageArg::number(limits::SmsLength)}, int(i));
    }
}

} // namespace

void addLimitRules(Registry &r)
{
    const int tooLong =
            r.rule({"field_too_long", Severity::Error, FieldId::NotesDescription, "(our limits)",
                    QT_TRANSLATE_NOOP("scs::Rules", "A field's text is beyond Shortcode Studio's limit")});
    for (const FieldId id : textFields())
        r.check(tooLong, id, {}, &textTooLong);
    r.check(tooLong, FieldId::ContentExamples, {}, &examplesTooLong);
}

} // namespace scs::rules

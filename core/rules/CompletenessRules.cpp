// Completeness (rules.md): everything the carriers need is there.
#include "RuleRegistry.h"
#include "catalog/Catalog.h"

#include <algorithm>
#include <cstring>

namespace scs::rules {

namespace {

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

int examplesWithText(const Context &c)
{
    int n = 0;
    if (const FieldValue &v = c.value(FieldId::ContentExamples); v.isExamples()) {
        for (const Example &example : v.toExamples())
            n += isBlank(example.text) ? 0 : 1;
    }
    return n;
}

void requiredField(const Context &c, FieldId field, Out &out)
{
    if (!Catalog::isRequired(c.request(), field))
        return;
    const FieldDef &def = Catalog::field(field);
    if (def.kind == FieldKind::Examples) {
        // Some but fewer than three: examples_min_three says so.
        if (examplesWithText(c) == 0)
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "No example messages: add at least 3, one for every type of "
                                  "message you plan to send."));
        return;
    }
    if (Catalog::isFilled(c.request(), field))
        return;
    if (def.kind == FieldKind::Attachments)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "No screenshot or mockup: add one of every place where customers sign "
                              "up."));
    else if (def.kind == FieldKind::Bool)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Not answered: choose yes or no. The carriers need every answer "
                              "before they process the request."));
    else
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Required: fill it in. The carriers need it before they process "
                              "the request."));
}

void otherNeedsExplanation(const Context &c, FieldId field, Out &out)
{
    if (Catalog::isRequired(c.request(), field) && isBlank(c.text(field)))
        out(QT_TRANSLATE_NOOP("scs::Rules", "\"Other\" is chosen but not explained: describe it here."));
}

void examplesMinThree(const Context &c, FieldId, Out &out)
{
    const int n = examplesWithText(c);
    if (n > 0 && n < 3)
        out.counted(n,
                    QT_TRANSLATE_N_NOOP("scs::Rules",
                                        "Only %n of the at least 3 examples has text: add one example "
                                        "for every type of message you plan to send."));
}

} // namespace

void addCompletenessRules(Registry &r)
{
    const int required = r.rule({"required_field", Severity::Error, FieldId::CaseSiteUrl, "Guide",
                                 QT_TRANSLATE_NOOP("scs::Rules", "A required field is empty or unanswered")});
    for (const FieldDef &def : Catalog::fields()) {
        // Conditional fields ("other" explained) have their own rule.
        if (def.requirement == Requirement::Required)
            r.check(required, def.id, {}, &requiredField);
    }
    const int other =
            r.rule({"other_needs_explanation", Severity::Error, FieldId::SignupMethodsOther, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "\"Other\" is chosen and not explained")});
    for (const FieldDef &def : Catalog::fields()) {
        // The explanations of an "Other" choice; the other conditional
        // fields (a region, an age check, contest rules) have rules of their own.
        const bool explainsOther =
                std::any_of(def.conditionValues.begin(), def.conditionValues.end(),
                            [](const char *value) { return std::strcmp(value, "other") == 0; });
        if (def.requirement == Requirement::Conditional && explainsOther)
            r.check(other, def.id, fieldSet({def.conditionField}), &otherNeedsExplanation);
    }
    const int examples = r.rule({"examples_min_three", Severity::Error, FieldId::ContentExamples, "Guide",
                                 QT_TRANSLATE_NOOP("scs::Rules", "Fewer than 3 examples with text")});
    r.check(examples, FieldId::ContentExamples, {}, &examplesMinThree);
}

} // namespace scs::rules

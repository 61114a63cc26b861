// Console settings after provisioning (rules.md): checked only when filled in.
#include "RuleRegistry.h"

namespace scs::rules {

namespace {

// The console field that mirrors each requested one.
FieldId requestedOf(FieldId console)
{
    switch (console) {
    case FieldId::ConsoleHelpResponse:
        return FieldId::ContentHelpResponse;
    case FieldId::ConsoleStopResponse:
        return FieldId::ContentStopResponse;
    case FieldId::ConsoleRegisteredKeyword:
        return FieldId::SignupOptinKeyword;
    default:
        return FieldId::ContentKeywordResponse;
    }
}

void messageMatches(const Context &c, FieldId field, Out &out)
{
    const QString &console = c.text(field);
    if (console.trimmed().isEmpty() || text::sameIgnoringSpaces(console, c.text(requestedOf(field))))
        return;
    out(QT_TRANSLATE_NOOP("scs::Rules",
                          "The console shows a different text than the request: make them the "
                          "same, in the console or in the request."));
}

// The registered keyword is one customers text to join: a join keyword, or
// the opt-in reply when there are none.
void keywordMatches(const Context &c, FieldId field, Out &out)
{
    const QStringView console = QStringView(c.text(field)).trimmed();
    if (console.isEmpty())
        return;
    const QStringList joins = c.value(FieldId::SignupJoinKeywords).toStringList();
    if (!joins.isEmpty()) {
        if (!joins.contains(console.toString(), Qt::CaseInsensitive))
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "The registered keyword %1 is not one of the join keywords (%2): register "
                                  "a join keyword, or add this one to the request."),
                {MessageArg::literal(console.toString()), MessageArg::textList(joins)});
        return;
    }
    const QStringView requested = QStringView(c.text(requestedOf(field))).trimmed();
    if (console.compare(requested, Qt::CaseInsensitive) != 0)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The registered keyword %1 differs from the requested keyword %2: "
                              "make them the same."),
            {MessageArg::literal(console.toString()), MessageArg::literal(requested.toString())});
}

} // namespace

void addConsoleRules(Registry &r)
{
    r.check(r.rule({"console_help_matches", Severity::Warning, FieldId::ConsoleHelpResponse, "Guide, step 2",
                    QT_TRANSLATE_NOOP("scs::Rules", "The console HELP reply differs from the request")}),
            FieldId::ConsoleHelpResponse, fieldSet({FieldId::ContentHelpResponse}), &messageMatches);
    r.check(r.rule({"console_stop_matches", Severity::Warning, FieldId::ConsoleStopResponse, "Guide, step 2",
                    QT_TRANSLATE_NOOP("scs::Rules", "The console STOP reply differs from the request")}),
            FieldId::ConsoleStopResponse, fieldSet({FieldId::ContentStopResponse}), &messageMatches);
    r.check(r.rule({"console_keyword_matches", Severity::Warning, FieldId::ConsoleRegisteredKeyword,
                    "Guide, step 2",
                    QT_TRANSLATE_NOOP("scs::Rules", "The registered keyword differs from the request")}),
            FieldId::ConsoleRegisteredKeyword,
            fieldSet({FieldId::SignupOptinKeyword, FieldId::SignupJoinKeywords}), &keywordMatches);
    r.check(r.rule({"console_keyword_response_matches", Severity::Warning,
                    FieldId::ConsoleRegisteredKeywordResponse, "Guide, step 2",
                    QT_TRANSLATE_NOOP("scs::Rules",
                                      "The registered keyword response differs from the request")}),
            FieldId::ConsoleRegisteredKeywordResponse, fieldSet({FieldId::ContentKeywordResponse}),
            &messageMatches);
}

} // namespace scs::rules

// Length and encoding (rules.md): every sms field and every example.
#include "RuleRegistry.h"
#include "sms/SmsAnalysis.h"

using namespace Qt::StringLiterals;

namespace scs::rules {

namespace {

// AWS (SNS Publish: "The total size limit for a single SMS Publish action is
// 1,600 characters") and Twilio (error 21605: "messages up to 1600
// characters") give one maximum whatever the encoding; rules.md's 630 UCS-2
// characters has no source.
constexpr int kMaxCharacters = 1600;
constexpr qsizetype kMaxListed = 10;

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

// Runs `each` over the texts a check covers: the field's text, or every
// example's text with its index.
template<typename Each> void forEachText(const Context &c, FieldId field, Each each)
{
    if (field != FieldId::ContentExamples) {
        each(QStringView(c.text(field)), -1);
        return;
    }
    const ExampleList &examples = c.examples();
    for (qsizetype i = 0; i < examples.size(); ++i)
        each(QStringView(examples[i].text), int(i));
}

// The counts of a text of forEachText: a field's are counted once per run.
sms::Counts countsOf(const Context &c, FieldId field, QStringView text, int item)
{
    return item < 0 ? c.smsCounts(field) : sms::count(text);
}

// "’ → '", or "U+00A0 → space" for characters one cannot see.
QString describe(const sms::NonGsmCharacter &ch)
{
    const char32_t cp = ch.codePoint;
    const QString shown = QString::fromUcs4(&cp, 1);
    const bool invisible = shown.size() == 1 && (shown[0].isSpace() || !shown[0].isPrint());
    QString out =
            invisible ? u"U+"_s + QString::number(uint(cp), 16).toUpper().rightJustified(4, u'0') : shown;
    if (ch.hasReplacement) {
        const QString replacement = ch.replacement == u" "_s ? u"\" \""_s : ch.replacement;
        out += u" → "_s + replacement;
    }
    return out;
}

void smsUcs2(const Context &c, FieldId field, Out &out)
{
    forEachText(c, field, [&](QStringView text, int item) {
        if (text.isEmpty() || countsOf(c, field, text, item).encoding != sms::Encoding::Ucs2)
            return;
        const sms::Analysis analysis = sms::analyze(text);
        QStringList listed;
        for (const sms::NonGsmCharacter &ch : analysis.nonGsm) {
            if (listed.size() == kMaxListed) {
                listed.append(u"…"_s);
                break;
            }
            listed.append(describe(ch));
        }
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Sent as UCS-2 (70 characters per segment instead of 160) because "
                              "of: %1. Japanese text is always UCS-2; elsewhere, use the GSM-7 "
                              "replacements shown."),
            {MessageArg::textList(listed)}, item);
    });
}

void smsMultiSegment(const Context &c, FieldId field, Out &out)
{
    const int segments = c.smsCounts(field).segments;
    if (segments > 1)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "%1 segments: carriers expect this reply to fit in one segment (160 "
                              "GSM-7 or 70 UCS-2 characters). Shorten it."),
            {MessageArg::number(segments)});
}

void smsTooLong(const Context &c, FieldId field, Out &out)
{
    forEachText(c, field, [&](QStringView text, int item) {
        const sms::Counts counts = countsOf(c, field, text, item);
        if (counts.units > kMaxCharacters)
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "%1 characters (%2): over the provider's maximum of %3. Shorten "
                                  "the message."),
                {MessageArg::number(counts.units), MessageArg::literal(sms::encodingName(counts.encoding)),
                 MessageArg::number(kMaxCharacters)},
                item);
    });
}

void smsEmptyOrBlank(const Context &c, FieldId field, Out &out)
{
    forEachText(c, field, [&](QStringView text, int item) {
        // A field left empty is required_field's; an example row without
        // text is reported here.
        if ((item >= 0 || !text.isEmpty()) && isBlank(text))
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "The message has no text, only spaces: write the message or "
                                  "remove it."),
                {}, item);
    });
}

} // namespace

void addSmsRules(Registry &r)
{
    std::vector<FieldId> messages = smsFields();
    messages.push_back(FieldId::ContentExamples);
    const int ucs2 = r.rule({"sms_ucs2", Severity::Info, FieldId::ContentExamples, "sms.md",
                             QT_TRANSLATE_NOOP("scs::Rules", "The message needs UCS-2")});
    for (const FieldId field : messages)
        r.check(ucs2, field, {}, &smsUcs2);
    const int multi =
            r.rule({"sms_multi_segment", Severity::Info, FieldId::ContentHelpResponse, "carriers' practice",
                    QT_TRANSLATE_NOOP("scs::Rules", "The reply takes more than one segment")});
    for (const FieldId field :
         {FieldId::SignupOptinRequest, FieldId::SignupConfirmation, FieldId::ContentKeywordResponse,
          FieldId::ContentHelpResponse, FieldId::ContentStopResponse})
        r.check(multi, field, {}, &smsMultiSegment);
    const int tooLong =
            r.rule({"sms_too_long", Severity::Error, FieldId::ContentExamples,
                    "AWS SNS Publish and Twilio: 1,600 characters per message",
                    QT_TRANSLATE_NOOP("scs::Rules", "The message is over the provider's maximum")});
    for (const FieldId field : messages)
        r.check(tooLong, field, {}, &smsTooLong);
    const int blank = r.rule({"sms_empty_or_blank", Severity::Error, FieldId::ContentExamples,
                              "AWS keyword message pattern",
                              QT_TRANSLATE_NOOP("scs::Rules", "The message is only spaces")});
    for (const FieldId field : messages)
        r.check(blank, field, {}, &smsEmptyOrBlank);
}

} // namespace scs::rules

// Opt-in evidence (request-format.md, version 2): a screenshot or mockup of
// every place customers sign up, in a form the provider's registration takes.
#include "RuleRegistry.h"
#include "model/Limits.h"
#include "model/MediaType.h"

using namespace Qt::StringLiterals;

namespace scs::rules {

namespace {

bool isAcceptedType(QStringView type)
{
    return type == u"image/png" || type == u"image/jpeg" || type == u"application/pdf";
}

QString mebibytes(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

void mockupPresent(const Context &c, FieldId field, Out &out)
{
    const FieldValue &value = c.value(field);
    if (!value.isAttachments())
        return; // none: required_field says so
    const AttachmentList files = value.toAttachments();
    if (files.size() > limits::Attachments)
        out.counted(int(files.size()),
                    QT_TRANSLATE_N_NOOP("scs::Rules",
                                        "%n files are attached, but the registration takes at most %1: keep "
                                        "one for each place customers sign up."),
                    {MessageArg::number(limits::Attachments)});
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Attachment &file = files[i];
        const int item = int(i);
        const QString sniffed = mediaTypeOf(file.data);
        if (!isAcceptedType(file.mediaType)) {
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "%1 is of type %2: the registration takes PNG, JPEG or PDF only. Save the "
                                  "mockup as one of them."),
                {MessageArg::literal(file.name), MessageArg::literal(file.mediaType)}, item);
            continue;
        }
        if (sniffed != file.mediaType) {
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "%1 is not really a %2 file: its content does not start like one. Attach "
                                  "the picture or PDF itself."),
                {MessageArg::literal(file.name), MessageArg::literal(file.mediaType)}, item);
            continue;
        }
        if (file.data.size() > limits::AttachmentBytes)
            out(QT_TRANSLATE_NOOP("scs::Rules",
                                  "%1 is %2 MiB: the registration takes files of at most 1 MiB. Make the "
                                  "picture smaller or save it with more compression."),
                {MessageArg::literal(file.name), MessageArg::literal(mebibytes(file.data.size()))}, item);
    }
}

} // namespace

void addEvidenceRules(Registry &r)
{
    r.check(r.rule({"mockup_present", Severity::Error, FieldId::EvidenceOptinMockups,
                    "AWS registration attachments (PNG, JPEG or PDF, at most 1 MiB); CTIA (opt-in evidence)",
                    QT_TRANSLATE_NOOP("scs::Rules", "No usable opt-in mockup")}),
            FieldId::EvidenceOptinMockups, {}, &mockupPresent);
}

} // namespace scs::rules

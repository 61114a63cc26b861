// libFuzzer target: the rule engine on arbitrary requests. The bytes are a
// list of edits (field, value), decoded as the editor could make them: any
// text (lone surrogates included), valid or invalid choices and country
// codes, any integer, up to a few dozen examples. After each edit the
// incremental engine (update()) must agree with a full check(), as the
// editor relies on; every finding's message renders.
#include "FuzzSupport.h"

#include "catalog/Catalog.h"
#include "rules/RuleEngine.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

using namespace scs;

namespace {

QString takeText(FuzzedDataProvider &in)
{
    const std::string bytes = in.ConsumeRandomLengthString(2000);
    if (in.ConsumeBool())
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    // Raw UTF-16 units, lone surrogates and all.
    QString text;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(char16_t(uint8_t(bytes[i]) | (uint8_t(bytes[i + 1]) << 8))));
    return text;
}

// A catalog choice most of the time, anything else sometimes.
QString takeChoice(FuzzedDataProvider &in, const FieldDef &def)
{
    if (!def.choices.empty() && in.ConsumeIntegralInRange(0, 3) != 0) {
        const auto index = in.ConsumeIntegralInRange<std::size_t>(0, def.choices.size() - 1);
        return QString::fromLatin1(def.choices[index].value);
    }
    return takeText(in);
}

FieldValue takeValue(FuzzedDataProvider &in, const FieldDef &def)
{
    if (in.ConsumeIntegralInRange(0, 15) == 0)
        return {}; // cleared
    switch (def.kind) {
    case FieldKind::Choice:
        return takeChoice(in, def);
    case FieldKind::Country:
    case FieldKind::Choices: {
        QStringList list;
        const int n = in.ConsumeIntegralInRange(0, 8);
        for (int i = 0; i < n; ++i)
            list.append(def.kind == FieldKind::Country && in.ConsumeBool()
                                ? QString::fromLatin1(in.ConsumeBytesAsString(2))
                                : takeChoice(in, def));
        return list;
    }
    case FieldKind::Bool:
        return in.ConsumeBool();
    case FieldKind::Integer:
        return in.ConsumeIntegral<qint64>();
    case FieldKind::Examples: {
        ExampleList examples;
        const int n = in.ConsumeIntegralInRange(0, 40);
        for (int i = 0; i < n; ++i)
            examples.append(Example {takeText(in), takeText(in)});
        return examples;
    }
    case FieldKind::Keywords: {
        QStringList keywords;
        const int n = in.ConsumeIntegralInRange(0, 8);
        for (int i = 0; i < n; ++i)
            keywords.append(takeText(in));
        return keywords;
    }
    case FieldKind::Attachments: {
        AttachmentList attachments;
        const int n = in.ConsumeIntegralInRange(0, 12);
        for (int i = 0; i < n; ++i) {
            Attachment attachment {takeText(in), takeText(in), takeText(in), {}};
            const std::string bytes = in.ConsumeRandomLengthString(4096);
            attachment.data = QByteArray(bytes.data(), qsizetype(bytes.size()));
            attachments.append(attachment);
        }
        return attachments;
    }
    default:
        return takeText(in);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    RuleOptions options;
    options.today = QDate(2026, 1, 15); // reproducible: no dependence on the clock
    if (in.ConsumeBool())
        options.pricePerSegmentUsd = takeText(in);
    RuleEngine engine(options);
    Request request;
    engine.reset(request);
    const auto fields = Catalog::fields();
    for (int edits = 0; edits < 64 && in.remaining_bytes() > 0; ++edits) {
        const FieldDef &def = fields[in.ConsumeIntegralInRange<std::size_t>(0, fields.size() - 1)];
        request.setValue(def.id, takeValue(in, def));
        engine.update(request, def.id);
    }
    const QList<Finding> full = engine.check(request);
    SCS_FUZZ_CHECK(engine.findings() == full);
    int bySeverity = 0;
    for (const Severity severity : {Severity::Info, Severity::Warning, Severity::Error})
        bySeverity += engine.count(severity);
    SCS_FUZZ_CHECK(bySeverity == full.size());
    for (const Finding &finding : full) {
        SCS_FUZZ_CHECK(finding.rule && RuleEngine::rule(QString::fromLatin1(finding.rule)));
        SCS_FUZZ_CHECK(!finding.text().isEmpty());
    }
    return 0;
}

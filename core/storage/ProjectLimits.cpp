#include "ProjectLimits.h"

#include "catalog/Catalog.h"
#include "model/Limits.h"

using namespace Qt::StringLiterals;

namespace scs {

namespace {

using Violation = ProjectLimits::Violation;

std::optional<Violation> violation(Violation::Part part, qsizetype request, FieldId field, qsizetype item,
                                   qsizetype size, qsizetype limit)
{
    if (size <= limit)
        return std::nullopt;
    return Violation {part, request, field, item, size, limit};
}

// "Company name" (company.name): what people see and what the JSON says.
QString fieldName(FieldId id)
{
    return u"\u201C%1\u201D (%2)"_s.arg(Catalog::label(id), Catalog::key(id));
}

} // namespace

namespace {

// One field's value; `attachmentBytes` adds up the attachments of a request.
std::optional<Violation> checkField(const FieldDef &def, const FieldValue &value, qsizetype index,
                                    qsizetype &attachmentBytes)
{
    using Part = Violation::Part;
    switch (valueShape(def.kind)) {
    case ValueShape::Bool:
    case ValueShape::Integer:
        break;
    case ValueShape::Text:
        if (auto v = violation(Part::Value, index, def.id, -1, value.stringRef().size(),
                               limits::maxLength(def.kind)))
            return v;
        break;
    case ValueShape::List: {
        if (auto v =
                    violation(Part::Value, index, def.id, -1, value.toStringList().size(), limits::ListItems))
            return v;
        // An entry is a country code or a catalog value: short, unless damaged.
        if (def.kind == FieldKind::Keywords) {
            if (auto v = violation(Part::Value, index, def.id, -1, value.toStringList().size(),
                                   limits::Keywords))
                return v;
        }
        const QStringList items = value.toStringList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto v = violation(Part::Value, index, def.id, i, items[i].size(), limits::NameLength))
                return v;
        }
        break;
    }
    case ValueShape::Examples: {
        const ExampleList examples = value.toExamples();
        if (auto v = violation(Part::Value, index, def.id, -1, examples.size(), limits::Examples))
            return v;
        for (qsizetype i = 0; i < examples.size(); ++i) {
            if (auto v = violation(Part::ExampleLabel, index, def.id, i, examples[i].label.size(),
                                   limits::NameLength))
                return v;
            if (auto v = violation(Part::ExampleText, index, def.id, i, examples[i].text.size(),
                                   limits::SmsLength))
                return v;
        }
        break;
    }
    case ValueShape::Attachments: {
        const AttachmentList attachments = value.toAttachments();
        if (auto v = violation(Part::Value, index, def.id, -1, attachments.size(), limits::Attachments))
            return v;
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            const Attachment &a = attachments[i];
            if (auto v = violation(Part::AttachmentName, index, def.id, i, a.name.size(), limits::NameLength))
                return v;
            if (auto v = violation(Part::AttachmentMediaType, index, def.id, i, a.mediaType.size(),
                                   limits::NameLength))
                return v;
            if (auto v = violation(Part::AttachmentDescription, index, def.id, i, a.description.size(),
                                   limits::TextLength))
                return v;
            if (auto v = violation(Part::AttachmentData, index, def.id, i, a.data.size(),
                                   limits::AttachmentHardBytes))
                return v;
            attachmentBytes += a.data.size();
            if (auto v = violation(Part::AttachmentsTotal, index, def.id, -1, attachmentBytes,
                                   limits::RequestAttachmentHardBytes))
                return v;
        }
        break;
    }
    }
    return std::nullopt;
}

} // namespace

std::optional<Violation> ProjectLimits::check(FieldId id, const FieldValue &value)
{
    qsizetype attachmentBytes = 0;
    return checkField(Catalog::field(id), value, 0, attachmentBytes);
}

std::optional<Violation> ProjectLimits::check(const Request &request, qsizetype index)
{
    using Part = Violation::Part;
    if (auto v = violation(Part::Title, index, {}, -1, request.title().size(), limits::NameLength))
        return v;
    qsizetype attachmentBytes = 0;
    for (const FieldDef &def : Catalog::fields()) {
        if (auto v = checkField(def, request.value(def.id), index, attachmentBytes))
            return v;
    }
    return std::nullopt;
}

std::optional<Violation> ProjectLimits::check(const Project &project)
{
    using Part = Violation::Part;
    if (auto v = violation(Part::ProjectName, -1, {}, -1, project.name.size(), limits::NameLength))
        return v;
    if (auto v = violation(Part::RequestCount, -1, {}, -1, project.requests.size(), limits::Requests))
        return v;
    for (qsizetype i = 0; i < project.requests.size(); ++i) {
        if (auto v = check(project.requests[i], i))
            return v;
    }
    return std::nullopt;
}

QString ProjectLimits::Violation::message() const
{
    switch (part) {
    case Part::ProjectName:
        return tr("The project name has %L1 characters; the limit is %L2.").arg(size).arg(limit);
    case Part::RequestCount:
        return tr("The project has %L1 requests; the limit is %L2.").arg(size).arg(limit);
    case Part::Title:
        return tr("The title of request %L1 has %L2 characters; the limit is %L3.")
                .arg(request + 1)
                .arg(size)
                .arg(limit);
    case Part::Value: {
        const FieldKind kind = Catalog::field(field).kind;
        if (item >= 0)
            return tr("Entry %L1 of the field %2 has %L3 characters; the limit is %L4.")
                    .arg(item + 1)
                    .arg(fieldName(field))
                    .arg(size)
                    .arg(limit);
        if (kind == FieldKind::Examples)
            return tr("The field %1 has %L2 examples; the limit is %L3.")
                    .arg(fieldName(field))
                    .arg(size)
                    .arg(limit);
        if (kind == FieldKind::Attachments)
            return tr("The field %1 has %L2 attachments; the limit is %L3.")
                    .arg(fieldName(field))
                    .arg(size)
                    .arg(limit);
        if (kind == FieldKind::Country || kind == FieldKind::Choices || kind == FieldKind::Keywords)
            return tr("The field %1 has %L2 entries; the limit is %L3.")
                    .arg(fieldName(field))
                    .arg(size)
                    .arg(limit);
        return tr("The field %1 has %L2 characters; the limit is %L3.")
                .arg(fieldName(field))
                .arg(size)
                .arg(limit);
    }
    case Part::ExampleLabel:
        return tr("The label of example %L1 of the field %2 has %L3 characters; the limit is %L4.")
                .arg(item + 1)
                .arg(fieldName(field))
                .arg(size)
                .arg(limit);
    case Part::ExampleText:
        return tr("The text of example %L1 of the field %2 has %L3 characters; the limit is %L4.")
                .arg(item + 1)
                .arg(fieldName(field))
                .arg(size)
                .arg(limit);
    case Part::AttachmentName:
        return tr("The file name of attachment %L1 of the field %2 has %L3 characters; the limit is %L4.")
                .arg(item + 1)
                .arg(fieldName(field))
                .arg(size)
                .arg(limit);
    case Part::AttachmentMediaType:
        return tr("The media type of attachment %L1 of the field %2 has %L3 characters; the limit is %L4.")
                .arg(item + 1)
                .arg(fieldName(field))
                .arg(size)
                .arg(limit);
    case Part::AttachmentDescription:
        return tr("The description of attachment %L1 of the field %2 has %L3 characters; the limit is %L4.")
                .arg(item + 1)
                .arg(fieldName(field))
                .arg(size)
                .arg(limit);
    case Part::AttachmentData:
        return tr("Attachment %L1 of the field %2 has %L3 bytes; the most Shortcode Studio opens is %L4.")
                .arg(item + 1)
                .arg(fieldName(field))
                .arg(size)
                .arg(limit);
    case Part::AttachmentsTotal:
        return tr("The attachments of request %L1 have %L2 bytes in all; the most Shortcode Studio opens is "
                  "%L3.")
                .arg(request + 1)
                .arg(size)
                .arg(limit);
    }
    return {};
}

} // namespace scs

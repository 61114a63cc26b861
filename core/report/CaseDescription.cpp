#include "CaseDescription.h"

#include "Conversation.h"
#include "ReportValues.h"
#include "catalog/Catalog.h"
#include "i18n/ListFormat.h"
#include "model/Project.h"
#include "sms/SmsAnalysis.h"

using namespace Qt::StringLiterals;

namespace scs {

namespace {

ReportItem fieldItem(const Request &request, FieldId id, int number = 0)
{
    const ReportValues::Value value = ReportValues::value(request, id);
    ReportItem item;
    item.kind = ReportItem::Kind::Field;
    item.number = number;
    item.label = Catalog::label(id);
    item.value = value.text;
    item.missing = value.missing;
    item.fieldKey = Catalog::key(id);
    return item;
}

ReportItem messageItem(const QString &label, const QString &text, int number = 0)
{
    ReportItem item;
    item.kind = ReportItem::Kind::Message;
    item.number = number;
    item.label = label;
    if (text.isEmpty()) {
        item.value = ReportValues::notProvided();
        item.missing = true;
    } else {
        item.value = text;
        item.details = CaseDescription::messageDetails(sms::analyze(text));
    }
    return item;
}

ReportItem messageItem(const Request &request, FieldId id, int number = 0)
{
    ReportItem item = messageItem(Catalog::label(id), request.text(id), number);
    item.fieldKey = Catalog::key(id);
    return item;
}

ReportItem labelled(ReportItem::Kind kind, const QString &label, const QString &value = {})
{
    ReportItem item;
    item.kind = kind;
    item.label = label;
    item.value = value;
    return item;
}

ReportItem statement(const QString &text)
{
    ReportItem item;
    item.kind = ReportItem::Kind::Statement;
    item.value = text;
    return item;
}

// Fields that only apply while another holds a value ("other" explained)
// are printed when they apply or were filled anyway.
bool applies(const Request &request, FieldId id)
{
    return Catalog::isRequired(request, id) || !request.value(id).isEmpty();
}

// "signup-web.png: PNG image, 5.9 KiB. The sign-up form …"
ReportItem attachmentItem(const Attachment &attachment, int number)
{
    ReportItem item;
    item.kind = ReportItem::Kind::Field;
    item.number = number;
    item.label = attachment.name;
    const QString facts = ReportValues::attachmentFacts(attachment);
    item.value = attachment.description.trimmed().isEmpty()
            ? facts
            : CaseDescription::tr("%1. %2").arg(facts, attachment.description.trimmed());
    return item;
}

// "Figure 2: signup-app.png", with the file's type and size and the
// user's description under it.
ReportItem figureItem(const Attachment &attachment, int number)
{
    ReportItem item;
    item.kind = ReportItem::Kind::Figure;
    item.label = CaseDescription::tr("Figure %1: %2").arg(number).arg(attachment.name);
    item.value = attachment.description.trimmed();
    item.details = ReportValues::attachmentFacts(attachment);
    item.mediaType = attachment.mediaType;
    item.data = attachment.data;
    return item;
}

ReportItem bubbleItem(const ConversationMessage &message, const QString &programName)
{
    ReportItem item;
    item.kind = ReportItem::Kind::Bubble;
    item.sender = Conversation::senderName(message.sender, programName);
    item.label = CaseDescription::tr("%1: %2", "who sends a message: what the message is")
                         .arg(item.sender, Conversation::caption(message));
    item.fromSubscriber = message.sender == ConversationMessage::Sender::Subscriber;
    if (message.isMissing()) {
        item.value = Conversation::missingText(message);
        item.missing = true;
    } else {
        item.value = message.text;
        item.details = Conversation::details(message);
    }
    return item;
}

// The list of files tells the reviewer what to expect in the case's
// attachments; the pictures follow in the appendix.
void addAttachments(ReportSection &section, const Request &request, FieldId id)
{
    const AttachmentList attachments = request.value(id).toAttachments();
    if (attachments.isEmpty())
        section.items << fieldItem(request, id);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        section.items << attachmentItem(attachments.at(i), int(i) + 1);
        section.items.last().fieldKey = Catalog::key(id);
    }
}

void addExamples(ReportSection &section, const Request &request, FieldId id)
{
    section.items << labelled(ReportItem::Kind::Subheading, Catalog::label(id));
    section.items.last().fieldKey = Catalog::key(id);
    const ExampleList examples = request.value(id).toExamples();
    if (examples.isEmpty()) {
        ReportItem none = fieldItem(request, id);
        none.label.clear();
        none.kind = ReportItem::Kind::Text;
        section.items << none;
    }
    for (qsizetype i = 0; i < examples.size(); ++i) {
        const Example &example = examples.at(i);
        const QString label = example.label.isEmpty()
                ? CaseDescription::tr("Example %1").arg(i + 1)
                : CaseDescription::tr("Example %1: %2").arg(i + 1).arg(example.label);
        section.items << messageItem(label, example.text);
        section.items.last().fieldKey = Catalog::key(id);
    }
}

// Whether the catalog's print attribute lets the field print in this request.
bool printed(const Request &request, const FieldDef &field)
{
    switch (field.print) {
    case Print::Always:
        return true;
    case Print::WhenApplies:
        return applies(request, field.id);
    case Print::WhenSet:
        return !request.value(field.id).isEmpty();
    case Print::Body:
        return !request.text(field.id).trimmed().isEmpty();
    case Print::Never:
        break;
    }
    return false;
}

void addField(ReportSection &section, const Request &request, const FieldDef &field)
{
    if (!printed(request, field))
        return;
    if (field.print == Print::Body) {
        // Anything else for the reviewers, as the user wrote it.
        ReportItem text;
        text.kind = ReportItem::Kind::Text;
        text.value = request.text(field.id);
        text.fieldKey = Catalog::key(field.id);
        section.items << text;
        return;
    }
    if (field.optInStep == 1)
        section.items << labelled(ReportItem::Kind::Subheading, CaseDescription::optInSequenceHeading());
    switch (field.kind) {
    case FieldKind::Sms:
        section.items << messageItem(request, field.id, field.optInStep);
        return;
    case FieldKind::Examples:
        addExamples(section, request, field.id);
        return;
    case FieldKind::Attachments:
        addAttachments(section, request, field.id);
        return;
    default:
        section.items << fieldItem(request, field.id, field.optInStep);
        return;
    }
}

// Sentences that follow a section's fields when the request asks for them.
void addStatements(ReportSection &section, const Request &request, SectionId id)
{
    if (id == SectionId::Spend && request.value(FieldId::SpendInSameCase).toBool().value_or(false)) {
        section.items << statement(
                CaseDescription::tr("In this same case, please also raise the monthly SMS spending threshold "
                                    "of this account to %1 USD.")
                        .arg(ReportValues::value(request, FieldId::SpendMonthlyLimitUsd).text));
    }
    if (id == SectionId::Purpose && request.value(FieldId::PurposePhi).toBool().value_or(false))
        section.items << statement(CaseDescription::phiStatement());
}

} // namespace

QString CaseDescription::evidenceAppendixHeading()
{
    return tr("Appendix: opt-in mockups");
}

QString CaseDescription::conversationAppendixHeading()
{
    return tr("Appendix: the subscriber's conversation");
}

QString CaseDescription::messageDetails(const sms::Analysis &analysis)
{
    return joinList({sms::encodingName(analysis.encoding), tr("%n segment(s)", nullptr, analysis.segments),
                     tr("%n character(s)", nullptr, analysis.characters)});
}

QString CaseDescription::title()
{
    return tr("Case description");
}

QString CaseDescription::optInSequenceHeading()
{
    return tr("Double opt-in sequence");
}

QString CaseDescription::phiStatement()
{
    return tr("The messages sent with this short code will or may contain Protected Health "
              "Information (PHI) as defined by the Health Insurance Portability and Accountability "
              "Act (HIPAA) and associated legislation and regulations.");
}

ReportDocument CaseDescription::build(const Project &project)
{
    ReportDocument document;
    document.type = ReportDocument::Type::CaseDescription;
    document.title = title();
    document.projectName = project.name;
    document.language = ReportValues::language();
    for (const Request &request : project.requests)
        document.parts << part(request);
    return document;
}

ReportDocument CaseDescription::build(const Project &project, int requestIndex)
{
    Project one {project.name, {project.requests.value(requestIndex)}};
    return build(one);
}

ReportPart CaseDescription::part(const Request &request)
{
    ReportPart part;
    part.requestTitle = request.title();
    // Every section in catalog order, every field as the catalog says it
    // prints; a section with nothing to print (no notes, the user's own
    // tracking and console settings) is left out.
    for (const SectionDef &def : Catalog::sections()) {
        ReportSection section {Catalog::sectionTitle(def.id), {}};
        if (def.id == SectionId::Requests) {
            for (const auto &[label, value] : Catalog::fixedRequestValues())
                section.items << labelled(ReportItem::Kind::Field, label, value);
        }
        for (const FieldDef &field : Catalog::fieldsOf(def.id))
            addField(section, request, field);
        addStatements(section, request, def.id);
        if (!section.items.isEmpty())
            part.sections << section;
    }

    // The appendix: every mockup as a figure, then what a subscriber
    // receives, in order.
    const AttachmentList attachments = request.value(FieldId::EvidenceOptinMockups).toAttachments();
    if (!attachments.isEmpty()) {
        ReportSection figures {evidenceAppendixHeading(), {}};
        for (qsizetype i = 0; i < attachments.size(); ++i)
            figures.items << figureItem(attachments.at(i), int(i) + 1);
        part.sections << figures;
    }
    ReportSection transcript {conversationAppendixHeading(), {}};
    const QString programName = Conversation::programName(request);
    for (const ConversationMessage &message : Conversation::build(request))
        transcript.items << bubbleItem(message, programName);
    part.sections << transcript;
    return part;
}

} // namespace scs

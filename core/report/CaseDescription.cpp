#include "CaseDescription.h"

#include "Conversation.h"
#include "ReportValues.h"
#include "catalog/Catalog.h"
#include "model/Project.h"
#include "i18n/ListFormat.h"
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
    return messageItem(Catalog::label(id), request.text(id), number);
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

ReportSection section(SectionId id)
{
    return ReportSection {Catalog::sectionTitle(id), {}};
}

// Optional fields of format version 2 (brand, industry, join keywords, age
// check) are printed when answered: "Not provided" would read as a gap.
void addIfSet(ReportSection &section, const Request &request, FieldId id)
{
    if (!request.value(id).isEmpty())
        section.items << fieldItem(request, id);
}

void addIfApplies(ReportSection &section, const Request &request, FieldId id)
{
    if (applies(request, id))
        section.items << fieldItem(request, id);
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

    ReportSection caseSection = section(SectionId::Case);
    for (FieldId id : {FieldId::CaseSiteUrl, FieldId::CaseMessageType, FieldId::CaseCountries})
        caseSection.items << fieldItem(request, id);
    part.sections << caseSection;

    ReportSection requests = section(SectionId::Requests);
    for (const auto &[label, value] : Catalog::fixedRequestValues())
        requests.items << labelled(ReportItem::Kind::Field, label, value);
    for (FieldId id : {FieldId::RequestsQuota, FieldId::RequestsNewQuotaValue})
        requests.items << fieldItem(request, id);
    part.sections << requests;

    ReportSection spend = section(SectionId::Spend);
    for (FieldId id :
         {FieldId::SpendMonthlyLimitUsd, FieldId::SpendExpectedMonthlyMessages, FieldId::SpendInSameCase})
        spend.items << fieldItem(request, id);
    addIfApplies(spend, request, FieldId::SpendRegion);
    if (request.value(FieldId::SpendInSameCase).toBool().value_or(false)) {
        spend.items << statement(
                tr("In this same case, please also raise the monthly SMS spending threshold of this "
                   "account to %1 USD.")
                        .arg(ReportValues::value(request, FieldId::SpendMonthlyLimitUsd).text));
    }
    part.sections << spend;

    ReportSection company = section(SectionId::Company);
    for (const FieldDef &def : Catalog::fieldsOf(SectionId::Company)) {
        if (def.requirement == Requirement::Optional)
            addIfSet(company, request, def.id);
        else
            company.items << fieldItem(request, def.id);
    }
    part.sections << company;

    ReportSection signup = section(SectionId::Signup);
    signup.items << fieldItem(request, FieldId::SignupWebsite) << fieldItem(request, FieldId::SignupTermsUrl)
                 << fieldItem(request, FieldId::SignupPrivacyUrl)
                 << fieldItem(request, FieldId::SignupMethods);
    if (applies(request, FieldId::SignupMethodsOther))
        signup.items << fieldItem(request, FieldId::SignupMethodsOther);
    signup.items << fieldItem(request, FieldId::SignupOptionText);
    signup.items << labelled(ReportItem::Kind::Subheading, optInSequenceHeading());
    signup.items << messageItem(request, FieldId::SignupOptinRequest, 1)
                 << fieldItem(request, FieldId::SignupOptinKeyword, 2)
                 << messageItem(request, FieldId::SignupConfirmation, 3);
    addIfSet(signup, request, FieldId::SignupJoinKeywords);
    addIfSet(signup, request, FieldId::SignupAgeGate);
    addIfApplies(signup, request, FieldId::SignupAgeGateMethod);
    part.sections << signup;

    // The list tells the reviewer what to expect in the case's attachments;
    // the pictures follow in the appendix.
    ReportSection evidence = section(SectionId::Evidence);
    const AttachmentList attachments = request.value(FieldId::EvidenceOptinMockups).toAttachments();
    if (attachments.isEmpty())
        evidence.items << fieldItem(request, FieldId::EvidenceOptinMockups);
    for (qsizetype i = 0; i < attachments.size(); ++i)
        evidence.items << attachmentItem(attachments.at(i), int(i) + 1);
    part.sections << evidence;

    ReportSection purpose = section(SectionId::Purpose);
    purpose.items << fieldItem(request, FieldId::PurposeCategory);
    if (applies(request, FieldId::PurposeCategoryOther))
        purpose.items << fieldItem(request, FieldId::PurposeCategoryOther);
    addIfApplies(purpose, request, FieldId::PurposeContestRulesUrl);
    purpose.items << fieldItem(request, FieldId::PurposeThirdPartyMarketing)
                  << fieldItem(request, FieldId::PurposePhi);
    if (request.value(FieldId::PurposePhi).toBool().value_or(false))
        purpose.items << statement(phiStatement());
    part.sections << purpose;

    ReportSection content = section(SectionId::Content);
    for (FieldId id : {FieldId::ContentKeywordResponse, FieldId::ContentHelpResponse,
                       FieldId::ContentStopResponse, FieldId::ContentReminder})
        content.items << messageItem(request, id);
    content.items << labelled(ReportItem::Kind::Subheading, Catalog::label(FieldId::ContentExamples));
    const ExampleList examples = request.value(FieldId::ContentExamples).toExamples();
    if (examples.isEmpty()) {
        ReportItem none = fieldItem(request, FieldId::ContentExamples);
        none.label.clear();
        none.kind = ReportItem::Kind::Text;
        content.items << none;
    }
    for (qsizetype i = 0; i < examples.size(); ++i) {
        const Example &example = examples.at(i);
        const QString label = example.label.isEmpty() ? tr("Example %1").arg(i + 1)
                                                      : tr("Example %1: %2").arg(i + 1).arg(example.label);
        content.items << messageItem(label, example.text);
    }
    part.sections << content;

    ReportSection contact = section(SectionId::Contact);
    contact.items << fieldItem(request, FieldId::ContactLanguage);
    part.sections << contact;

    // Anything else for the reviewers comes last, as the user wrote it.
    if (!request.text(FieldId::NotesDescription).trimmed().isEmpty()) {
        ReportSection notes = section(SectionId::Notes);
        ReportItem text;
        text.kind = ReportItem::Kind::Text;
        text.value = request.text(FieldId::NotesDescription);
        notes.items << text;
        part.sections << notes;
    }

    // The appendix: every mockup as a figure, then what a subscriber
    // receives, in order.
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

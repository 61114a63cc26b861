#include "Conversation.h"

#include "CaseDescription.h"
#include "catalog/Catalog.h"
#include "model/Request.h"

using namespace Qt::StringLiterals;

namespace scs {

namespace {

using Step = ConversationMessage::Step;
using Sender = ConversationMessage::Sender;

ConversationMessage message(Step step, Sender sender, FieldId field, const QString &text, int item = -1)
{
    ConversationMessage m;
    m.step = step;
    m.sender = sender;
    m.field = field;
    m.text = text;
    m.item = item;
    if (!text.isEmpty())
        m.analysis = sms::analyze(text);
    return m;
}

ConversationMessage fromField(Step step, Sender sender, const Request &request, FieldId field)
{
    return message(step, sender, field, request.text(field));
}

ConversationMessage fixedKeyword(Step step, const QString &keyword, FieldId reply)
{
    ConversationMessage m = message(step, Sender::Subscriber, reply, keyword);
    m.fixed = true;
    return m;
}

} // namespace

QList<ConversationMessage> Conversation::build(const Request &request)
{
    QList<ConversationMessage> thread;
    const QStringList joinKeywords = request.value(FieldId::SignupJoinKeywords).toStringList();
    if (!joinKeywords.isEmpty() && !joinKeywords.first().isEmpty())
        thread << message(Step::JoinKeyword, Sender::Subscriber, FieldId::SignupJoinKeywords,
                          joinKeywords.first(), 0);
    thread << fromField(Step::KeywordResponse, Sender::Program, request, FieldId::ContentKeywordResponse);

    thread << fromField(Step::OptInRequest, Sender::Program, request, FieldId::SignupOptinRequest)
           << fromField(Step::OptInReply, Sender::Subscriber, request, FieldId::SignupOptinKeyword)
           << fromField(Step::Confirmation, Sender::Program, request, FieldId::SignupConfirmation);

    thread << fromField(Step::Reminder, Sender::Program, request, FieldId::ContentReminder);

    const ExampleList examples = request.value(FieldId::ContentExamples).toExamples();
    if (examples.isEmpty())
        thread << message(Step::Example, Sender::Program, FieldId::ContentExamples, QString());
    for (qsizetype i = 0; i < examples.size(); ++i) {
        ConversationMessage example = message(Step::Example, Sender::Program, FieldId::ContentExamples,
                                              examples.at(i).text, int(i));
        example.label = examples.at(i).label;
        thread << example;
    }

    // The carriers' own keywords: the subscriber always texts these words.
    thread << fixedKeyword(Step::HelpKeyword, u"HELP"_s, FieldId::ContentHelpResponse)
           << fromField(Step::HelpResponse, Sender::Program, request, FieldId::ContentHelpResponse)
           << fixedKeyword(Step::StopKeyword, u"STOP"_s, FieldId::ContentStopResponse)
           << fromField(Step::StopResponse, Sender::Program, request, FieldId::ContentStopResponse);
    return thread;
}

bool Conversation::reads(FieldId field)
{
    switch (field) {
    case FieldId::SignupJoinKeywords:
    case FieldId::ContentKeywordResponse:
    case FieldId::SignupOptinRequest:
    case FieldId::SignupOptinKeyword:
    case FieldId::SignupConfirmation:
    case FieldId::ContentReminder:
    case FieldId::ContentExamples:
    case FieldId::ContentHelpResponse:
    case FieldId::ContentStopResponse:
    case FieldId::CompanyName: // the sender's name
    case FieldId::CompanyBrandName:
        return true;
    default:
        return false;
    }
}

QList<Finding> Conversation::findingsFor(const ConversationMessage &message, const QList<Finding> &findings)
{
    QList<Finding> result;
    if (message.fixed)
        return result;
    for (const Finding &finding : findings) {
        if (finding.field != message.field)
            continue;
        // One bubble stands for all the join keywords.
        if (message.step == Step::JoinKeyword) {
            result << finding;
            continue;
        }
        // A list field (examples, join keywords): a finding about one entry
        // belongs to its message; one about the whole list to none, unless
        // the list is empty and this message stands for it.
        if (message.item >= 0 ? finding.item != message.item : finding.item >= 0)
            continue;
        result << finding;
    }
    return result;
}

QString Conversation::caption(const ConversationMessage &message)
{
    switch (message.step) {
    case Step::JoinKeyword:
        return tr("Join keyword");
    case Step::KeywordResponse:
    case Step::OptInRequest:
    case Step::OptInReply:
    case Step::Confirmation:
    case Step::Reminder:
    case Step::HelpResponse:
    case Step::StopResponse:
        return Catalog::label(message.field);
    case Step::Example:
        if (message.item < 0)
            return Catalog::label(FieldId::ContentExamples);
        return message.label.isEmpty() ? tr("Example %1").arg(message.item + 1)
                                       : tr("Example %1: %2").arg(message.item + 1).arg(message.label);
    case Step::HelpKeyword:
        return tr("The subscriber asks for help");
    case Step::StopKeyword:
        return tr("The subscriber opts out");
    }
    return {};
}

QString Conversation::details(const ConversationMessage &message)
{
    if (message.isMissing())
        return {};
    return CaseDescription::messageDetails(message.analysis);
}

QString Conversation::senderName(ConversationMessage::Sender sender, const QString &programName)
{
    if (sender == Sender::Subscriber)
        return tr("Subscriber");
    return programName.isEmpty() ? tr("Short code") : programName;
}

QString Conversation::programName(const Request &request)
{
    const QString brand = request.text(FieldId::CompanyBrandName).trimmed();
    return brand.isEmpty() ? request.text(FieldId::CompanyName).trimmed() : brand;
}

QString Conversation::missingText(const ConversationMessage &message)
{
    return tr("No text yet: fill in \u201c%1\u201d.").arg(Catalog::label(message.field));
}

QString Conversation::title()
{
    return tr("The subscriber's conversation");
}

} // namespace scs

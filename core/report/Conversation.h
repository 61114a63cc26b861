#pragma once

#include "model/FieldId.h"
#include "rules/Finding.h"
#include "sms/SmsAnalysis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace scs {

class Request;

// One text message of the subscriber's conversation with the short code.
struct ConversationMessage
{
    // Who sends it: the subscriber's handset or the short code (the program).
    enum class Sender : unsigned char {
        Subscriber,
        Program,
    };
    // Where in the exchange it stands; also what its caption says.
    enum class Step : unsigned char {
        JoinKeyword, // the subscriber texts a join keyword (signup.join_keywords)
        KeywordResponse, // content.keyword_response
        OptInRequest, // double opt-in, message 1 (signup.optin_request)
        OptInReply, // the subscriber's reply (signup.optin_keyword)
        Confirmation, // double opt-in, message 3 (signup.confirmation)
        Reminder, // content.reminder
        Example, // one of content.examples
        HelpKeyword, // the subscriber texts HELP
        HelpResponse, // content.help_response
        StopKeyword, // the subscriber texts STOP
        StopResponse, // content.stop_response
    };

    Step step = Step::OptInRequest;
    Sender sender = Sender::Program;
    // The text as typed (user text, never changed), or HELP and STOP for
    // the subscriber's fixed keywords. Empty when the field is empty.
    QString text;
    // The field the text comes from; for HELP and STOP, the field of the
    // reply, so that a click on either goes where the user can act.
    FieldId field = FieldId::SignupOptinRequest;
    // content.examples: the example's index; signup.join_keywords: the
    // keyword's index; otherwise -1.
    int item = -1;
    // The text is the carriers' fixed keyword (HELP, STOP), not a field's
    // value: no findings of its own.
    bool fixed = false;
    // The example's label (Example only), as typed.
    QString label;
    // Encoding, units and segments of `text`.
    sms::Analysis analysis;

    // The field holds nothing yet: the bubble is a gap to fill.
    bool isMissing() const { return text.isEmpty(); }

    friend bool operator==(const ConversationMessage &, const ConversationMessage &) = default;
};

// What a subscriber receives, built from one request's fields in the order
// a carrier's tester goes through after launch: the join keyword (when the
// request has one) and its response; the double opt-in request, the reply
// keyword and the confirmation; the reminder; every example message; HELP
// and its reply; STOP and its reply. The same list feeds the conversation
// view in the editor, the printed transcript and the text and Markdown
// exports. Texts of ours (captions, details) are rendered in the current
// language by the functions below.
class Conversation
{
    Q_DECLARE_TR_FUNCTIONS(scs::Conversation)

public:
    static QList<ConversationMessage> build(const Request &request);

    // The fields the conversation shows: an edit of any other field leaves
    // it as it is.
    static bool reads(FieldId field);

    // The findings that concern one message: those of its field (and, for
    // a list, of its item). A finding about the whole list of examples
    // concerns the list, not one message, unless the list is empty and the
    // message is its placeholder.
    static QList<Finding> findingsFor(const ConversationMessage &message, const QList<Finding> &findings);

    // "Double opt-in request", "Example 2: Delivery update", translated.
    static QString caption(const ConversationMessage &message);
    // "GSM-7, 1 segment, 98 characters", or an empty string for a gap.
    static QString details(const ConversationMessage &message);
    // "Subscriber" or the sender's name (`programName`, else "Short code").
    static QString senderName(ConversationMessage::Sender sender, const QString &programName = {});
    // The name the short code's messages come from: the brand, else the
    // company name; empty when neither is given.
    static QString programName(const Request &request);
    // What a gap shows: "No text yet: fill in <field label>."
    static QString missingText(const ConversationMessage &message);
    // "The subscriber's conversation", translated.
    static QString title();
};

} // namespace scs

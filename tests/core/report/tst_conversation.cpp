// The subscriber's conversation: built from a request's fields in the order
// a carrier's tester goes through, without a GUI; each message knows its
// field and item, so that a view can go there and findings can be placed.
#include "FailOnWarning.h"
#include "report/Conversation.h"

#include "i18n/LanguageManager.h"
#include "model/Request.h"
#include "sms/SmsAnalysis.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs;

using Step = ConversationMessage::Step;
using Sender = ConversationMessage::Sender;

Q_DECLARE_METATYPE(QList<ConversationMessage::Step>)

namespace {

Request filled()
{
    Request request;
    request.setValue(FieldId::CompanyName, u"Example Bakery LLC"_s);
    request.setValue(FieldId::SignupJoinKeywords, QStringList {u"BREAD"_s, u"CAKE"_s});
    request.setValue(FieldId::ContentKeywordResponse, u"Example Bakery: reply YES to get offers."_s);
    request.setValue(FieldId::SignupOptinRequest, u"Reply YES to join Example Bakery offers."_s);
    request.setValue(FieldId::SignupOptinKeyword, u"YES"_s);
    request.setValue(FieldId::SignupConfirmation, u"You are in. Reply HELP for help, STOP to cancel."_s);
    request.setValue(FieldId::ContentReminder, u"Reminder: you get Example Bakery offers."_s);
    request.setValue(FieldId::ContentExamples,
                     ExampleList {{u"Weekly"_s, u"Fresh rye today!"_s}, {QString(), u"Croissants \u2764"_s}});
    request.setValue(FieldId::ContentHelpResponse, u"Example Bakery: help at example.com."_s);
    request.setValue(FieldId::ContentStopResponse, u"Example Bakery: you will get no more messages."_s);
    return request;
}

QList<Step> steps(const QList<ConversationMessage> &thread)
{
    QList<Step> result;
    for (const ConversationMessage &message : thread)
        result << message.step;
    return result;
}

Finding finding(FieldId field, int item = -1)
{
    Finding f;
    f.rule = "test_rule";
    f.field = field;
    f.message = "A test finding.";
    f.item = item;
    return f;
}

} // namespace

class TestConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        m_languages.setLanguage(u"en"_s); // English plural forms, as the program loads them
    }
    void init() { scs::test::failOnWarnings(); }

    void order_data()
    {
        QTest::addColumn<bool>("withJoinKeyword");
        QTest::addColumn<QList<Step>>("expected");
        const QList<Step> tail {Step::KeywordResponse, Step::OptInRequest, Step::OptInReply,
                                Step::Confirmation,    Step::Reminder,     Step::Example,
                                Step::Example,         Step::HelpKeyword,  Step::HelpResponse,
                                Step::StopKeyword,     Step::StopResponse};
        QTest::addRow("join keyword") << true << (QList<Step> {Step::JoinKeyword} + tail);
        QTest::addRow("no join keyword") << false << tail;
    }

    void order()
    {
        QFETCH(bool, withJoinKeyword);
        QFETCH(QList<Step>, expected);
        Request request = filled();
        if (!withJoinKeyword)
            request.clearValue(FieldId::SignupJoinKeywords);
        QCOMPARE(steps(Conversation::build(request)), expected);
    }

    // Who sends each message, its text exactly as typed, the field and item.
    void messagesFromFields()
    {
        const Request request = filled();
        const QList<ConversationMessage> thread = Conversation::build(request);
        QCOMPARE(thread.size(), 12);

        QCOMPARE(thread[0].sender, Sender::Subscriber);
        QCOMPARE(thread[0].text, u"BREAD"_s);
        QCOMPARE(thread[0].field, FieldId::SignupJoinKeywords);
        QCOMPARE(thread[0].item, 0);

        QCOMPARE(thread[2].sender, Sender::Program);
        QCOMPARE(thread[2].field, FieldId::SignupOptinRequest);
        QCOMPARE(thread[2].text, request.text(FieldId::SignupOptinRequest));
        QCOMPARE(thread[3].sender, Sender::Subscriber);
        QCOMPARE(thread[3].text, u"YES"_s);

        QCOMPARE(thread[6].field, FieldId::ContentExamples);
        QCOMPARE(thread[6].item, 0);
        QCOMPARE(thread[6].label, u"Weekly"_s);
        QCOMPARE(thread[7].item, 1);
        QCOMPARE(thread[7].text, u"Croissants \u2764"_s);
        QCOMPARE(thread[7].analysis.encoding, sms::analyze(u"Croissants \u2764"_s).encoding);
        QCOMPARE(thread[7].analysis.characters, sms::analyze(u"Croissants \u2764"_s).characters);

        // HELP and STOP: the carriers' words, going to the reply's field.
        QCOMPARE(thread[8].text, u"HELP"_s);
        QVERIFY(thread[8].fixed);
        QCOMPARE(thread[8].field, FieldId::ContentHelpResponse);
        QCOMPARE(thread[10].text, u"STOP"_s);
        QCOMPARE(thread[10].field, FieldId::ContentStopResponse);
        QCOMPARE(thread[11].sender, Sender::Program);

        for (const ConversationMessage &message : thread)
            QVERIFY2(Conversation::reads(message.field), qPrintable(Conversation::caption(message)));
        QVERIFY(!Conversation::reads(FieldId::SignupWebsite));
    }

    // An empty field is a gap in the thread, not a missing message.
    void gapsForEmptyFields()
    {
        const QList<ConversationMessage> thread = Conversation::build(Request());
        QCOMPARE(steps(thread),
                 (QList<Step> {Step::KeywordResponse, Step::OptInRequest, Step::OptInReply,
                               Step::Confirmation, Step::Reminder, Step::Example, Step::HelpKeyword,
                               Step::HelpResponse, Step::StopKeyword, Step::StopResponse}));
        QVERIFY(thread[0].isMissing());
        QVERIFY(Conversation::details(thread[0]).isEmpty());
        QVERIFY(Conversation::missingText(thread[0]).contains(u"Keyword response"_s, Qt::CaseInsensitive));
        QCOMPARE(thread[5].item, -1); // the examples' placeholder
        QVERIFY(!thread[6].isMissing()); // HELP is always sent
    }

    void findingsPlaced()
    {
        const QList<ConversationMessage> thread = Conversation::build(filled());
        const QList<Finding> findings {
                finding(FieldId::ContentExamples, 1), finding(FieldId::ContentExamples),
                finding(FieldId::ContentHelpResponse), finding(FieldId::SignupJoinKeywords, 1),
                finding(FieldId::SignupWebsite)};
        QCOMPARE(Conversation::findingsFor(thread[6], findings).size(), 0); // example 1
        QCOMPARE(Conversation::findingsFor(thread[7], findings), QList<Finding> {findings[0]}); // example 2
        QCOMPARE(Conversation::findingsFor(thread[8], findings).size(), 0); // HELP itself
        QCOMPARE(Conversation::findingsFor(thread[9], findings), QList<Finding> {findings[2]});
        QCOMPARE(Conversation::findingsFor(thread[0], findings), QList<Finding> {findings[3]});

        // A finding about the whole list of examples goes to the placeholder
        // of an empty list.
        const QList<ConversationMessage> empty = Conversation::build(Request());
        QCOMPARE(Conversation::findingsFor(empty[5], findings), QList<Finding> {findings[1]});
    }

    void senderAndCaptions()
    {
        Request request = filled();
        QCOMPARE(Conversation::programName(request), u"Example Bakery LLC"_s);
        request.setValue(FieldId::CompanyBrandName, u"Bakery"_s);
        QCOMPARE(Conversation::programName(request), u"Bakery"_s);
        QCOMPARE(Conversation::senderName(Sender::Program, {}), u"Short code"_s);
        QCOMPARE(Conversation::senderName(Sender::Subscriber, u"Bakery"_s), u"Subscriber"_s);

        const QList<ConversationMessage> thread = Conversation::build(request);
        QCOMPARE(Conversation::caption(thread[6]), u"Example 1: Weekly"_s);
        QCOMPARE(Conversation::caption(thread[7]), u"Example 2"_s);
        QCOMPARE(Conversation::details(thread[6]), u"GSM-7, 1 segment, 16 characters"_s);
    }

private:
    LanguageManager m_languages;
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"

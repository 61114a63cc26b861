// The case description: built from both example requests in the guide's
// order, in every text format, with labels in the UI language and user text
// exactly as typed.
#include "FailOnWarning.h"
#include "catalog/Catalog.h"
#include "examples/ExampleRequests.h"
#include "i18n/LanguageManager.h"
#include "report/CaseDescription.h"
#include "report/Conversation.h"
#include "report/HtmlRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/PlainTextRenderer.h"
#include "report/TextWrap.h"
#include "storage/JsonFormat.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs;

namespace {

Project example(const QString &path)
{
    const JsonFormat::ReadResult result = JsonFormat::read(ExampleRequests::read(path));
    return result.project;
}

// Each needle is found after the one before it.
void verifyInOrder(const QString &text, const QStringList &needles)
{
    qsizetype at = 0;
    for (const QString &needle : needles) {
        const qsizetype found = text.indexOf(needle, at);
        QVERIFY2(found >= 0, qPrintable(u"\"%1\" not found after position %2"_s.arg(needle).arg(at)));
        at = found + needle.size();
    }
}

// A request with every field of the catalog filled, so every field that
// prints at all prints (also the conditional and optional ones).
Request everyFieldFilled()
{
    Request request = example(ExampleRequests::compliantPath()).requests.first();
    for (const FieldDef &def : Catalog::fields()) {
        const QString key = QString::fromLatin1(def.key);
        const QString choice =
                def.choices.empty() ? QString() : QString::fromLatin1(def.choices.front().value);
        switch (valueShape(def.kind)) {
        case ValueShape::Text:
            if (def.kind == FieldKind::Choice)
                request.setValue(def.id, choice);
            else if (def.kind == FieldKind::Money)
                request.setValue(def.id, u"25.00"_s);
            else if (def.kind == FieldKind::Date)
                request.setValue(def.id, u"2026-11-27"_s);
            else
                request.setValue(def.id, u"Text of %1"_s.arg(key));
            break;
        case ValueShape::List:
            request.setValue(def.id,
                             QStringList {def.kind == FieldKind::Country            ? u"US"_s
                                                  : def.kind == FieldKind::Keywords ? u"JOIN"_s
                                                                                    : choice});
            break;
        case ValueShape::Bool:
            request.setValue(def.id, true);
            break;
        case ValueShape::Integer:
            request.setValue(def.id, qint64(5));
            break;
        case ValueShape::Examples:
            request.setValue(def.id, ExampleList {{u"Label of %1"_s.arg(key), u"Text of %1"_s.arg(key)}});
            break;
        case ValueShape::Attachments:
            request.setValue(def.id,
                             AttachmentList {{u"%1.png"_s.arg(key), u"image/png"_s,
                                              u"Description of %1"_s.arg(key), QByteArray("png")}});
            break;
        }
    }
    return request;
}

// The keys of the catalog fields marked printed that no item of the case
// description shows (an item names the field it shows in fieldKey).
QStringList unprinted(const ReportPart &part)
{
    QSet<QString> shown;
    for (const ReportSection &section : part.sections) {
        for (const ReportItem &item : section.items)
            shown.insert(item.fieldKey);
    }
    QStringList missing;
    for (const FieldDef &def : Catalog::fields()) {
        if (def.print != Print::Never && !shown.contains(QString::fromLatin1(def.key)))
            missing << QString::fromLatin1(def.key);
    }
    return missing;
}

} // namespace

class TestCaseDescription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void sectionsInGuideOrder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("compliant") << ExampleRequests::compliantPath();
        QTest::addRow("typical mistakes") << ExampleRequests::typicalMistakesPath();
    }

    void sectionsInGuideOrder()
    {
        QFETCH(QString, path);
        const ReportDocument document = CaseDescription::build(example(path));
        QCOMPARE(document.parts.size(), 1);
        QStringList headings;
        for (const ReportSection &section : document.parts.first().sections)
            headings << section.heading;
        QStringList expected {u"Case classification"_s,
                              u"Requests"_s,
                              u"Monthly SMS spending threshold"_s,
                              u"Company information"_s,
                              u"User sign-up process"_s,
                              u"Opt-in evidence"_s,
                              u"Purpose of the messages"_s,
                              u"Message content"_s,
                              u"Contact options"_s};
        if (path == ExampleRequests::compliantPath())
            expected << u"Further case notes"_s; // only when there are notes; last before the appendix
        // The appendix: the mockups as figures when there are any, then the
        // subscriber's conversation.
        if (!example(path).requests.first().value(FieldId::EvidenceOptinMockups).toAttachments().isEmpty())
            expected << u"Appendix: opt-in mockups"_s;
        expected << u"Appendix: the subscriber's conversation"_s;
        QCOMPARE(headings, expected);

        // The double opt-in sequence is numbered 1-3.
        QList<int> numbers;
        for (const ReportItem &item : document.parts.first().sections.at(4).items)
            if (item.number > 0)
                numbers << item.number;
        QCOMPARE(numbers, (QList<int> {1, 2, 3}));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("inOrder");
        const QStringList compliant {u"Northwind Parcel US delivery alerts"_s,
                                     u"Site or app that sends the messages"_s,
                                     u"https://www.northwindparcel.com"_s,
                                     u"United States (US)"_s,
                                     u"Quota type"_s,
                                     u"Pinpoint SMS"_s,
                                     u"No region specified"_s,
                                     u"Dedicated SMS Short Codes"_s,
                                     u"1500.00"_s,
                                     u"AWS Region of the increase"_s,
                                     u"us-west-2"_s,
                                     u"Company name"_s,
                                     u"Northwind Parcel, Inc."_s,
                                     u"Brand name"_s,
                                     u"Northwind Parcel"_s,
                                     u"Industry"_s,
                                     u"Logistics and delivery"_s,
                                     u"1200 Harbor Way, Suite 400"_s,
                                     u"91-4827365"_s,
                                     u"Terms and conditions page"_s,
                                     u"https://www.northwindparcel.com/sms-terms"_s,
                                     u"Privacy policy page"_s,
                                     u"https://www.northwindparcel.com/privacy"_s,
                                     u"Double opt-in sequence"_s,
                                     u"1. Opt-in request message"_s,
                                     u"GSM-7"_s,
                                     u"Northwind Parcel: Reply YES to get delivery alerts by text."_s,
                                     u"2. Opt-in reply keyword"_s,
                                     u"YES"_s,
                                     u"3. Opt-in confirmation message"_s,
                                     u"Age check at sign-up"_s,
                                     u"No age check"_s,
                                     u"Opt-in evidence"_s,
                                     u"1. signup-web.png"_s,
                                     u"image/png, "_s,
                                     u"The sign-up form on northwindparcel.com/alerts"_s,
                                     u"2. signup-app.png"_s,
                                     u"Notifications"_s,
                                     u"Keyword response"_s,
                                     u"HELP response"_s,
                                     u"STOP response"_s,
                                     u"Subscription reminder"_s,
                                     u"Example 1: Shipped"_s,
                                     u"Example 4: Delivery exception"_s,
                                     u"Preferred contact language"_s,
                                     u"We send only transactional delivery notifications"_s};
        const QStringList mistakes {u"BrightBay Deals (needs work)"_s,
                                    u"www.brightbay-deals.com"_s,
                                    u"United States (US)"_s,
                                    u"Canada (CA)"_s,
                                    u"Monthly spending threshold (USD)"_s,
                                    u"1.00"_s,
                                    u"http://brightbay-deals.com/terms"_s,
                                    u"Privacy policy page"_s,
                                    u"Not provided"_s,
                                    u"Other sign-up method"_s,
                                    u"Not provided"_s,
                                    u"1. Opt-in request message"_s,
                                    u"UCS-2"_s,
                                    u"Welcome to BrightBay! You’ll get our best deals — stay tuned…"_s,
                                    u"2. Opt-in reply keyword"_s,
                                    u"3. Opt-in confirmation message"_s,
                                    u"Not provided"_s,
                                    u"Join keywords"_s,
                                    u"DEALS, STOP"_s,
                                    u"Opt-in evidence"_s,
                                    u"Opt-in screenshots or mockups"_s,
                                    u"Not provided"_s,
                                    u"Example 2: Coupon"_s,
                                    u"Your coupon {{code}} is waiting"_s};
        for (const char *format : {"txt", "md", "html"}) {
            QTest::addRow("compliant %s", format)
                    << ExampleRequests::compliantPath() << QString::fromLatin1(format) << compliant;
            QTest::addRow("mistakes %s", format)
                    << ExampleRequests::typicalMistakesPath() << QString::fromLatin1(format) << mistakes;
        }
    }

    void formats()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QStringList, inOrder);
        const ReportDocument document = CaseDescription::build(example(path));
        if (format == u"txt") {
            const QString text = PlainTextRenderer::render(document);
            verifyInOrder(text, inOrder);
            QVERIFY(!text.contains(u'<'));
        } else if (format == u"md") {
            const QString markdown = MarkdownRenderer::render(document);
            QStringList escaped;
            for (const QString &needle : inOrder)
                escaped << (needle.at(1) == u'.' ? MarkdownRenderer::escape(needle.mid(3)) // "1. **Label**"
                                    : needle.contains(u"Reply YES"_s) || needle.contains(u"coupon"_s)
                                            || needle.contains(u"BrightBay!"_s)
                                    ? needle // inside code blocks: literal
                                    : MarkdownRenderer::escape(needle));
            verifyInOrder(markdown, escaped);
            QVERIFY(markdown.startsWith(u"# "_s));
        } else {
            const QString html = HtmlRenderer::render(document);
            QStringList escaped;
            for (const QString &needle : inOrder)
                escaped << HtmlRenderer::escape(needle);
            verifyInOrder(html, escaped);
        }
    }

    // Optional fields of version 2 only when answered; conditional ones when
    // their condition holds.
    void version2FieldsWhenTheyApply()
    {
        Project project = example(ExampleRequests::compliantPath());
        Request &request = project.requests[0];
        request.clearValue(FieldId::CompanyBrandName);
        request.clearValue(FieldId::SignupAgeGate);
        request.setValue(FieldId::SpendInSameCase, false);
        request.clearValue(FieldId::SpendRegion);
        QString text = PlainTextRenderer::render(CaseDescription::build(project));
        for (const QString &label : {u"Brand name"_s, u"Age check"_s, u"AWS Region"_s, u"How the age"_s,
                                     u"Official rules page"_s, u"Join keywords"_s})
            QVERIFY2(!text.contains(label), qPrintable(label));

        request.setValue(FieldId::SignupAgeGate, u"age_21"_s);
        request.setValue(FieldId::PurposeCategory, u"sweepstakes_contests"_s);
        request.setValue(FieldId::SignupJoinKeywords, QStringList {u"WIN"_s, u"PLAY"_s});
        text = PlainTextRenderer::render(CaseDescription::build(project));
        verifyInOrder(text,
                      {u"Join keywords"_s, u"WIN, PLAY"_s, u"Age check at sign-up"_s, u"21 or older"_s,
                       u"How the age is checked"_s, u"Not provided"_s, u"Opt-in evidence"_s,
                       u"Official rules page"_s, u"Not provided"_s});
    }

    // Driven by the catalog: every field marked printed appears, with its
    // label and value, in its section; the fields marked never (tracking,
    // console) do not.
    void everyPrintedFieldAppears()
    {
        const Request request = everyFieldFilled();
        const ReportPart part = CaseDescription::part(request);
        QCOMPARE(unprinted(part), QStringList());
        // Long lines are wrapped: compare with the breaks taken out.
        const QString text =
                PlainTextRenderer::render(CaseDescription::build(Project {u"p"_s, {request}})).simplified();
        for (const FieldDef &def : Catalog::fields()) {
            const QString key = QString::fromLatin1(def.key);
            const bool labelled = def.print != Print::Body && def.kind != FieldKind::Attachments;
            if (def.print == Print::Never) {
                QVERIFY2(!text.contains(u"Text of %1"_s.arg(key)), qPrintable(key));
                continue;
            }
            if (labelled)
                QVERIFY2(text.contains(Catalog::label(def.id)), qPrintable(key));
            if (valueShape(def.kind) == ValueShape::Text && def.kind != FieldKind::Choice
                && def.kind != FieldKind::Money && def.kind != FieldKind::Date)
                QVERIFY2(text.contains(u"Text of %1"_s.arg(key)), qPrintable(key));
            for (const ReportSection &section : part.sections) {
                for (const ReportItem &item : section.items) {
                    if (item.fieldKey == key)
                        QCOMPARE(section.heading, Catalog::sectionTitle(def.section));
                }
            }
        }
    }

    // The check above fails when a field is left out of the case
    // description: each printed field's items taken away in turn.
    void leftOutFieldIsReported_data()
    {
        QTest::addColumn<QString>("key");
        for (const FieldDef &def : Catalog::fields()) {
            if (def.print != Print::Never)
                QTest::addRow("%s", def.key) << QString::fromLatin1(def.key);
        }
    }

    void leftOutFieldIsReported()
    {
        QFETCH(QString, key);
        ReportPart part = CaseDescription::part(everyFieldFilled());
        qsizetype removed = 0;
        for (ReportSection &section : part.sections)
            removed += section.items.removeIf([&](const ReportItem &item) { return item.fieldKey == key; });
        QVERIFY(removed > 0);
        QCOMPARE(unprinted(part), QStringList {key});
    }

    // The appendix: each mockup as a numbered figure with its bytes, then
    // the conversation as a transcript, in the text and Markdown exports.
    void appendixFiguresAndTranscript()
    {
        Project project = example(ExampleRequests::compliantPath());
        const AttachmentList mockups =
                project.requests[0].value(FieldId::EvidenceOptinMockups).toAttachments();
        QVERIFY(!mockups.isEmpty());
        const ReportDocument document = CaseDescription::build(project);
        const ReportSection &figures = document.parts[0].sections.at(document.parts[0].sections.size() - 2);
        QCOMPARE(figures.items.size(), mockups.size());
        QCOMPARE(figures.items[0].kind, ReportItem::Kind::Figure);
        QCOMPARE(figures.items[0].label, u"Figure 1: "_s + mockups[0].name);
        QCOMPARE(figures.items[0].data, mockups[0].data);
        const ReportSection &transcript = document.parts[0].sections.constLast();
        const QList<ConversationMessage> thread = Conversation::build(project.requests[0]);
        QCOMPARE(transcript.items.size(), thread.size());
        for (qsizetype i = 0; i < thread.size(); ++i) {
            QCOMPARE(transcript.items[i].kind, ReportItem::Kind::Bubble);
            QCOMPARE(transcript.items[i].fromSubscriber,
                     thread[i].sender == ConversationMessage::Sender::Subscriber);
        }

        const Request &request = project.requests[0];
        const QStringList inOrder {u"Appendix: opt-in mockups"_s,
                                   u"Figure 1: "_s + mockups[0].name,
                                   u"Appendix: the subscriber's conversation"_s,
                                   request.text(FieldId::SignupOptinRequest).left(30),
                                   u"Subscriber: "_s,
                                   request.text(FieldId::SignupOptinKeyword),
                                   request.text(FieldId::SignupConfirmation).left(30),
                                   u"HELP"_s,
                                   request.text(FieldId::ContentHelpResponse).left(30),
                                   u"STOP"_s,
                                   request.text(FieldId::ContentStopResponse).left(30)};
        verifyInOrder(PlainTextRenderer::render(document), inOrder);
        QStringList markdown;
        for (const QString &needle : inOrder)
            markdown << MarkdownRenderer::escape(needle);
        verifyInOrder(MarkdownRenderer::render(document), markdown);
        // Not the bytes: a text export names the files.
        QVERIFY(!MarkdownRenderer::render(document).contains(
                QString::fromLatin1(mockups[0].data.toBase64().left(40))));
    }

    void phiStatementOnlyWhenYes_data()
    {
        QTest::addColumn<QVariant>("phi");
        QTest::addColumn<bool>("printed");
        QTest::addRow("yes") << QVariant(true) << true;
        QTest::addRow("no") << QVariant(false) << false;
        QTest::addRow("unanswered") << QVariant() << false;
    }

    void phiStatementOnlyWhenYes()
    {
        QFETCH(QVariant, phi);
        QFETCH(bool, printed);
        Project project = example(ExampleRequests::compliantPath());
        if (phi.isValid())
            project.requests[0].setValue(FieldId::PurposePhi, phi.toBool());
        else
            project.requests[0].clearValue(FieldId::PurposePhi);
        const QString text = PlainTextRenderer::render(CaseDescription::build(project));
        QCOMPARE(text.simplified().contains(u"Protected Health Information (PHI) as defined"_s), printed);
        // Our own sentences are wrapped to the width.
        for (const QString &line : text.split(u'\n'))
            if (line.contains(u"HIPAA"_s))
                QVERIFY2(TextWrap::displayWidth(line) <= PlainTextRenderer::Width, qPrintable(line));
    }

    void severalRequestsOneDocument()
    {
        Project project = example(ExampleRequests::compliantPath());
        project.requests << example(ExampleRequests::typicalMistakesPath()).requests;
        const QString text = PlainTextRenderer::render(CaseDescription::build(project));
        verifyInOrder(text, {u"Case description: Northwind"_s, u"Case description: BrightBay"_s});
        QCOMPARE(CaseDescription::build(project, 1).parts.first().requestTitle,
                 u"BrightBay Deals (needs work)"_s);
    }

    void japaneseLabels()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"ja"_s));
        const ReportDocument document = CaseDescription::build(example(ExampleRequests::compliantPath()));
        QCOMPARE(document.language, u"ja"_s);
        const QString text = PlainTextRenderer::render(document);
        verifyInOrder(text,
                      {u"ケースの説明"_s, u"ケースの分類"_s, u"会社情報"_s, u"会社名"_s,
                       u"Northwind Parcel, Inc."_s, u"業種"_s, u"物流・配送"_s, u"ユーザーの登録手順"_s,
                       u"利用規約のページ"_s, u"オプトイン依頼メッセージ"_s, u"オプトインの証拠"_s,
                       u"signup-web.png"_s, u"メッセージの内容"_s});
        QVERIFY(languages.setLanguage(u"en"_s));
    }

    void wrapsOurSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addRow("english")
                << u"The messages sent with this short code will or may contain Protected Health Information."_s
                << 20;
        QTest::addRow("japanese")
                << u"このショートコードで送信するメッセージには保護対象保健情報が含まれる場合があります。"_s
                << 20;
        QTest::addRow("long word") << u"see https://example.com/a/very/long/path/that/does/not/fit"_s << 20;
    }

    void wrapsOurSentences()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        const QStringList lines = TextWrap::wrap(text, width);
        QVERIFY(lines.size() > 1);
        QString joined;
        for (const QString &line : lines) {
            if (!line.contains(u"https"_s))
                QVERIFY2(TextWrap::displayWidth(line) <= width, qPrintable(line));
            joined += line;
        }
        QCOMPARE(joined.remove(u' '), QString(text).remove(u' '));
    }
};

QTEST_GUILESS_MAIN(TestCaseDescription)
#include "tst_casedescription.moc"

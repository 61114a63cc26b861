// The PDF of the case description and the audit report: content and order
// (pdftotext), the appendix of mockups and conversation, page count stability, Japanese glyphs from an
// embedded CJK font (pdffonts), a new page per request, page sizes by locale, and a text document that
// refuses every resource.
#include "AttachmentPreview.h"
#include "FailOnWarning.h"
#include "ReportPrinter.h"
#include "SafeTextDocument.h"
#include "examples/ExampleRequests.h"
#include "i18n/LanguageManager.h"
#include "model/Project.h"
#include "report/AuditReport.h"
#include "report/CaseDescription.h"
#include "report/HtmlRenderer.h"
#include "storage/JsonFormat.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs;

namespace {

Project example(const QString &path)
{
    return JsonFormat::read(ExampleRequests::read(path)).project;
}

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args {u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return tool(u"pdftotext"_s, args << pdf << u"-"_s);
}

int pdfPages(const QString &pdf)
{
    const QString info = tool(u"pdfinfo"_s, {pdf});
    for (const QString &line : info.split(u'\n'))
        if (line.startsWith(u"Pages:"_s))
            return line.section(u':', 1).trimmed().toInt();
    return -1;
}

void verifyInOrder(const QString &text, const QStringList &needles)
{
    const QString flat = text.simplified();
    qsizetype at = 0;
    for (const QString &needle : needles) {
        const qsizetype found = flat.indexOf(needle, at);
        QVERIFY2(found >= 0, qPrintable(u"\"%1\" not found after position %2"_s.arg(needle).arg(at)));
        at = found + needle.size();
    }
}

// The text of every page of a PDF (pdftotext ends each with a form feed).
QStringList pdfPagesText(const QString &pdf)
{
    QStringList pages = pdfText(pdf).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pageContaining(const QStringList &pages, const QString &needle)
{
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (pages.at(i).simplified().contains(needle))
            return int(i);
    return -1;
}

// A report whose pages break in many places: `filler` lines of notes, then
// sections, each a heading, a subheading and framed messages of three to
// five lines.
ReportDocument boxesReport(int filler)
{
    ReportDocument document;
    document.title = u"Case description"_s;
    document.projectName = u"Breaks"_s;
    document.language = u"en"_s;
    ReportPart part;
    part.requestTitle = u"Breaks"_s;
    ReportItem notes;
    notes.kind = ReportItem::Kind::Text;
    QStringList lines;
    for (int i = 0; i < filler; ++i)
        lines << u"Filler line %1."_s.arg(i + 1);
    notes.value = lines.join(u'\n');
    part.sections << ReportSection {u"Notes"_s, {notes}};
    for (int s = 1; s <= 5; ++s) {
        ReportSection section {u"Heading number %1"_s.arg(s), {}};
        ReportItem sub;
        sub.kind = ReportItem::Kind::Subheading;
        sub.label = u"Subheading number %1"_s.arg(s);
        section.items << sub;
        for (int m = 1; m <= 5; ++m) {
            ReportItem message;
            message.kind = ReportItem::Kind::Message;
            message.label = u"Label %1.%2"_s.arg(s).arg(m);
            message.details = u"GSM-7, 1 segment"_s;
            QStringList text {u"Box %1.%2 starts."_s.arg(s).arg(m)};
            for (int line = 0; line < 1 + (s + m) % 3; ++line)
                text << u"A line of the message."_s;
            text << u"Box %1.%2 ends."_s.arg(s).arg(m);
            message.value = text.join(u'\n');
            section.items << message;
        }
        part.sections << section;
    }
    document.parts << part;
    return document;
}

} // namespace

class TestPrintPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext is not installed (poppler-utils: scripts/setup-deps installs it)");
    }
    void init() { scs::test::failOnWarnings(); }

    void content_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("audit");
        QTest::addColumn<QStringList>("inOrder");
        const QStringList caseOrder {u"Case description"_s,
                                     u"Case classification"_s,
                                     u"Requests"_s,
                                     u"Pinpoint SMS"_s,
                                     u"Monthly SMS spending threshold"_s,
                                     u"Company information"_s,
                                     u"Company name"_s,
                                     u"User sign-up process"_s,
                                     u"Double opt-in sequence"_s,
                                     u"1. Opt-in request message"_s,
                                     u"2. Opt-in reply keyword"_s,
                                     u"3. Opt-in confirmation message"_s,
                                     u"Purpose of the messages"_s,
                                     u"Message content"_s,
                                     u"HELP response"_s,
                                     u"Contact options"_s};
        QTest::addRow("compliant case")
                << ExampleRequests::compliantPath() << false
                << (QStringList(caseOrder) << u"Further case notes"_s << u"We send only transactional"_s);
        QTest::addRow("mistakes case") << ExampleRequests::typicalMistakesPath() << false << caseOrder;
        QTest::addRow("compliant audit")
                << ExampleRequests::compliantPath() << true
                << QStringList {u"Audit report"_s, u"Made from"_s, u"Completeness"_s};
        QTest::addRow("mistakes audit")
                << ExampleRequests::typicalMistakesPath() << true
                << QStringList {u"Audit report"_s, u"Completeness"_s,        u"Case classification"_s,
                                u"Error"_s,        u"Company information"_s, u"Message content"_s};
    }

    void content()
    {
        QFETCH(QString, path);
        QFETCH(bool, audit);
        QFETCH(QStringList, inOrder);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"out.pdf"_s);
        const Project project = example(path);
        const ReportDocument document =
                audit ? AuditReport::build(project, ReportSource {}) : CaseDescription::build(project);
        QString error;
        int pages = 0;
        QVERIFY2(ReportPrinter(document).writePdf(pdf, &error, &pages), qPrintable(error));
        QCOMPARE(pdfPages(pdf), pages);
        const QString text = pdfText(pdf);
        verifyInOrder(text, inOrder);
        // The header names the request; the footer numbers the pages.
        QVERIFY(text.contains(project.requests.first().title()));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
    }

    void pageCountStable()
    {
        const Project project = example(ExampleRequests::compliantPath());
        QTemporaryDir dir;
        QString error;
        int first = 0;
        int second = 0;
        QVERIFY(ReportPrinter(CaseDescription::build(project))
                        .writePdf(dir.filePath(u"a.pdf"_s), &error, &first));
        QVERIFY(ReportPrinter(CaseDescription::build(project))
                        .writePdf(dir.filePath(u"b.pdf"_s), &error, &second));
        QCOMPARE(first, second);
        QCOMPARE(pdfPages(dir.filePath(u"a.pdf"_s)), pdfPages(dir.filePath(u"b.pdf"_s)));

        Project longer = project;
        QStringList paragraphs;
        for (int i = 0; i < 120; ++i)
            paragraphs << u"Paragraph %1 of a long note for the reviewers."_s.arg(i + 1);
        longer.requests[0].setValue(FieldId::NotesDescription, paragraphs.join(u'\n'));
        int more = 0;
        QVERIFY(ReportPrinter(CaseDescription::build(longer))
                        .writePdf(dir.filePath(u"c.pdf"_s), &error, &more));
        QVERIFY2(more > first, qPrintable(u"%1 <= %2"_s.arg(more).arg(first)));
        verifyInOrder(pdfText(dir.filePath(u"c.pdf"_s)), {u"Paragraph 1 of"_s, u"Paragraph 120 of"_s});
    }

    // The appendix: each mockup drawn and captioned, then the conversation;
    // pictures add pages, and the PDF holds one image per mockup.
    void appendixWithMockupsAndConversation()
    {
        Project project = example(ExampleRequests::compliantPath());
        const AttachmentList mockups =
                project.requests[0].value(FieldId::EvidenceOptinMockups).toAttachments();
        QVERIFY(!mockups.isEmpty());
        QTemporaryDir dir;
        QString error;
        int pages = 0;
        const QString pdf = dir.filePath(u"appendix.pdf"_s);
        QVERIFY2(ReportPrinter(CaseDescription::build(project)).writePdf(pdf, &error, &pages),
                 qPrintable(error));
        QCOMPARE(pdfPages(pdf), pages);
        const Request &request = project.requests[0];
        QStringList inOrder {u"Appendix: opt-in mockups"_s};
        for (qsizetype i = 0; i < mockups.size(); ++i)
            inOrder << u"Figure %1: %2"_s.arg(i + 1).arg(mockups[i].name);
        inOrder << u"Appendix: the subscriber's conversation"_s
                << request.text(FieldId::SignupOptinRequest).simplified().left(25) << u"Subscriber"_s
                << request.text(FieldId::SignupOptinKeyword) << u"HELP"_s << u"STOP"_s
                << request.text(FieldId::ContentStopResponse).simplified().left(25);
        verifyInOrder(pdfText(pdf), inOrder);
        // One image per mockup, none elsewhere.
        const QStringList images = tool(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size() - 2, mockups.size()); // two header lines

        project.requests[0].clearValue(FieldId::EvidenceOptinMockups);
        int without = 0;
        const QString plain = dir.filePath(u"plain.pdf"_s);
        QVERIFY(ReportPrinter(CaseDescription::build(project)).writePdf(plain, &error, &without));
        QVERIFY2(without < pages, qPrintable(u"%1 >= %2"_s.arg(without).arg(pages)));
        QVERIFY(!pdfText(plain).contains(u"Appendix: opt-in mockups"_s));
        QVERIFY(pdfText(plain).contains(u"Appendix: the subscriber's conversation"_s));
    }

    // JPEG comes from the plugin in Debian's libqt6gui6; a PDF's first page
    // from Qt PDF when built in; anything else is a drawn, named page.
    void previewsDecode_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<int>("kind");
        QTest::addRow("png") << QByteArray("PNG") << int(AttachmentPreview::Kind::Image);
        QTest::addRow("jpeg") << QByteArray("JPG") << int(AttachmentPreview::Kind::Image);
        QTest::addRow("pdf") << QByteArray("PDF")
                             << int(AttachmentPreview::rendersPdf() ? AttachmentPreview::Kind::PdfPage
                                                                    : AttachmentPreview::Kind::Placeholder);
        QTest::addRow("gif bytes") << QByteArray("GIF89a") << int(AttachmentPreview::Kind::Placeholder);
    }
    void previewsDecode()
    {
        QFETCH(QByteArray, format);
        QFETCH(int, kind);
        QByteArray data;
        if (format == "PDF") {
            QTemporaryDir dir;
            QString error;
            const QString pdf = dir.filePath(u"page.pdf"_s);
            QVERIFY(ReportPrinter(CaseDescription::build(example(ExampleRequests::compliantPath())))
                            .writePdf(pdf, &error));
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            data = file.readAll();
        } else if (format.startsWith("GIF")) {
            data = format + QByteArray(32, '\0');
        } else {
            QImage image(300, 600, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            QBuffer buffer(&data);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(image.save(&buffer, format.constData()));
        }
        const Attachment attachment {u"mockup"_s, {}, {}, data};
        const AttachmentPreview::Picture picture = AttachmentPreview::render(attachment, QSize(100, 100));
        QCOMPARE(int(picture.kind), kind);
        QVERIFY(!picture.image.isNull());
        QVERIFY(picture.image.width() <= 100 && picture.image.height() <= 100);
        if (kind == int(AttachmentPreview::Kind::Image))
            QCOMPARE(picture.image.size(), QSize(50, 100));
    }

    void eachRequestOnNewPage()
    {
        Project project = example(ExampleRequests::compliantPath());
        project.requests << example(ExampleRequests::typicalMistakesPath()).requests;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"two.pdf"_s);
        QString error;
        int pages = 0;
        QVERIFY(ReportPrinter(CaseDescription::build(project)).writePdf(pdf, &error, &pages));
        int secondStart = 0;
        for (int page = 1; page <= pages && secondStart == 0; ++page)
            if (pdfText(pdf, page).contains(u"BrightBay Deals (needs work)"_s))
                secondStart = page;
        QVERIFY(secondStart > 1);
        // The second request's first page has nothing of the first one.
        QVERIFY(!pdfText(pdf, secondStart).contains(u"Northwind"_s));
        QVERIFY(pdfText(pdf, secondStart - 1).contains(u"Northwind"_s));
    }

    void japanese()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"ja"_s));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"ja.pdf"_s);
        QString error;
        const ReportDocument document = CaseDescription::build(example(ExampleRequests::compliantPath()));
        QCOMPARE(document.language, u"ja"_s);
        QVERIFY(ReportPrinter(document).writePdf(pdf, &error));
        verifyInOrder(pdfText(pdf),
                      {u"ケースの説明"_s, u"ケースの分類"_s, u"会社情報"_s, u"会社名"_s,
                       u"ユーザーの登録手順"_s, u"メッセージの内容"_s});
        // The labels come from an embedded CJK font, not missing-glyph boxes.
        const QString fonts = tool(u"pdffonts"_s, {pdf});
        bool cjkEmbedded = false;
        for (const QString &line : fonts.split(u'\n')) {
            const bool cjk = line.contains(u"IPA"_s) || line.contains(u"CJK"_s) || line.contains(u"Gothic"_s);
            cjkEmbedded = cjkEmbedded || (cjk && line.contains(u" yes "_s));
        }
        QVERIFY2(cjkEmbedded, qPrintable(fonts));
        QVERIFY(languages.setLanguage(u"en"_s));
    }

    // Wherever the pages break, a heading is on the page of the line after
    // it and a framed message is on one page.
    void headingsAndBoxesKeepTogether()
    {
        QTemporaryDir dir;
        for (int filler = 0; filler < 48; filler += 6) {
            const QString pdf = dir.filePath(u"%1.pdf"_s.arg(filler));
            QString error;
            int count = 0;
            QVERIFY2(ReportPrinter(boxesReport(filler)).writePdf(pdf, &error, &count), qPrintable(error));
            const QStringList pages = pdfPagesText(pdf);
            QCOMPARE(pages.size(), count);
            QVERIFY(count > 1);
            for (int s = 1; s <= 5; ++s) {
                const QString where = u"filler %1, section %2"_s.arg(filler).arg(s);
                const int heading = pageContaining(pages, u"Heading number %1"_s.arg(s));
                QVERIFY2(heading >= 0, qPrintable(where));
                // Printed once: not also clipped away at the foot of the page before.
                QCOMPARE(pages.join(u'\n').count(u"Heading number %1"_s.arg(s)), 1);
                QVERIFY2(heading == pageContaining(pages, u"Subheading number %1"_s.arg(s)),
                         qPrintable(where));
                QVERIFY2(pageContaining(pages, u"Subheading number %1"_s.arg(s))
                                 == pageContaining(pages, u"Label %1.1"_s.arg(s)),
                         qPrintable(where));
                for (int m = 1; m <= 5; ++m) {
                    const int starts = pageContaining(pages, u"Box %1.%2 starts."_s.arg(s).arg(m));
                    QVERIFY2(starts >= 0, qPrintable(where));
                    QVERIFY2(starts == pageContaining(pages, u"Box %1.%2 ends."_s.arg(s).arg(m)),
                             qPrintable(u"%1, box %2 split"_s.arg(where).arg(m)));
                }
            }
        }
    }

    // Japanese breaks between any two characters: no line of the printout
    // holds a single character left over from the line before.
    void japaneseNoLoneCharacter()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"ja"_s));
        ReportDocument document = boxesReport(0);
        document.language = u"ja"_s;
        const QString sentence = u"会社は登録した利用者に毎月のお知らせを送ります"_s;
        QStringList paragraphs;
        for (int length = 30; length < 90; ++length) {
            QString text;
            while (text.size() < length)
                text += sentence;
            // With a full stop, and without (a list item, a heading).
            paragraphs << text.left(length - 1) + u"。"_s << text.left(length);
        }
        document.parts[0].sections[0].items[0].value = paragraphs.join(u'\n');
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"ja.pdf"_s);
        QString error;
        QVERIFY2(ReportPrinter(document).writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(sentence.left(20)));
        for (const QString &line : text.split(u'\n')) {
            // One character, with or without the full stop after it.
            QString own = line.trimmed().remove(QChar(0x2060));
            while (!own.isEmpty() && own.back().isPunct())
                own.chop(1);
            QVERIFY2(own.size() != 1 || own.at(0).unicode() < 0x3000,
                     qPrintable(u"a line of one character: "_s + line));
        }
        QVERIFY(languages.setLanguage(u"en"_s));
    }

    void loaderRefusesResources_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addRow("remote image") << u"<img src=\"http://example.invalid/x.png\"/>"_s;
        QTest::addRow("local file") << u"<img src=\"file:///etc/hostname\"/>"_s;
        QTest::addRow("relative") << u"<img src=\"x.png\"/>"_s;
        QTest::addRow("table background")
                << u"<table background=\"http://example.invalid/b.png\"><tr><td>x</td></tr></table>"_s;
    }

    void loaderRefusesResources()
    {
        QFETCH(QString, html);
        SafeTextDocument document;
        document.setHtml(u"<p>x</p>"_s + html);
        document.setTextWidth(400);
        (void)document.size(); // lays out, which asks for images
        QVERIFY(!document.refusedResources().isEmpty());
        QVERIFY(document.resource(QTextDocument::ImageResource, document.refusedResources().first())
                        .isNull());
    }

    void hostileInputLoadsNothing()
    {
        Project project = example(ExampleRequests::compliantPath());
        const QString hostile = u"<b>x</b> <img src=http://example.invalid/a.png> &amp; *y* [z](http://e)"_s;
        for (FieldId id : {FieldId::CompanyName, FieldId::NotesDescription, FieldId::ContentHelpResponse})
            project.requests[0].setValue(id, hostile);
        project.requests[0].setTitle(hostile);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"h.pdf"_s);
        ReportPrinter printer(CaseDescription::build(project));
        QString error;
        QVERIFY(printer.writePdf(pdf, &error));
        QVERIFY(printer.refusedResources().isEmpty());
        QVERIFY(pdfText(pdf).contains(u"<img src=http://example.invalid/a.png>"_s));
        QVERIFY(pdfText(pdf).contains(u"<b>x</b>"_s));
        QVERIFY(pdfText(pdf).contains(u"&amp;"_s));
    }

    void pageSizeByLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("size");
        QTest::addRow("en_US") << u"en_US"_s << int(QPageSize::Letter);
        QTest::addRow("en_CA") << u"en_CA"_s << int(QPageSize::Letter);
        QTest::addRow("fr_CA") << u"fr_CA"_s << int(QPageSize::Letter);
        QTest::addRow("en_GB") << u"en_GB"_s << int(QPageSize::A4);
        QTest::addRow("ja_JP") << u"ja_JP"_s << int(QPageSize::A4);
        QTest::addRow("de_DE") << u"de_DE"_s << int(QPageSize::A4);
    }

    void pageSizeByLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, size);
        QCOMPARE(int(ReportPrinter::pageSizeFor(QLocale(locale))), size);
    }
};

QTEST_MAIN(TestPrintPdf)
#include "tst_printpdf.moc"

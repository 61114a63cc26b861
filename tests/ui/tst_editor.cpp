// The real main window driven as a user would: typing, findings, undo,
// requests, replacements, saving and reopening.
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSession.h"
#include "editor/FieldRow.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "fields/AttachmentsEditor.h"
#include "fields/ChoiceEditor.h"
#include "fields/CountryEditor.h"
#include "fields/KeywordsEditor.h"
#include "fields/LineEditor.h"
#include "fields/SmsPreview.h"
#include "fields/TextEditor.h"
#include "i18n/LanguageManager.h"
#include "panels/FindingsPanel.h"
#include "panels/ProjectPanel.h"
#include "panels/SectionNavigator.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include "models/FindingsModel.h"
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QGlyphRun>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRawFont>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using scs::FieldId;

namespace {

QStringList ruleIds(const scs::MainWindow &window)
{
    QStringList ids;
    for (const scs::Finding &finding : window.document()->findings(window.projectPanel()->currentRequest()))
        ids << QLatin1StringView(finding.rule).toString();
    return ids;
}

QPlainTextEdit *textEditOf(scs::MainWindow &window, FieldId field)
{
    scs::SectionPage *page = window.requestEditor()->page(scs::Catalog::field(field).section);
    auto *editor = qobject_cast<scs::TextEditor *>(page->row(field)->editor());
    return editor ? editor->textEdit() : nullptr;
}

QLineEdit *lineEditOf(scs::MainWindow &window, FieldId field)
{
    scs::SectionPage *page = window.requestEditor()->page(scs::Catalog::field(field).section);
    auto *editor = qobject_cast<scs::LineEditor *>(page->row(field)->editor());
    return editor ? editor->lineEdit() : nullptr;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        scs::test::failOnWarnings();
        m_languages = std::make_unique<scs::LanguageManager>();
        m_window = std::make_unique<scs::MainWindow>(m_languages.get());
        scs::Dialogs::setInteractive(false);
        m_window->openExample();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean(); // no "save changes?" on close
        m_window.reset();
        m_languages.reset();
    }

    void exampleIsCleanAndComplete()
    {
        QCOMPARE(m_window->document()->requestCount(), 1);
        QCOMPARE(m_window->document()->findingCount(0, scs::Severity::Error), 0);
        QCOMPARE(m_window->document()->findingCount(0, scs::Severity::Warning), 0);
        QCOMPARE(scs::Catalog::completeness(m_window->document()->request(0)), 1.0);
        QVERIFY2(!m_window->isWindowModified(), qPrintable(m_window->document()->undoStack()->text(0)));
    }

    void typingUpdatesFindingsAndUndoRestores()
    {
        QPlainTextEdit *help = textEditOf(*m_window, FieldId::ContentHelpResponse);
        QVERIFY(help);
        m_window->requestEditor()->focusField(FieldId::ContentHelpResponse);
        QTRY_VERIFY(help->hasFocus());
        // A HELP reply without any contact: the finding appears at once.
        help->selectAll();
        QTest::keyClicks(help, u"Northwind Parcel Alerts: we are here to help. Reply STOP to cancel."_s);
        QTRY_VERIFY(ruleIds(*m_window).contains(u"help_has_contact"_s));
        QVERIFY(m_window->isWindowModified());
        auto *row =
                m_window->requestEditor()->page(scs::SectionId::Content)->row(FieldId::ContentHelpResponse);
        QCOMPARE(row->markerSeverity(), int(scs::Severity::Error));
        QVERIFY(m_window->findingsPanel()->visibleCount() > 0);

        // Typing merged into few undo steps; undoing them all restores the text.
        QVERIFY2(m_window->document()->undoStack()->count() <= 2,
                 qPrintable(m_window->document()->undoStack()->text(0) + u" | "_s
                            + m_window->document()->undoStack()->text(1)));
        while (m_window->document()->undoStack()->canUndo())
            m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
        QTRY_VERIFY(!ruleIds(*m_window).contains(u"help_has_contact"_s));
        QVERIFY(help->toPlainText().contains(u"1-888-555-0172"_s));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(row->markerSeverity(), -1);

        m_window->findChild<QAction *>(u"redoAction"_s)->trigger();
        QTRY_VERIFY(ruleIds(*m_window).contains(u"help_has_contact"_s));
    }

    void oneKeystrokeRefreshesTheSummariesOnce()
    {
        scs::ProjectDocument *document = m_window->document();
        QStringList order;
        QObject context;
        connect(document, &scs::ProjectDocument::fieldChanged, &context, [&] { order << u"field"_s; });
        connect(document, &scs::ProjectDocument::findingsChanged, &context, [&] { order << u"findings"_s; });
        connect(document, &scs::ProjectDocument::requestStateChanged, &context, [&] { order << u"state"_s; });
        QPlainTextEdit *help = textEditOf(*m_window, FieldId::ContentHelpResponse);
        m_window->requestEditor()->focusField(FieldId::ContentHelpResponse);
        QTRY_VERIFY(help->hasFocus());
        help->selectAll();
        // Removing the contact: the findings change.
        QTest::keyClick(help, Qt::Key_Delete);
        QCOMPARE(order, (QStringList {u"field"_s, u"findings"_s, u"state"_s}));
        // One more character in an empty HELP reply: no new findings, and
        // the navigator, project list and status bar still hear of it once.
        order.clear();
        QTest::keyClick(help, Qt::Key_A);
        QVERIFY(order.startsWith(u"field"_s));
        QCOMPARE(order.last(), u"state"_s);
        QCOMPARE(order.count(u"state"_s), 1);
    }

    void findingMessagesWrapToTheirColumn()
    {
        auto *tree = m_window->findingsPanel()->findChild<QTreeView *>(u"findingsView"_s);
        QVERIFY(tree);
        QVERIFY(tree->model()->rowCount() > 0);
        const QModelIndex item = tree->model()->index(0, scs::FindingsModel::MessageColumn);
        const int line = tree->fontMetrics().height();
        m_window->resize(2400, 800);
        QTRY_VERIFY(tree->visualRect(item).height() < 2 * line);
        // Narrow: the message takes several lines, none of it cut off.
        m_window->resize(760, 800);
        QTRY_VERIFY(tree->visualRect(item).height() >= 2 * line);
        const int width = tree->columnWidth(scs::FindingsModel::MessageColumn);
        QVERIFY(tree->fontMetrics().horizontalAdvance(item.data().toString()) > width);
    }

    void clearingAFieldLeavesNoValue()
    {
        scs::ProjectDocument *document = m_window->document();
        QLineEdit *site = lineEditOf(*m_window, FieldId::CaseSiteUrl);
        QVERIFY(site);
        const scs::FieldValue before = document->request(0).value(FieldId::CaseSiteUrl);
        QVERIFY(before.isSet());
        m_window->requestEditor()->focusField(FieldId::CaseSiteUrl);
        QTRY_VERIFY(site->hasFocus());
        site->selectAll();
        QTest::keyClick(site, Qt::Key_Delete);
        // Not an empty text: no value, as in a new request.
        QVERIFY(!document->request(0).value(FieldId::CaseSiteUrl).isSet());
        const int steps = document->undoStack()->count();
        // Typing nothing more changes nothing: no further undo step.
        QTest::keyClick(site, Qt::Key_Backspace);
        QCOMPARE(document->undoStack()->count(), steps);
        document->undoStack()->undo();
        QCOMPARE(document->request(0).value(FieldId::CaseSiteUrl), before);
    }

    void clickingAFindingFocusesItsField()
    {
        QLineEdit *email = lineEditOf(*m_window, FieldId::CompanySupportEmail);
        QVERIFY(email);
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, u"not an address"_s);
        QTRY_VERIFY(ruleIds(*m_window).contains(u"email_valid"_s));

        // Somewhere else first, then a click on the finding.
        m_window->requestEditor()->showSection(scs::SectionId::Case);
        QTreeView *tree = m_window->findingsPanel()->view();
        QModelIndex target;
        for (int i = 0; i < tree->model()->rowCount(); ++i) {
            const QModelIndex index = tree->model()->index(i, scs::FindingsModel::MessageColumn);
            if (index.data(scs::FindingsModel::RuleRole) == u"email_valid"_s)
                target = index;
        }
        QVERIFY(target.isValid());
        const QRect rect = tree->visualRect(target);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_window->requestEditor()->currentSection(), scs::SectionId::Company);
        QTRY_COMPARE(QApplication::focusWidget(), email);
        QCOMPARE(m_window->sectionNavigator()->currentSection(), scs::SectionId::Company);
    }

    void severityFilter()
    {
        QLineEdit *email = lineEditOf(*m_window, FieldId::CompanySupportEmail);
        email->setText(QString());
        QTest::keyClicks(email, u"x"_s);
        QTRY_VERIFY(m_window->findingsPanel()->visibleCount() > 0);
        const int all = m_window->findingsPanel()->visibleCount();
        auto *errors = m_window->findingsPanel()->findChild<QToolButton *>(u"showErrorsButton"_s);
        errors->click();
        QVERIFY(m_window->findingsPanel()->visibleCount() < all);
        errors->click();
        QCOMPARE(m_window->findingsPanel()->visibleCount(), all);
    }

    void splitByCountry()
    {
        scs::ProjectDocument *document = m_window->document();
        auto *countries = qobject_cast<scs::CountryEditor *>(
                m_window->requestEditor()->page(scs::SectionId::Case)->row(FieldId::CaseCountries)->editor());
        QVERIFY(countries);
        // Add Canada through the search box, as a user would.
        auto *search = countries->findChild<QLineEdit *>();
        search->setFocus();
        QTest::keyClicks(search, u"Canada (CA)"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(document->request(0).value(FieldId::CaseCountries).toStringList(),
                     (QStringList {u"US"_s, u"CA"_s}));
        QVERIFY(ruleIds(*m_window).contains(u"one_country_per_code"_s));

        // First a question naming what does not carry over; Cancel splits nothing.
        scs::Dialogs::setNextAnswer(QMessageBox::Cancel);
        m_window->findChild<QAction *>(u"splitByCountryAction"_s)->trigger();
        QCOMPARE(document->requestCount(), 1);
        const QString question = scs::Dialogs::lastMessage();
        QVERIFY2(question.contains(u"91-4827365 is a US EIN"_s), qPrintable(question));
        QVERIFY2(question.contains(u"The title “Northwind Parcel US delivery alerts” names"_s),
                 qPrintable(question));
        QVERIFY2(!question.contains(u"toll-free"_s), qPrintable(question)); // +1 888 is free from Canada too
        scs::Dialogs::setNextAnswer(QMessageBox::Yes);
        m_window->findChild<QAction *>(u"splitByCountryAction"_s)->trigger();
        QCOMPARE(document->requestCount(), 2);
        QCOMPARE(document->request(0).value(FieldId::CaseCountries).toStringList(), QStringList {u"US"_s});
        QCOMPARE(document->request(1).value(FieldId::CaseCountries).toStringList(), QStringList {u"CA"_s});
        QVERIFY(document->request(1).title().endsWith(u"(CA)"_s));
        QVERIFY(document->request(0).uuid() != document->request(1).uuid());
        QVERIFY(!ruleIds(*m_window).contains(u"one_country_per_code"_s));
        QCOMPARE(m_window->projectPanel()->count(), 2);

        m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
        QCOMPARE(document->requestCount(), 1);
        QCOMPARE(document->request(0).value(FieldId::CaseCountries).toStringList(),
                 (QStringList {u"US"_s, u"CA"_s}));
    }

    void smsReplacementIsOneUndoStep()
    {
        QPlainTextEdit *reminder = textEditOf(*m_window, FieldId::ContentReminder);
        auto *editor = qobject_cast<scs::TextEditor *>(reminder->parentWidget());
        QVERIFY(editor && editor->preview());
        m_window->requestEditor()->focusField(FieldId::ContentReminder);
        reminder->moveCursor(QTextCursor::End);
        // Typed through the input method or pasted: keyClicks knows ASCII only.
        reminder->insertPlainText(u" It\u2019s free \u2014 really\u2026"_s);
        QTRY_VERIFY(editor->preview()->summaryText().startsWith(u"UCS-2"_s));
        QVERIFY(ruleIds(*m_window).contains(u"sms_ucs2"_s));

        auto *replace = editor->preview()->findChild<QPushButton *>(u"replaceNonGsmButton"_s);
        QVERIFY(replace && replace->isVisible());
        const int steps = m_window->document()->undoStack()->count();
        replace->click();
        const QString replaced = m_window->document()->request(0).text(FieldId::ContentReminder);
        QVERIFY2(replaced.endsWith(u" It's free - really..."_s), qPrintable(replaced));
        QTRY_VERIFY(editor->preview()->summaryText().startsWith(u"GSM-7"_s));
        QCOMPARE(reminder->toPlainText(), replaced);
        QVERIFY(!ruleIds(*m_window).contains(u"sms_ucs2"_s));
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);

        m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
        QVERIFY(m_window->document()->request(0).text(FieldId::ContentReminder).endsWith(u"really\u2026"_s));
    }

    void saveAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"alerts.scproj"_s);
        QLineEdit *name = lineEditOf(*m_window, FieldId::CompanyContactName);
        name->selectAll();
        QTest::keyClicks(name, u"Kenji Watanabe"_s);
        name->insert(u" 渡辺"_s); // as an input method commits it
        QVERIFY(m_window->isWindowModified());
        scs::Dialogs::setNextFileName(path);
        QVERIFY(m_window->save()); // untitled: asks for a name
        QVERIFY(!m_window->isWindowModified());
        QVERIFY2(m_window->windowTitle().startsWith(u"alerts"_s), qPrintable(m_window->windowTitle()));
        QVERIFY(QFileInfo(path).exists());
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        // A second save records a second revision.
        name->setFocus();
        QTest::keyClicks(name, u"!"_s);
        QVERIFY(m_window->save());
        QCOMPARE(m_window->session()->file()->revisions(false).size(), 2);

        // The same file opened again (another window) is read-only and says who has it.
        scs::MainWindow other(m_languages.get());
        scs::Dialogs::setInteractive(false);
        QVERIFY(other.openFile(path));
        QCOMPARE(other.document()->project().requests, m_window->document()->project().requests);
        QCOMPARE(other.document()->request(0).text(FieldId::CompanyContactName), u"Kenji Watanabe 渡辺!"_s);
        QVERIFY(other.session()->isReadOnly());
        auto *bar = other.findChild<QFrame *>(u"readOnlyBar"_s);
        QVERIFY(bar && !bar->isHidden());
        QVERIFY(!other.findChild<QLabel *>(u"readOnlyLabel"_s)->text().isEmpty());
        // Save stays: it offers Save As (tst_readonly).
        QVERIFY(other.findChild<QAction *>(u"saveAction"_s)->isEnabled());
    }

    void historyDialogShowsRevisionsAndDiffs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.scproj"_s);
        scs::Dialogs::setNextFileName(path);
        QVERIFY(m_window->saveAs());
        QLineEdit *email = lineEditOf(*m_window, FieldId::CompanySupportEmail);
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, u"help@northwindparcel.com"_s);
        QVERIFY(m_window->save());

        m_window->findChild<QAction *>(u"historyAction"_s)->trigger();
        scs::HistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<scs::HistoryDialog *>()) && dialog->isVisible());
        QTreeWidget *list = dialog->revisionList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), u"2"_s); // newest first
        QVERIFY2(dialog->detailsText().contains(u"help@northwindparcel.com"_s),
                 qPrintable(dialog->detailsText()));
        list->topLevelItem(0)->setSelected(true);
        list->topLevelItem(1)->setSelected(true);
        QVERIFY(dialog->detailsText().contains(u"support@northwindparcel.com"_s));
        dialog->close();
    }

    // The version 2 fields on their pages, edited as a user does, undoable,
    // saved and opened again.
    void version2FieldsAreEditedUndoneAndSaved()
    {
        scs::ProjectDocument *document = m_window->document();
        scs::RequestEditor *editor = m_window->requestEditor();

        // Join keywords: typed in one line, stored in upper case, one undo step.
        auto *keywords = qobject_cast<scs::KeywordsEditor *>(
                editor->page(scs::SectionId::Signup)->row(FieldId::SignupJoinKeywords)->editor());
        QVERIFY(keywords);
        editor->focusField(FieldId::SignupJoinKeywords);
        QTRY_VERIFY(keywords->lineEdit()->hasFocus());
        const int steps = document->undoStack()->count();
        QTest::keyClicks(keywords->lineEdit(), u"track, parcel"_s);
        QCOMPARE(document->request(0).value(FieldId::SignupJoinKeywords).toStringList(),
                 (QStringList {u"TRACK"_s, u"PARCEL"_s}));
        QCOMPARE(document->undoStack()->count(), steps + 1);
        m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
        QVERIFY(!document->request(0).value(FieldId::SignupJoinKeywords).isSet());
        QCOMPARE(keywords->lineEdit()->text(), QString());
        m_window->findChild<QAction *>(u"redoAction"_s)->trigger();
        QCOMPARE(keywords->lineEdit()->text(), u"TRACK, PARCEL"_s);

        // The age check: its method is asked for once an age is chosen.
        scs::SectionPage *signup = editor->page(scs::SectionId::Signup);
        QVERIFY(signup->row(FieldId::SignupAgeGateMethod)->isHidden());
        auto *age = qobject_cast<scs::ChoiceEditor *>(signup->row(FieldId::SignupAgeGate)->editor());
        QVERIFY(age);
        Q_EMIT age->comboBox()->activated(age->comboBox()->findData(u"age_21"_s));
        QCOMPARE(document->request(0).text(FieldId::SignupAgeGate), u"age_21"_s);
        QTRY_VERIFY(!signup->row(FieldId::SignupAgeGateMethod)->isHidden());
        QVERIFY(scs::Catalog::isRequired(document->request(0), FieldId::SignupAgeGateMethod));
        m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
        QTRY_VERIFY(signup->row(FieldId::SignupAgeGateMethod)->isHidden());

        // The example asks for the increase in this case: the region shows.
        scs::SectionPage *spend = editor->page(scs::SectionId::Spend);
        QVERIFY(!spend->row(FieldId::SpendRegion)->isHidden());
        QCOMPARE(lineEditOf(*m_window, FieldId::SpendRegion)->text(), u"us-west-2"_s);

        // The mockups: the example's two, one more added, one removed.
        auto *mockups = qobject_cast<scs::AttachmentsEditor *>(
                editor->page(scs::SectionId::Evidence)->row(FieldId::EvidenceOptinMockups)->editor());
        QVERIFY(mockups);
        editor->showSection(scs::SectionId::Evidence);
        QCOMPARE(mockups->view()->model()->rowCount(), 2);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"paper-form.pdf"_s);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n% a paper sign-up form\n");
        }
        scs::Dialogs::setNextFileNames({pdf});
        QTest::mouseClick(mockups->addButton(), Qt::LeftButton);
        QCOMPARE(document->request(0).value(FieldId::EvidenceOptinMockups).toAttachments().size(), 3);
        QCOMPARE(mockups->view()->model()->rowCount(), 3);
        QCOMPARE(mockups->view()->model()->index(2, 0).data().toString(), u"paper-form.pdf"_s);
        mockups->view()->setFocus();
        mockups->view()->selectRow(0);
        QTest::keyClick(mockups->view(), Qt::Key_Delete);
        const scs::AttachmentList left =
                document->request(0).value(FieldId::EvidenceOptinMockups).toAttachments();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).name, u"signup-app.png"_s);
        m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
        QCOMPARE(mockups->view()->model()->rowCount(), 3);
        QCOMPARE(mockups->view()->model()->index(0, 0).data().toString(), u"signup-web.png"_s);

        // Saved and opened again: every value as it was, bytes included.
        const QString path = dir.filePath(u"v2.scproj"_s);
        scs::Dialogs::setNextFileName(path);
        QVERIFY(m_window->saveAs());
        scs::Project saved;
        QVERIFY(scs::ProjectFile::load(path, &saved));
        QCOMPARE(saved.requests, document->project().requests);
    }

    void openingABadFileKeepsTheProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"shortcode-request\", \"version\": 1, \"fields\": {\"case.nope\": 1}}");
        file.close();
        const scs::Project before = m_window->document()->project();
        QVERIFY(!m_window->openFile(path));
        QVERIFY2(scs::Dialogs::lastMessage().contains(u"case.nope"_s),
                 qPrintable(scs::Dialogs::lastMessage()));
        QCOMPARE(m_window->document()->project(), before);
    }

    void closeAsksAboutUnsavedChanges()
    {
        QLineEdit *name = lineEditOf(*m_window, FieldId::CompanyContactName);
        name->setFocus();
        QTest::keyClicks(name, u"x"_s);
        QVERIFY(m_window->isWindowModified());
        scs::Dialogs::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY(scs::Dialogs::lastMessage().contains(u"unsaved"_s));
    }

    void languageSwitchKeepsTypedTextAndRetranslates()
    {
        QLineEdit *email = lineEditOf(*m_window, FieldId::CompanySupportEmail);
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, u"half-typed@"_s);
        QTRY_VERIFY(ruleIds(*m_window).contains(u"email_valid"_s));
        QAbstractItemModel *tree = m_window->findingsPanel()->view()->model();
        auto messageOf = [tree](const char *rule) {
            for (int i = 0; i < tree->rowCount(); ++i) {
                const QModelIndex index = tree->index(i, scs::FindingsModel::MessageColumn);
                if (index.data(scs::FindingsModel::RuleRole) == QLatin1StringView(rule))
                    return index.data().toString();
            }
            return QString();
        };
        auto headerOf = [tree] {
            return tree->headerData(scs::FindingsModel::MessageColumn, Qt::Horizontal).toString();
        };
        const QString englishHeader = headerOf();
        const QString englishMessage = messageOf("email_valid");
        auto *fileMenu = m_window->findChild<QMenu *>(u"fileMenu"_s);
        auto *row =
                m_window->requestEditor()->page(scs::SectionId::Company)->row(FieldId::CompanySupportEmail);
        auto *label = row->findChild<QLabel *>(u"fieldLabel"_s);
        const QString englishLabel = label->text();
        const QString englishSection = m_window->sectionNavigator()->model()->index(0, 0).data().toString();
        QVERIFY(!englishMessage.isEmpty());

        m_window->findChild<QAction *>(u"languageAction_ja"_s)->trigger();
        // Widgets change on the LanguageChange event; the models' texts are
        // made when asked for.
        QTRY_COMPARE(fileMenu->title(), u"ファイル(&F)"_s);
        QVERIFY(headerOf() != englishHeader);
        // The finding is re-rendered from its code, in Japanese; the id stays.
        const QString japaneseMessage = messageOf("email_valid");
        QVERIFY(!japaneseMessage.isEmpty());
        QVERIFY(japaneseMessage != englishMessage);
        QVERIFY(label->text() != englishLabel);
        QVERIFY(m_window->sectionNavigator()->model()->index(0, 0).data().toString() != englishSection);
        QVERIFY(m_window->windowTitle().contains(u"Shortcode Studio"_s));
        // What was typed survives, and is still where it was.
        QCOMPARE(email->text(), u"half-typed@"_s);
        QCOMPARE(m_window->document()->request(0).text(FieldId::CompanySupportEmail), u"half-typed@"_s);

        m_window->findChild<QAction *>(u"languageAction_en"_s)->trigger();
        QTRY_COMPARE(fileMenu->title(), u"&File"_s);
        QCOMPARE(headerOf(), englishHeader);
        QCOMPARE(messageOf("email_valid"), englishMessage);
        QCOMPARE(label->text(), englishLabel);
        QCOMPARE(email->text(), u"half-typed@"_s);
    }

    void inputMethodCompositionMakesOneEdit()
    {
        // Japanese typed through an input method: the preedit text is not an
        // edit; the committed text is one.
        QLineEdit *name = lineEditOf(*m_window, FieldId::CompanyContactName);
        QPlainTextEdit *notes = textEditOf(*m_window, FieldId::NotesDescription);
        for (QWidget *widget : {static_cast<QWidget *>(name), static_cast<QWidget *>(notes)}) {
            m_window->requestEditor()->focusField(widget == name ? FieldId::CompanyContactName
                                                                 : FieldId::NotesDescription);
            if (widget == name)
                name->end(false); // composing over a selection would replace it: a real edit
            const int steps = m_window->document()->undoStack()->count();
            const scs::Project before = m_window->document()->project();
            for (const QString &preedit : {u"わ"_s, u"わた"_s, u"わたな"_s, u"渡な"_s}) {
                QInputMethodEvent event(preedit, {});
                QCoreApplication::sendEvent(widget, &event);
            }
            QCOMPARE(m_window->document()->undoStack()->count(), steps);
            QCOMPARE(m_window->document()->project(), before);
            QInputMethodEvent commit;
            commit.setCommitString(u"渡辺"_s);
            QCoreApplication::sendEvent(widget, &commit);
            QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
            const FieldId field = widget == name ? FieldId::CompanyContactName : FieldId::NotesDescription;
            QVERIFY(m_window->document()->request(0).text(field).contains(u"渡辺"_s));
        }
    }

    // Messages hold emoji: with the colour emoji font the package depends
    // on, they show in colour, not as empty boxes.
    void emojiShowInColour()
    {
        QPlainTextEdit *reminder = textEditOf(*m_window, FieldId::ContentReminder);
        m_window->requestEditor()->focusField(FieldId::ContentReminder);
        reminder->setPlainText(QString());
        reminder->insertPlainText(u"\U0001F4E6\U0001F69A\U0001F389"_s); // as an input method commits them
        QTRY_COMPARE(m_window->document()->request(0).text(FieldId::ContentReminder),
                     u"\U0001F4E6\U0001F69A\U0001F389"_s);
        // Drawn from a colour emoji font (not the empty box of a font without them).
        QTextLayout layout(u"\U0001F4E6\U0001F69A\U0001F389"_s, reminder->font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        for (const QGlyphRun &run : runs) {
            QVERIFY2(run.rawFont().familyName().contains(u"Emoji"_s), qPrintable(run.rawFont().familyName()));
            for (const quint32 glyph : run.glyphIndexes())
                QVERIFY(glyph != 0);
        }
    }

    void datesFollowTheLanguage()
    {
        m_window->findChild<QAction *>(u"languageAction_ja"_s)->trigger();
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        auto *date = m_window->requestEditor()
                             ->page(scs::SectionId::Tracking)
                             ->findChild<QDateEdit *>(u"tracking.submitted_onDateEdit"_s);
        QVERIFY(date);
        date->setDate(QDate(2026, 11, 27));
        QVERIFY2(date->text().startsWith(u"2026/11/27"_s), qPrintable(date->text()));
        m_window->findChild<QAction *>(u"languageAction_en"_s)->trigger();
        QCOMPARE(QLocale().language(), QLocale::English);
    }

private:
    std::unique_ptr<scs::LanguageManager> m_languages;
    std::unique_ptr<scs::MainWindow> m_window;
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"

// Each field editor on its own: shows values without emitting, emits the
// user's edits with the right type.
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "ProcessEvents.h"
#include "catalog/Catalog.h"
#include "fields/AttachmentListModel.h"
#include "fields/AttachmentsEditor.h"
#include "fields/BoolEditor.h"
#include "fields/ChoiceEditor.h"
#include "fields/ChoicesEditor.h"
#include "fields/CountryEditor.h"
#include "fields/DateEditor.h"
#include "fields/ExamplesEditor.h"
#include "fields/IntegerEditor.h"
#include "fields/KeywordsEditor.h"
#include "fields/LimitedTextEdit.h"
#include "fields/LineEditor.h"
#include "fields/MoneyEditor.h"
#include "fields/SmsPreview.h"
#include "fields/TextEditor.h"
#include "i18n/CountryNames.h"
#include "model/Limits.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QFocusEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using scs::FieldId;
using scs::FieldValue;

namespace {

template<typename Editor> std::unique_ptr<Editor> make(FieldId field)
{
    auto editor = std::make_unique<Editor>(scs::Catalog::field(field));
    editor->show();
    return editor;
}

FieldValue lastEdit(const QSignalSpy &spy)
{
    return spy.isEmpty() ? FieldValue() : spy.last().first().value<FieldValue>();
}

} // namespace

class TestFieldEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<FieldValue>();
    }
    void init() { scs::test::failOnWarnings(); }

    void factoryPicksAnEditorForEveryField()
    {
        for (const scs::FieldDef &field : scs::Catalog::fields()) {
            std::unique_ptr<scs::FieldEditor> editor(scs::FieldEditor::create(field, nullptr));
            QVERIFY(editor);
            QCOMPARE(editor->field(), field.id);
            editor->setValue(FieldValue()); // an empty value is always shown
        }
    }

    void lineEditorTrimsWhenLeaving()
    {
        auto editor = make<scs::LineEditor>(FieldId::CompanyName);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->setValue(FieldValue(u"Northwind"_s));
        QCOMPARE(edits.count(), 0);
        QCOMPARE(editor->lineEdit()->text(), u"Northwind"_s);

        editor->lineEdit()->setFocus();
        editor->lineEdit()->selectAll();
        QTest::keyClicks(editor->lineEdit(), u"  ACME Corp "_s);
        QCOMPARE(lastEdit(edits).toString(), u"  ACME Corp "_s); // spaces kept while typing
        QMetaObject::invokeMethod(editor->lineEdit(), "editingFinished");
        QCOMPARE(lastEdit(edits).toString(), u"ACME Corp"_s);
    }

    void phoneRefusesLetters()
    {
        auto editor = make<scs::LineEditor>(FieldId::CompanyContactPhone);
        editor->lineEdit()->setFocus();
        QTest::keyClicks(editor->lineEdit(), u"+1 (206) abc 555-0100"_s);
        QCOMPARE(editor->lineEdit()->text(), u"+1 (206)  555-0100"_s);
    }

    void textEditorEmitsOnlyUserEdits()
    {
        auto editor = make<scs::TextEditor>(FieldId::ContentHelpResponse);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->setValue(FieldValue(u"Help at example"_s));
        QCOMPARE(edits.count(), 0);
        QVERIFY(editor->preview());
        editor->textEdit()->setFocus();
        editor->textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->textEdit(), u"!"_s);
        QCOMPARE(lastEdit(edits).toString(), u"Help at example!"_s);
        // Multiline fields have no SMS preview.
        QVERIFY(!make<scs::TextEditor>(FieldId::CompanyMailingAddress)->preview());
    }

    void hugePasteIsRefusedWithAMessage()
    {
        auto editor = make<scs::TextEditor>(FieldId::ContentHelpResponse);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        QSignalSpy refused(editor->textEdit(), &scs::LimitedTextEdit::pasteRefused);
        editor->setValue(FieldValue(u"Help"_s));
        QGuiApplication::clipboard()->setText(QString(20'000, u'a'));
        editor->textEdit()->moveCursor(QTextCursor::End);
        editor->textEdit()->paste();
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.last().at(1).value<qsizetype>(), scs::limits::SmsLength);
        QCOMPARE(editor->textEdit()->toPlainText(), u"Help"_s);
        QCOMPARE(edits.count(), 0);

        // Replacing a selection counts what is left, not what was there.
        QGuiApplication::clipboard()->setText(QString(scs::limits::SmsLength, u'b'));
        editor->textEdit()->selectAll();
        editor->textEdit()->paste();
        QCOMPARE(refused.count(), 1);
        QCOMPARE(lastEdit(edits).toString().size(), scs::limits::SmsLength);
    }

    void choiceEditor()
    {
        auto editor = make<scs::ChoiceEditor>(FieldId::CaseMessageType);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->setValue(FieldValue(u"promotional"_s));
        QCOMPARE(editor->comboBox()->currentData().toString(), u"promotional"_s);
        QCOMPARE(edits.count(), 0);
        editor->setValue(FieldValue(u"not-a-choice"_s));
        QCOMPARE(editor->comboBox()->currentIndex(), 0);
        const int index = editor->comboBox()->findData(u"one_time_password"_s);
        QVERIFY(index > 0);
        Q_EMIT editor->comboBox()->activated(index);
        QCOMPARE(lastEdit(edits).toString(), u"one_time_password"_s);
    }

    void choicesEditor()
    {
        auto editor = make<scs::ChoicesEditor>(FieldId::SignupMethods);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->setValue(FieldValue(QStringList {u"website"_s}));
        QCOMPARE(edits.count(), 0);
        auto *other = editor->findChild<QCheckBox *>(u"signup.methods_otherCheckBox"_s);
        QVERIFY(other);
        QTest::mouseClick(other, Qt::LeftButton);
        QCOMPARE(lastEdit(edits).toStringList(), (QStringList {u"website"_s, u"other"_s}));
    }

    void keywordsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keywords");
        QTest::addRow("empty") << QString() << QStringList();
        QTest::addRow("commas and spaces")
                << u" join,alerts  news ,"_s << QStringList {u"JOIN"_s, u"ALERTS"_s, u"NEWS"_s};
        QTest::addRow("each once") << u"Join JOIN join"_s << QStringList {u"JOIN"_s};
        QTest::addRow("full-width, Japanese comma")
                << u"ＪＯＩＮ、ｎｅｗｓ　２０２６"_s << QStringList {u"JOIN"_s, u"NEWS"_s, u"2026"_s};
        // Anything else stays as typed: the rules say what a carrier takes.
        QTest::addRow("not letters") << u"opt-in! 🎉"_s << QStringList {u"OPT-IN!"_s, u"🎉"_s};
    }
    void keywordsParse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keywords);
        QCOMPARE(scs::KeywordsEditor::parse(text), keywords);
    }

    void keywordsEditorKeepsTypingAndShowsCanonicalWhenLeaving()
    {
        auto editor = make<scs::KeywordsEditor>(FieldId::SignupJoinKeywords);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->setValue(FieldValue(QStringList {u"JOIN"_s}));
        QCOMPARE(editor->lineEdit()->text(), u"JOIN"_s);
        QCOMPARE(edits.count(), 0);

        editor->lineEdit()->setFocus();
        editor->lineEdit()->end(false);
        QTest::keyClicks(editor->lineEdit(), u" alerts,"_s);
        QCOMPARE(lastEdit(edits).toStringList(), (QStringList {u"JOIN"_s, u"ALERTS"_s}));
        // The model's value coming back does not rewrite what is typed.
        editor->setValue(lastEdit(edits));
        QCOMPARE(editor->lineEdit()->text(), u"JOIN alerts,"_s);
        const int before = int(edits.count());
        QMetaObject::invokeMethod(editor->lineEdit(), "editingFinished");
        QCOMPARE(editor->lineEdit()->text(), u"JOIN, ALERTS"_s);
        QCOMPARE(edits.count(), before); // the value did not change
        // A finding about the second keyword selects it.
        editor->focusEditor(1);
        QCOMPARE(editor->lineEdit()->selectedText(), u"ALERTS"_s);
        editor->focusEditor(-1);
        QCOMPARE(editor->lineEdit()->selectedText(), u"JOIN, ALERTS"_s);
        // Another value from the model (undo) replaces the text.
        editor->setValue(FieldValue());
        QCOMPARE(editor->lineEdit()->text(), QString());
    }

    void attachmentsEditorAddsChecksAndRemoves()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'p');
        write(u"form.png"_s, png);
        write(u"poster.jpg"_s, QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(50, 'j'));
        write(u"terms.pdf"_s, "%PDF-1.7\n");
        write(u"notes.txt"_s, "a text file");
        write(u"huge.png"_s,
              QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(scs::limits::AttachmentBytes, 'x'));
        write(u"fake.png"_s, "GIF89a");

        auto editor = make<scs::AttachmentsEditor>(FieldId::EvidenceOptinMockups);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        QVERIFY(!editor->removeButton()->isEnabled());

        scs::Dialogs::setNextFileNames({dir.filePath(u"form.png"_s), dir.filePath(u"notes.txt"_s),
                                        dir.filePath(u"huge.png"_s), dir.filePath(u"fake.png"_s),
                                        dir.filePath(u"poster.jpg"_s), dir.filePath(u"terms.pdf"_s)});
        scs::Dialogs::setNextAnswer(QMessageBox::No); // huge.png: not scaled down
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(edits.count(), 1); // one edit for the files that fit
        const scs::AttachmentList added = lastEdit(edits).toAttachments();
        QCOMPARE(added.size(), 3);
        QCOMPARE(added.at(0), (scs::Attachment {u"form.png"_s, u"image/png"_s, QString(), png}));
        QCOMPARE(added.at(1).mediaType, u"image/jpeg"_s);
        QCOMPARE(added.at(2).mediaType, u"application/pdf"_s);
        // The others, each named with the reason (the type by content, not by name).
        QVERIFY2(editor->message().contains(u"notes.txt was not added: it is not a PNG, JPEG or PDF"_s),
                 qPrintable(editor->message()));
        QVERIFY(editor->message().contains(u"fake.png was not added: it is not a PNG"_s));
        QVERIFY(editor->message().contains(u"huge.png was not added: it has"_s));
        QVERIFY(!editor->message().contains(u"form.png"_s));

        // The document stores the value and shows it back.
        editor->setValue(lastEdit(edits));
        QCOMPARE(editor->view()->model()->rowCount(), 3);
        QCOMPARE(editor->view()->model()->index(0, 0).data().toString(), u"form.png"_s);
        QCOMPARE(editor->view()->model()->index(1, 1).data().toString(), u"image/jpeg"_s);

        // The description is edited in place, as one edit of the field.
        const QModelIndex description = editor->view()->model()->index(0, 3);
        QVERIFY(editor->view()->model()->flags(description) & Qt::ItemIsEditable);
        QVERIFY(!(editor->view()->model()->flags(editor->view()->model()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(editor->view()->model()->setData(description, u"The sign-up form"_s));
        QCOMPARE(lastEdit(edits).toAttachments().at(0).description, u"The sign-up form"_s);
        editor->setValue(lastEdit(edits));

        // Remove takes the selected file.
        editor->view()->selectRow(1);
        QVERIFY(editor->removeButton()->isEnabled());
        QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
        const scs::AttachmentList left = lastEdit(edits).toAttachments();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).name, u"form.png"_s);
        QCOMPARE(left.at(1).name, u"terms.pdf"_s);
    }

    void attachmentListModelIsAProperModel()
    {
        scs::AttachmentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const scs::Attachment png {u"a.png"_s, u"image/png"_s, u"A"_s, QByteArray(2048, 'a')};
        const scs::Attachment pdf {u"b.pdf"_s, u"application/pdf"_s, QString(), "%PDF-"};
        model.setAttachments({png});
        QCOMPARE(model.rowCount(), 1);
        model.setAttachments({png, pdf});
        model.setAttachments({pdf, png}); // same count: data changed
        QCOMPARE(model.index(0, scs::AttachmentListModel::NameColumn).data().toString(), u"b.pdf"_s);
        QCOMPARE(model.index(1, scs::AttachmentListModel::SizeColumn).data(Qt::EditRole).toLongLong(), 2048);
        QCOMPARE(model.index(1, scs::AttachmentListModel::SizeColumn).data().toString(),
                 QLocale().formattedDataSize(2048));
        QSignalSpy edited(&model, &scs::AttachmentListModel::descriptionEdited);
        // Only the description is edited, one line, and only when it changes.
        QVERIFY(!model.setData(model.index(0, scs::AttachmentListModel::NameColumn), u"x"_s));
        QVERIFY(model.setData(model.index(0, scs::AttachmentListModel::DescriptionColumn), u"Paper\nform"_s));
        QCOMPARE(model.attachments().at(0).description, u"Paper form"_s);
        QVERIFY(!model.setData(model.index(0, scs::AttachmentListModel::DescriptionColumn), u"Paper form"_s));
        QCOMPARE(edited.count(), 1);
        model.retranslate();
        model.setAttachments({});
        QCOMPARE(model.rowCount(), 0);
    }

    void attachmentsEditorTakesTenFiles()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << dir.filePath(u"mockup-%1.png"_s.arg(i));
            QFile file(paths.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray::number(i));
        }
        auto editor = make<scs::AttachmentsEditor>(FieldId::EvidenceOptinMockups);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->addFiles(paths);
        QCOMPARE(lastEdit(edits).toAttachments().size(), scs::limits::Attachments);
        QVERIFY2(
                editor->message().contains(u"mockup-10.png was not added: a request takes at most 10 file"_s),
                qPrintable(editor->message()));
        QVERIFY(editor->message().contains(u"mockup-11.png"_s));
        editor->setValue(lastEdit(edits));
        QVERIFY(!editor->addButton()->isEnabled());
    }

    void boolEditorKeepsUnansweredDistinct()
    {
        auto editor = make<scs::BoolEditor>(FieldId::PurposePhi);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        auto *yes = editor->findChild<QRadioButton *>(u"purpose.phi_yesRadioButton"_s);
        auto *no = editor->findChild<QRadioButton *>(u"purpose.phi_noRadioButton"_s);
        auto *unanswered = editor->findChild<QRadioButton *>(u"purpose.phi_unansweredRadioButton"_s);
        QVERIFY(yes && no && unanswered);
        QVERIFY(unanswered->isChecked());
        editor->setValue(FieldValue(false));
        QVERIFY(no->isChecked());
        QCOMPARE(edits.count(), 0);
        QTest::mouseClick(yes, Qt::LeftButton);
        QCOMPARE(lastEdit(edits).toBool(), std::optional<bool>(true));
        QTest::mouseClick(unanswered, Qt::LeftButton);
        QVERIFY(!lastEdit(edits).isSet());
    }

    void integerEditorHasAnEmptyValue()
    {
        auto editor = make<scs::IntegerEditor>(FieldId::RequestsNewQuotaValue);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        QCOMPARE(editor->spinBox()->maximum(), 100);
        editor->setValue(FieldValue(qint64(3)));
        QCOMPARE(editor->spinBox()->value(), 3);
        QCOMPARE(edits.count(), 0);
        editor->spinBox()->stepUp();
        QCOMPARE(lastEdit(edits).toInteger(), std::optional<qint64>(4));
        editor->spinBox()->setValue(editor->spinBox()->minimum());
        QVERIFY(!lastEdit(edits).isSet());
        QVERIFY(!editor->spinBox()->text().isEmpty()); // "(empty)" is shown, not a number
    }

    void moneyNormalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addRow("whole") << u"25"_s << u"25.00"_s;
        QTest::addRow("one decimal") << u"25.5"_s << u"25.50"_s;
        QTest::addRow("two decimals") << u"1500.05"_s << u"1500.05"_s;
        QTest::addRow("leading dot") << u".5"_s << u"0.50"_s;
        QTest::addRow("leading zeros") << u"007"_s << u"7.00"_s;
        QTest::addRow("trailing dot") << u"12."_s << u"12.00"_s;
        QTest::addRow("empty") << u""_s << u""_s;
        QTest::addRow("three decimals") << u"1.005"_s << QString();
        QTest::addRow("letters") << u"12a"_s << QString();
        QTest::addRow("full-width digits") << u"１２"_s << QString();
    }
    void moneyNormalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QCOMPARE(scs::MoneyEditor::normalize(typed), stored);
        QCOMPARE(scs::MoneyEditor::normalize(typed).isNull(), stored.isNull());
    }

    void moneyEditorStoresDecimalText()
    {
        auto editor = make<scs::MoneyEditor>(FieldId::SpendMonthlyLimitUsd);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        auto *edit = editor->findChild<QLineEdit *>();
        edit->setFocus();
        QTest::keyClicks(edit, u"250"_s);
        QCOMPARE(lastEdit(edits).toString(), u"250.00"_s);
        QCOMPARE(edit->text(), u"250"_s); // not rewritten under the cursor
        QCOMPARE(edit->placeholderText(), u"1.00"_s);
    }

    void dateEditor()
    {
        auto editor = make<scs::DateEditor>(FieldId::TrackingSubmittedOn);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->setValue(FieldValue(u"2026-11-27"_s));
        QCOMPARE(editor->dateEdit()->date(), QDate(2026, 11, 27));
        QCOMPARE(edits.count(), 0);
        editor->dateEdit()->setDate(QDate(2026, 12, 1));
        QCOMPARE(lastEdit(edits).toString(), u"2026-12-01"_s);
        editor->findChild<QToolButton *>()->click();
        QVERIFY(!lastEdit(edits).isSet());
    }

    void countryEditorFindsByNameOrCode()
    {
        auto editor = make<scs::CountryEditor>(FieldId::CaseCountries);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->setValue(FieldValue(QStringList {u"US"_s}));
        auto *search = editor->findChild<QLineEdit *>();
        QVERIFY(search);
        QVERIFY(!search->completer()); // the countries come with the first use
        QFocusEvent focus(QEvent::FocusIn);
        QCoreApplication::sendEvent(search, &focus);
        QCompleter *completer = search->completer();
        QVERIFY(completer);
        QVERIFY(completer->model()->rowCount() > 200);

        // Any part of the name finds it; picking it adds the country.
        completer->setCompletionPrefix(u"apa"_s);
        QCOMPARE(completer->currentCompletion(), u"Japan (JP)"_s);
        Q_EMIT completer->activated(u"Japan (JP)"_s);
        QTRY_COMPARE(lastEdit(edits).toStringList(), (QStringList {u"US"_s, u"JP"_s}));
        QVERIFY(search->text().isEmpty());
        // A code typed by hand, in lower case, then Return.
        search->setText(u"ca"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(lastEdit(edits).toStringList(), (QStringList {u"US"_s, u"CA"_s}));
        // A whole name.
        search->setText(u"germany"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(lastEdit(edits).toStringList(), (QStringList {u"US"_s, u"DE"_s}));
        // No country: nothing added, the text stays (selected) to correct.
        const qsizetype before = edits.count();
        search->setText(u"Atlantis"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(edits.count(), before);
        QCOMPARE(search->text(), u"Atlantis"_s);
        QCOMPARE(search->selectedText(), u"Atlantis"_s);
        // A country already chosen is not added twice.
        search->setText(u"us"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(edits.count(), before);
    }

    void countryNamesFollowTheLanguage()
    {
        QVERIFY2(scs::countries::hasTranslatedNames(u"ja"_s),
                 "iso-codes is not installed (scripts/setup-deps installs it; the package depends on it)");
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        auto editor = make<scs::CountryEditor>(FieldId::CaseCountries);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        editor->setValue(FieldValue(QStringList {u"US"_s}));
        auto *list = editor->findChild<QListWidget *>();
        QCOMPARE(list->item(0)->text(), u"米国 (US)"_s);
        // Found by its Japanese name, and by its English one.
        QCOMPARE(scs::countries::codeFor(u"日本"_s), u"JP"_s);
        QCOMPARE(scs::countries::codeFor(u"japan"_s), u"JP"_s);
        auto *search = editor->findChild<QLineEdit *>();
        QFocusEvent focus(QEvent::FocusIn);
        QCoreApplication::sendEvent(search, &focus);
        search->completer()->setCompletionPrefix(u"日本"_s);
        QCOMPARE(search->completer()->currentCompletion(), u"日本 (JP)"_s);

        // Switching to English renames the chosen countries and the list.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(editor.get(), &change);
        QCOMPARE(list->item(0)->text(), u"United States (US)"_s);
        QCoreApplication::sendEvent(search, &focus);
        search->completer()->setCompletionPrefix(u"Japa"_s);
        QCOMPARE(search->completer()->currentCompletion(), u"Japan (JP)"_s);
        QLocale::setDefault(saved);
    }

    void countryPickedFromTheList()
    {
        auto editor = make<scs::CountryEditor>(FieldId::CaseCountries);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        auto *search = editor->findChild<QLineEdit *>();
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        // Type part of the name, go down to the suggestion, press Return.
        QTest::keyClicks(search, u"apan"_s);
        QTRY_VERIFY(search->completer()->popup()->isVisible());
        QTest::keyClick(search->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(search->completer()->popup(), Qt::Key_Return);
        QTRY_COMPARE(edits.count(), 1);
        QCOMPARE(lastEdit(edits).toStringList(), QStringList {u"JP"_s});
        QTRY_VERIFY(search->text().isEmpty());
        scs::test::processEventsUntilIdle();
        QCOMPARE(edits.count(), 1); // once, not once per signal

        // And with the mouse.
        QTest::keyClicks(search, u"canad"_s);
        QAbstractItemView *popup = search->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        const QModelIndex first = popup->model()->index(0, 0);
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(first).center());
        QTRY_COMPARE(edits.count(), 2);
        QCOMPARE(lastEdit(edits).toStringList(), QStringList {u"CA"_s});
        QTRY_VERIFY(search->text().isEmpty());
    }

    void countryEditorListsAllCountries()
    {
        auto editor = make<scs::CountryEditor>(FieldId::CaseCountries);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        auto *search = editor->findChild<QLineEdit *>();
        // Down in the empty box, or the arrow button, opens the whole list.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(search->completer()->popup()->isVisible());
        QCOMPARE(search->completer()->completionCount(), int(scs::countries::all().size()));
        search->completer()->popup()->hide();
        auto *browse = editor->findChild<QToolButton *>(editor->objectName() + u"BrowseButton"_s);
        QVERIFY(browse);
        browse->click();
        QTRY_VERIFY(search->completer()->popup()->isVisible());
    }

    void examplesEditor()
    {
        auto editor = make<scs::ExamplesEditor>(FieldId::ContentExamples);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        const scs::ExampleList list {{u"A"_s, u"First"_s}, {u"B"_s, u"Second \u2019"_s}};
        editor->setValue(FieldValue(list));
        QCOMPARE(edits.count(), 0);
        QAbstractItemModel *model = editor->table()->model();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->index(1, 2).data().toString().startsWith(u"UCS-2"_s));

        editor->setCurrentExample(1);
        editor->findChild<QToolButton *>(u"moveExampleUpButton"_s)->click();
        QCOMPARE(lastEdit(edits).toExamples(), (scs::ExampleList {list.at(1), list.at(0)}));
        // The edit comes back from the document; until then the table shows the value it was given.
        QCOMPARE(model->index(0, 1).data().toString(), u"First"_s);
        editor->setValue(lastEdit(edits));
        QCOMPARE(model->index(0, 1).data().toString(), list.at(1).text);
        QCOMPARE(editor->currentExample(), 0); // the moved example stays selected

        QVERIFY(model->setData(model->index(0, 1), u"Changed"_s));
        QCOMPARE(lastEdit(edits).toExamples().at(0).text, u"Changed"_s);

        editor->findChild<QToolButton *>(u"addExampleButton"_s)->click();
        QCOMPARE(lastEdit(edits).toExamples().size(), 3);
    }

    void exampleMessageHasTheFullSmsPreview()
    {
        auto editor = make<scs::ExamplesEditor>(FieldId::ContentExamples);
        QSignalSpy edits(editor.get(), &scs::FieldEditor::edited);
        QSignalSpy replacements(editor.get(), &scs::FieldEditor::replaced);
        editor->setValue(FieldValue(scs::ExampleList {{u"A"_s, u"First"_s}, {u"B"_s, u"It\u2019s here"_s}}));
        QVERIFY(!editor->messageEdit()->isEnabled());

        editor->setCurrentExample(1);
        QCOMPARE(editor->messageEdit()->toPlainText(), u"It\u2019s here"_s);
        QVERIFY(editor->preview()->summaryText().startsWith(u"UCS-2"_s));
        QCOMPARE(edits.count(), 0);

        editor->messageEdit()->setFocus();
        editor->messageEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->messageEdit(), u"!"_s);
        QCOMPARE(lastEdit(edits).toExamples().at(1).text, u"It\u2019s here!"_s);
        editor->setValue(lastEdit(edits)); // as the document answers
        QCOMPARE(editor->table()->model()->index(1, 1).data().toString(), u"It\u2019s here!"_s);
        QCOMPARE(editor->messageEdit()->toPlainText(), u"It\u2019s here!"_s);

        auto *replace = editor->preview()->findChild<QPushButton *>(u"replaceNonGsmButton"_s);
        QVERIFY(replace && !replace->isHidden());
        replace->click();
        QCOMPARE(replacements.count(), 1);
        QCOMPARE(replacements.last().first().value<FieldValue>().toExamples().at(1).text, u"It's here!"_s);
    }
};

QTEST_MAIN(TestFieldEditors)
#include "tst_fieldeditors.moc"

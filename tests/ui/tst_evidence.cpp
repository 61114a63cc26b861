// Issue 15 in the window: the mockups page (add, reorder, undo, remove,
// paste, drop, refusals, thumbnails made only when shown) and the conversation
// view (its bubbles against the fields, live updates, a click goes to the
// field, light and dark palettes, the interface language).
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "conversation/ConversationBubble.h"
#include "conversation/ConversationPanel.h"
#include "fields/AttachmentListModel.h"
#include "fields/AttachmentViewer.h"
#include "fields/AttachmentsEditor.h"
#include "report/Conversation.h"

#include <QCheckBox>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using scs::FieldId;

namespace {

QStringList names(const scs::AttachmentList &attachments)
{
    QStringList result;
    for (const scs::Attachment &attachment : attachments)
        result << attachment.name;
    return result;
}

// WCAG's relative luminance contrast: 4.5 is enough for body text.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xaa, 0xaa, 0xaa));
    return p;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const QString &name : {u"signup-web.png"_s, u"signup-app.png"_s}) {
            QImage image(120, 200, QImage::Format_RGB32);
            image.fill(name.contains(u"web"_s) ? Qt::darkGreen : Qt::darkBlue);
            QVERIFY(image.save(m_dir.filePath(name)));
        }
        QFile big(m_dir.filePath(u"huge.png"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(2 * 1024 * 1024, 'x'));
        big.close();
        QFile gif(m_dir.filePath(u"banner.gif"_s));
        QVERIFY(gif.open(QIODevice::WriteOnly));
        gif.write(QByteArray("GIF89a") + QByteArray(64, '\0'));
        gif.close();
        QFile pdf(m_dir.filePath(u"terms.pdf"_s));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(QByteArray("%PDF-1.4\n") + QByteArray(2 * 1024 * 1024, ' '));
        pdf.close();
        // A photo-like screenshot (noise does not compress) of about 1.4 MiB.
        QImage noisy(700, 500, QImage::Format_RGB32);
        QRandomGenerator random(15);
        for (int y = 0; y < noisy.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noisy.scanLine(y));
            for (int x = 0; x < noisy.width(); ++x)
                line[x] = 0xff000000u | (random.generate() & 0xffffffu);
        }
        QVERIFY(noisy.save(m_dir.filePath(u"photo.png"_s)));
        QVERIFY(QFileInfo(m_dir.filePath(u"photo.png"_s)).size() > 1024 * 1024);
        QImage wide(3000, 1500, QImage::Format_RGB32);
        wide.fill(Qt::darkCyan);
        QVERIFY(wide.save(m_dir.filePath(u"wide.png"_s)));
    }
    void init()
    {
        scs::test::failOnWarnings();
        QVERIFY(m.open());
    }
    void cleanup() { m.close(); }

    void mockupsAddReorderUndoRemove()
    {
        QVERIFY(m.focus(FieldId::EvidenceOptinMockups));
        auto *editor = mockups();
        const QStringList before = names(attachments());
        scs::Dialogs::setNextFileNames(
                {m_dir.filePath(u"signup-web.png"_s), m_dir.filePath(u"signup-app.png"_s)});
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(names(attachments()), (before + QStringList {u"signup-web.png"_s, u"signup-app.png"_s}));
        QVERIFY(editor->message().isEmpty());
        QCOMPARE(attachments().constLast().mediaType, u"image/png"_s);
        // Thumbnails are decoded once the rows are painted.
        QTRY_VERIFY(editor->findChild<scs::AttachmentListModel *>()->decodedCount() >= 2);

        // The last one is selected after adding: Ctrl+Up moves it up.
        editor->view()->setFocus();
        QTest::keyClick(editor->view(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(names(attachments()).mid(before.size()),
                 (QStringList {u"signup-app.png"_s, u"signup-web.png"_s}));
        QVERIFY(editor->moveUpButton()->isEnabled() == (before.size() > 0));
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(names(attachments()).mid(before.size()),
                 (QStringList {u"signup-web.png"_s, u"signup-app.png"_s}));

        editor->view()->setFocus();
        // (Not selectRow(): it reads the modifiers of the last key, Ctrl.)
        editor->view()->selectionModel()->setCurrentIndex(
                editor->view()->model()->index(int(before.size()), 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(editor->removeButton()->isEnabled());
        QTRY_COMPARE(QApplication::focusWidget(), editor->view());
        QTest::keyClick(editor->view(), Qt::Key_Delete);
        QCOMPARE(names(attachments()), (before + QStringList {u"signup-app.png"_s}));
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(names(attachments()), (before + QStringList {u"signup-web.png"_s, u"signup-app.png"_s}));
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(names(attachments()), before);
    }

    void mockupPastedFromTheClipboard()
    {
        QVERIFY(m.focus(FieldId::EvidenceOptinMockups));
        auto *editor = mockups();
        const qsizetype count = attachments().size();
        QImage image(64, 100, QImage::Format_RGB32);
        image.fill(Qt::red);
        QGuiApplication::clipboard()->setImage(image);
        editor->view()->setFocus();
        QTest::keyClick(editor->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(attachments().size(), count + 1);
        const scs::Attachment pasted = attachments().constLast();
        QVERIFY(pasted.name.startsWith(u"pasted-"_s));
        QCOMPARE(pasted.mediaType, u"image/png"_s);
        QCOMPARE(QImage::fromData(pasted.data).size(), QSize(64, 100));
        QGuiApplication::clipboard()->clear();
    }

    // Files dragged from a file manager onto the page are added; the
    // window's own drop (open a project) does not take them.
    void mockupDroppedOnThePage()
    {
        QVERIFY(m.focus(FieldId::EvidenceOptinMockups));
        auto *editor = mockups();
        const QStringList before = names(attachments());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"signup-web.png"_s))});
        const QPointF at(editor->width() / 2.0, 10);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(names(attachments()), (before + QStringList {u"signup-web.png"_s}));
        QCOMPARE(m.document()->filePath(), QString()); // still the example, not a file opened
    }

    void refusesWhatCarriersRefuse()
    {
        QVERIFY(m.focus(FieldId::EvidenceOptinMockups));
        auto *editor = mockups();
        const QStringList before = names(attachments());
        scs::Dialogs::setNextFileNames({m_dir.filePath(u"huge.png"_s), m_dir.filePath(u"banner.gif"_s)});
        scs::Dialogs::setNextAnswer(QMessageBox::No); // not scaled down
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(names(attachments()), before);
        const QStringList lines = editor->message().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(u"huge.png"_s)
                         && lines[0].contains(QLocale().formattedDataSize(1024 * 1024)),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(u"banner.gif"_s) && lines[1].contains(u"not a PNG"_s),
                 qPrintable(lines[1]));
        QVERIFY(editor->findChild<QLabel *>(u"attachmentMessageLabel"_s)->isVisible());
    }

    // Replace… puts another file in the place of the selected one, keeping
    // its description, as one undoable step; refused as Add… refuses.
    void mockupReplaced()
    {
        QVERIFY(m.focus(FieldId::EvidenceOptinMockups));
        auto *editor = mockups();
        const QStringList before = names(attachments());
        scs::Dialogs::setNextFileNames(
                {m_dir.filePath(u"signup-web.png"_s), m_dir.filePath(u"signup-app.png"_s)});
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        const int row = int(before.size());
        // The user describes the first of the two (F2 on its description).
        QTableView *view = editor->view();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(
                view->model()->index(row, scs::AttachmentListModel::DescriptionColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_F2);
        QTRY_VERIFY(QApplication::focusWidget() != view);
        QTest::keyClicks(QApplication::focusWidget(), u"Sign-up form on the web"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(attachments().at(row).description, u"Sign-up form on the web"_s);
        QVERIFY(editor->replaceButton()->isEnabled());

        scs::Dialogs::setNextFileNames({m_dir.filePath(u"banner.gif"_s)});
        QTest::mouseClick(editor->replaceButton(), Qt::LeftButton);
        QVERIFY2(editor->message().contains(u"banner.gif"_s), qPrintable(editor->message()));
        QCOMPARE(attachments().at(row).name, u"signup-web.png"_s);

        const QByteArray old = attachments().at(row).data;
        QImage red(90, 160, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(m_dir.filePath(u"signup-web-v2.jpg"_s)));
        scs::Dialogs::setNextFileNames({m_dir.filePath(u"signup-web-v2.jpg"_s)});
        QTest::mouseClick(editor->replaceButton(), Qt::LeftButton);
        QVERIFY(editor->message().isEmpty());
        QCOMPARE(names(attachments()), (before + QStringList {u"signup-web-v2.jpg"_s, u"signup-app.png"_s}));
        const scs::Attachment replaced = attachments().at(row);
        QCOMPARE(replaced.description, u"Sign-up form on the web"_s);
        QCOMPARE(replaced.mediaType, u"image/jpeg"_s);
        QCOMPARE(QImage::fromData(replaced.data).size(), QSize(90, 160));
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(attachments().at(row).name, u"signup-web.png"_s);
        QCOMPARE(attachments().at(row).data, old);
        QCOMPARE(attachments().at(row).description, u"Sign-up form on the web"_s);
    }

    // A PNG over 1 MiB is offered scaled down: No refuses it as before,
    // Yes adds it under the limit with its aspect ratio; a PDF over the
    // limit is refused without asking.
    void largePictureOfferedScaledDown()
    {
        QVERIFY(m.focus(FieldId::EvidenceOptinMockups));
        auto *editor = mockups();
        const QStringList before = names(attachments());
        scs::Dialogs::setNextFileNames({m_dir.filePath(u"photo.png"_s)});
        scs::Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QVERIFY2(scs::Dialogs::lastMessage().contains(u"photo.png"_s),
                 qPrintable(scs::Dialogs::lastMessage()));
        QCOMPARE(names(attachments()), before);
        QVERIFY2(editor->message().contains(u"Save it smaller"_s), qPrintable(editor->message()));

        scs::Dialogs::setNextFileNames({m_dir.filePath(u"photo.png"_s)});
        scs::Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(names(attachments()), (before + QStringList {u"photo.png"_s}));
        const scs::Attachment added = attachments().constLast();
        QVERIFY(added.data.size() <= 1024 * 1024);
        QCOMPARE(added.mediaType, u"image/png"_s);
        const QSize size = QImage::fromData(added.data).size();
        QVERIFY(size.width() < 700);
        QVERIFY2(qAbs(size.width() * 500.0 / size.height() - 700) < 3,
                 qPrintable(QString::number(size.width())));
        QVERIFY(editor->message().isEmpty());

        scs::Dialogs::setNextAnswer(QMessageBox::NoButton);
        const QString asked = scs::Dialogs::lastMessage();
        scs::Dialogs::setNextFileNames({m_dir.filePath(u"terms.pdf"_s)});
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(scs::Dialogs::lastMessage(), asked); // not asked
        QCOMPARE(names(attachments()), (before + QStringList {u"photo.png"_s}));
        QVERIFY2(editor->message().contains(u"terms.pdf"_s), qPrintable(editor->message()));
    }

    // Return on a row opens the file large, fitted to the window; Fit to
    // Window off shows it at full size; a double-click on the name too.
    void mockupViewedLarge()
    {
        QVERIFY(m.focus(FieldId::EvidenceOptinMockups));
        auto *editor = mockups();
        scs::Dialogs::setNextFileNames({m_dir.filePath(u"wide.png"_s)});
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QTableView *view = editor->view();
        view->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Return);
        scs::AttachmentViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = editor->findChild<scs::AttachmentViewer *>()) && viewer->isVisible());
        QCOMPARE(viewer->image().size(), QSize(3000, 1500));
        QTRY_VERIFY(viewer->pictureLabel()->pixmap().width() < 3000);
        // Fitted: as wide or as high as the window's picture area.
        const QSize room = viewer->pictureLabel()->parentWidget()->size();
        QTRY_VERIFY2(viewer->pictureLabel()->pixmap().width() >= room.width() - 4
                             || viewer->pictureLabel()->pixmap().height() >= room.height() - 4,
                     qPrintable(u"%1x%2 in %3x%4"_s.arg(viewer->pictureLabel()->pixmap().width())
                                        .arg(viewer->pictureLabel()->pixmap().height())
                                        .arg(room.width())
                                        .arg(room.height())));
        const QSize fitted = viewer->pictureLabel()->pixmap().size();
        QVERIFY(qAbs(fitted.width() - 2 * fitted.height()) <= 2);
        QTest::mouseClick(viewer->fitCheckBox(), Qt::LeftButton);
        QCOMPARE(viewer->pictureLabel()->pixmap().size(), QSize(3000, 1500));
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(!editor->findChild<scs::AttachmentViewer *>());

        const int row = view->model()->rowCount() - 1;
        view->scrollTo(view->model()->index(row, 0));
        const QRect name = view->visualRect(view->model()->index(row, scs::AttachmentListModel::NameColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, name.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, name.center());
        QTRY_VERIFY(editor->findChild<scs::AttachmentViewer *>());
        editor->findChild<scs::AttachmentViewer *>()->close();
    }

    void conversationBubblesFollowTheFields()
    {
        auto *panel = m.window->findChild<scs::ConversationPanel *>();
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());
        QAction *toggle = m.action(u"conversationAction"_s);
        QVERIFY(toggle);
        QVERIFY(!toggle->shortcut().isEmpty());
        QTest::keySequence(m.window.get(), toggle->shortcut());
        QTRY_VERIFY(panel->isVisible());

        const QList<scs::ConversationMessage> thread = scs::Conversation::build(m.request());
        const QList<scs::ConversationBubble *> bubbles = panel->bubbles();
        QCOMPARE(bubbles.size(), thread.size());
        QTRY_VERIFY(bubbles[indexOf(panel, scs::ConversationMessage::Step::StopKeyword)]->geometry().left()
                    > 0);
        for (qsizetype i = 0; i < thread.size(); ++i) {
            QCOMPARE(bubbles[i]->message().step, thread[i].step);
            QCOMPARE(bubbles[i]->message().field, thread[i].field);
            QCOMPARE(bubbles[i]->message().item, thread[i].item);
            QCOMPARE(bubbles[i]->textLabel()->text(),
                     thread[i].isMissing() ? scs::Conversation::missingText(thread[i]) : thread[i].text);
            // The subscriber's on the right, the short code's on the left.
            const QRect box = bubbles[i]->geometry();
            const int middle = bubbles[i]->parentWidget()->width() / 2;
            if (bubbles[i]->fromSubscriber())
                QVERIFY(box.right() > middle && box.left() > 0);
            else
                QVERIFY(box.left() < middle && box.right() < bubbles[i]->parentWidget()->width() - 1);
        }
        // Each bubble says how it is sent.
        const qsizetype help = indexOf(panel, scs::ConversationMessage::Step::HelpResponse);
        QVERIFY(help > 0);
        QCOMPARE(bubbles[help]->detailsLabel()->text(), scs::Conversation::details(thread[help]));
        QVERIFY(bubbles[help]->detailsLabel()->text().contains(u"segment"_s));

        // Typing in the field updates its bubble.
        QVERIFY(m.focus(FieldId::ContentHelpResponse));
        m.press(Qt::Key_End, Qt::ControlModifier);
        m.type(u" Zz"_s);
        QTRY_VERIFY(panel->bubbles()[help]->textLabel()->text().endsWith(u" Zz"_s));
        QCOMPARE(panel->bubbles()[help]->detailsLabel()->text(),
                 scs::Conversation::details(scs::Conversation::build(m.request())[help]));

        // A click on a bubble goes to its field.
        const qsizetype optIn = indexOf(panel, scs::ConversationMessage::Step::OptInRequest);
        panel->scrollArea()->ensureWidgetVisible(panel->bubbles()[optIn]);
        QTest::mouseClick(panel->bubbles()[optIn], Qt::LeftButton, {}, QPoint(10, 10));
        QWidget *target = m.editorOf<QPlainTextEdit>(FieldId::SignupOptinRequest);
        QTRY_COMPARE(QApplication::focusWidget(), target);

        // The menu entry hides it again.
        QTest::keySequence(m.window.get(), toggle->shortcut());
        QTRY_VERIFY(!panel->isVisible());
    }

    void conversationInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }
    void conversationInLightAndDark()
    {
        QFETCH(bool, dark);
        // A dark desktop theme reaches the window as its palette.
        if (dark)
            m.window->setPalette(darkPalette());
        m.action(u"conversationAction"_s)->trigger();
        auto *panel = m.window->findChild<scs::ConversationPanel *>();
        QTRY_VERIFY(panel->isVisible());
        const QColor base = panel->scrollArea()->widget()->palette().color(QPalette::Base);
        QCOMPARE(base.lightness() < 128, dark);
        bool sawSubscriber = false, sawProgram = false;
        for (scs::ConversationBubble *bubble : panel->bubbles()) {
            const QImage shot = bubble->grab().toImage();
            // The bubble is painted in its colour, and its text is readable on it.
            QCOMPARE(shot.pixelColor(shot.width() / 2, 3).rgb(), bubble->background().rgb());
            QCOMPARE(bubble->textLabel()->palette().color(QPalette::WindowText), bubble->foreground());
            if (bubble->message().isMissing())
                continue;
            QVERIFY2(contrast(bubble->foreground(), bubble->background()) >= 4.5,
                     qPrintable(bubble->captionLabel()->text()));
            (bubble->fromSubscriber() ? sawSubscriber : sawProgram) = true;
            QCOMPARE(bubble->background().lightness() < 128, dark);
        }
        QVERIFY(sawSubscriber && sawProgram);
    }

    void conversationInJapanese()
    {
        m.action(u"conversationAction"_s)->trigger();
        auto *panel = m.window->findChild<scs::ConversationPanel *>();
        QTRY_VERIFY(panel->isVisible());
        const QString english = panel->bubbles().constFirst()->captionLabel()->text();
        m.languages->setLanguage(u"ja"_s);
        QTRY_VERIFY(panel->bubbles().constFirst()->captionLabel()->text() != english);
        const QString japanese = panel->bubbles().constFirst()->captionLabel()->text();
        QVERIFY2(std::any_of(japanese.begin(), japanese.end(), [](QChar c) { return c.unicode() >= 0x3000; }),
                 qPrintable(japanese));
    }

private:
    scs::AttachmentsEditor *mockups() const
    {
        return qobject_cast<scs::AttachmentsEditor *>(
                m.window->requestEditor()
                        ->page(scs::Catalog::field(FieldId::EvidenceOptinMockups).section)
                        ->row(FieldId::EvidenceOptinMockups)
                        ->editor());
    }
    scs::AttachmentList attachments() const
    {
        return m.request().value(FieldId::EvidenceOptinMockups).toAttachments();
    }
    static qsizetype indexOf(scs::ConversationPanel *panel, scs::ConversationMessage::Step step)
    {
        const QList<scs::ConversationBubble *> bubbles = panel->bubbles();
        for (qsizetype i = 0; i < bubbles.size(); ++i) {
            if (bubbles[i]->message().step == step)
                return i;
        }
        return -1;
    }

    scs::test::WindowFixture m;
    QTemporaryDir m_dir;
};

SCS_TEST_CLASS(TestEvidence)
#include "tst_evidence.moc"

// Issue 15 in the window: the mockups page (add, reorder, undo, remove,
// paste, drop, refusals, thumbnails made only when shown) and the conversation
// view (its bubbles against the fields, live updates, a click goes to the
// field, light and dark palettes, the interface language).
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "conversation/ConversationBubble.h"
#include "conversation/ConversationPanel.h"
#include "fields/AttachmentListModel.h"
#include "fields/AttachmentsEditor.h"
#include "report/Conversation.h"

#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
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
    }
    void init() { QVERIFY(m.open()); }
    void cleanup() { m.close(); }

    void mockupsAddReorderUndoRemove()
    {
        QVERIFY(m.focus(FieldId::EvidenceOptinMockups));
        auto *editor = mockups();
        const QStringList before = names(attachments());
        editor->setNextFileNames({m_dir.filePath(u"signup-web.png"_s), m_dir.filePath(u"signup-app.png"_s)});
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
        editor->setNextFileNames({m_dir.filePath(u"huge.png"_s), m_dir.filePath(u"banner.gif"_s)});
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

// The editor by keyboard alone: tab order, a mnemonic on every field label
// (unique on its page, in both languages), section keys, visible focus.
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "panels/FindingsPanel.h"
#include "panels/SectionNavigator.h"
#include "widgets/Mnemonics.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>

using namespace Qt::StringLiterals;
using scs::FieldId;
using scs::SectionId;

namespace {

// The field row a widget belongs to, or null.
scs::FieldRow *rowOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *row = qobject_cast<scs::FieldRow *>(w))
            return row;
    }
    return nullptr;
}

} // namespace

class TestKeyboard : public QObject
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
        QSettings().clear();
        QVERIFY(m.open());
    }
    void cleanup() { m.close(); }

    void tabFollowsTheForm_data()
    {
        QTest::addColumn<SectionId>("section");
        QTest::addRow("case") << SectionId::Case;
        QTest::addRow("company") << SectionId::Company;
        QTest::addRow("content") << SectionId::Content;
        QTest::addRow("console") << SectionId::Console;
    }
    void tabFollowsTheForm()
    {
        QFETCH(SectionId, section);
        m.window->showSection(section);
        scs::SectionPage *page = m.window->requestEditor()->page(section);
        QList<FieldId> expected;
        for (const scs::FieldDef &field : scs::Catalog::fieldsOf(section)) {
            if (page->row(field.id)->isVisible())
                expected << field.id;
        }
        QLineEdit *title = m.window->requestEditor()->titleEdit();
        title->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), title);
        QList<FieldId> visited;
        for (int presses = 0; presses < 300; ++presses) {
            m.press(Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            if (!page->isAncestorOf(focused))
                break;
            scs::FieldRow *row = rowOf(focused);
            QVERIFY(row);
            if (visited.isEmpty() || visited.last() != row->field())
                visited << row->field();
        }
        QCOMPARE(visited, expected);
        // After the page: the findings panel.
        QVERIFY2(m.window->findingsPanel()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));
    }

    void everyLabelHasAMnemonicOfItsOwn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << u"en"_s;
        QTest::addRow("ja") << u"ja"_s;
    }
    void everyLabelHasAMnemonicOfItsOwn()
    {
        QFETCH(QString, language);
        m.languages->setLanguage(language);
        QTRY_VERIFY(m.window->menuBar()->actions().first()->text() != u"&File"_s || language == u"en");
        // What the window takes already: the menus, the title, the findings
        // panel's check box, the read-only bar's Save As.
        QString window;
        for (QAction *menu : m.window->menuBar()->actions())
            window += mnemonicOf(menu->text());
        for (QLabel *label : m.window->requestEditor()->findChildren<QLabel *>()) {
            if (label->buddy() == m.window->requestEditor()->titleEdit())
                window += scs::mnemonicOf(label->text());
        }
        window += scs::mnemonicOf(m.window->findChild<QCheckBox *>(u"showRulesCheckBox"_s)->text());
        window += scs::mnemonicOf(m.window->findChild<QPushButton *>(u"readOnlySaveAsButton"_s)->text());
        QCOMPARE(window.size(), 8);

        for (const scs::SectionDef &section : scs::Catalog::sections()) {
            m.window->showSection(section.id);
            scs::SectionPage *page = m.window->requestEditor()->page(section.id);
            QString taken = window;
            for (const scs::FieldDef &field : scs::Catalog::fieldsOf(section.id)) {
                scs::FieldRow *row = page->row(field.id);
                const QChar key = scs::mnemonicOf(row->label()->text());
                const QString where =
                        u"%1 %2: %3"_s.arg(language, QString::fromLatin1(field.key), row->label()->text());
                QVERIFY2(!key.isNull(), qPrintable(where));
                QVERIFY2(!taken.contains(key), qPrintable(where));
                taken += key;
                if (!row->isVisible())
                    continue;
                // Alt+key puts the cursor in the field.
                m.window->requestEditor()->titleEdit()->setFocus();
                QTRY_COMPARE(QApplication::focusWidget(), m.window->requestEditor()->titleEdit());
                m.press(Qt::Key(key.unicode()), Qt::AltModifier);
                QVERIFY2(row->editor()->isAncestorOf(QApplication::focusWidget())
                                 || QApplication::focusWidget() == row->editor(),
                         qPrintable(where));
            }
        }
        m.languages->setLanguage(u"en"_s);
    }

    void sectionKeys()
    {
        scs::SectionNavigator *navigator = m.window->sectionNavigator();
        QCOMPARE(navigator->currentSection(), SectionId::Case);
        QVERIFY(m.focus(FieldId::CaseSiteUrl));
        m.press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(navigator->currentSection(), SectionId::Requests);
        QCOMPARE(m.window->requestEditor()->currentSection(), SectionId::Requests);
        m.press(Qt::Key_PageDown, Qt::ControlModifier);
        m.press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(navigator->currentSection(), SectionId::Requests);
        m.press(Qt::Key_PageUp, Qt::ControlModifier);
        m.press(Qt::Key_PageUp, Qt::ControlModifier); // the first stays the first
        QCOMPARE(navigator->currentSection(), SectionId::Case);

        navigator->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), navigator);
        m.press(Qt::Key_Down, Qt::AltModifier);
        m.press(Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(m.window->requestEditor()->currentSection(), SectionId::Spend);
        m.press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(m.window->requestEditor()->currentSection(), SectionId::Requests);
        QCOMPARE(QApplication::focusWidget(), navigator);
    }

    // The current section is marked differently when the navigator has the
    // keyboard focus: the user sees where the arrows will go.
    void navigatorShowsFocus()
    {
        scs::SectionNavigator *navigator = m.window->sectionNavigator();
        const QRect current = navigator->visualRect(navigator->currentIndex());
        QVERIFY(m.focus(FieldId::CaseSiteUrl));
        const QImage without = navigator->viewport()->grab(current).toImage();
        navigator->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), navigator);
        const QImage with = navigator->viewport()->grab(current).toImage();
        QVERIFY(with != without);
    }

private:
    static QChar mnemonicOf(const QString &text) { return scs::mnemonicOf(text); }
    scs::test::WindowFixture m;
};

SCS_TEST_CLASS(TestKeyboard)
#include "tst_keyboard.moc"

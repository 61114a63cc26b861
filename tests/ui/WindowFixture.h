#pragma once

// The real main window with the bundled example, shown and active, as the
// GUI tests drive it: keys go to the focused widget, shortcuts to the window.
#include "Dialogs.h"
#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "editor/FieldRow.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "fields/FieldEditor.h"
#include "i18n/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace scs::test {

struct WindowFixture
{
    std::unique_ptr<LanguageManager> languages = std::make_unique<LanguageManager>();
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        languages->setLanguage(QStringLiteral("en")); // English plural forms, as the program loads them
        window = std::make_unique<MainWindow>(languages.get());
        scs::Dialogs::setInteractive(false);
        window->openExample();
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    void close()
    {
        if (window)
            window->document()->undoStack()->setClean(); // no "save changes?"
        window.reset();
    }

    ProjectDocument *document() const { return window->document(); }
    const Request &request() const { return window->document()->request(0); }

    QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }

    // The editor widget of a field (a QLineEdit, QPlainTextEdit, ...).
    template<typename Widget> Widget *editorOf(FieldId field) const
    {
        SectionPage *page = window->requestEditor()->page(Catalog::field(field).section);
        return page->row(field)->editor()->findChild<Widget *>();
    }

    // Goes to the field as a click on a finding does, and waits for the focus.
    bool focus(FieldId field) const
    {
        window->requestEditor()->focusField(field);
        QWidget *target = window->requestEditor()->page(Catalog::field(field).section)->row(field)->editor();
        return QTest::qWaitFor([&] {
            QWidget *focused = QApplication::focusWidget();
            return focused && (focused == target || target->isAncestorOf(focused));
        });
    }

    // A key as the user presses it: to the focused widget, through the
    // window's shortcuts.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
};

} // namespace scs::test

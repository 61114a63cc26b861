#include "UndoShortcuts.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace scs {

namespace {

bool isUndoOrRedo(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
        return true;
    const QKeyCombination combination = event->keyCombination();
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers() & ~Qt::KeypadModifier;
    return (combination.key() == Qt::Key_Z
            && (modifiers == Qt::ControlModifier || modifiers == (Qt::ControlModifier | Qt::ShiftModifier)))
            || (combination.key() == Qt::Key_Y && modifiers == Qt::ControlModifier);
}

class UndoKeyFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            if (isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
                // ShortcutOverride not accepted: the window's shortcut takes
                // the key. A key press that still arrives (the action is
                // disabled: nothing to undo) does nothing.
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

UndoKeyFilter *filter()
{
    static UndoKeyFilter *instance = new UndoKeyFilter(QCoreApplication::instance());
    return instance;
}

bool isTextWidget(QWidget *widget)
{
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
}

} // namespace

void leaveUndoToWindow(QWidget *widget)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->setUndoRedoEnabled(false);
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        rich->setUndoRedoEnabled(false);
    widget->installEventFilter(filter());
}

void leaveUndoToWindowIn(QWidget *parent)
{
    if (isTextWidget(parent))
        leaveUndoToWindow(parent);
    const QList<QWidget *> children = parent->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (isTextWidget(child))
            leaveUndoToWindow(child);
    }
}

} // namespace scs

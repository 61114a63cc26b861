#pragma once

#include <QAction>
#include <QKeySequence>
#include <QObject>

class QWidget;

namespace scs {

// The base of the objects that hold the work behind a window's menus
// (FileActions, RequestActions, RecoveryActions, FindActions,
// ExportActions): children of the window, so a test finds their actions by
// name on it, and retranslated when the window's language changes.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    explicit WindowActions(QWidget *window);

protected:
    // Sets the texts of the actions; called on each LanguageChange of the
    // window (and by the derived constructor, once its actions exist).
    virtual void retranslate() = 0;
    bool eventFilter(QObject *watched, QEvent *event) override;

    // An action named `name` (for tests and the window's state) that calls
    // `slot` on `receiver`.
    template<typename Receiver, typename Slot>
    QAction *makeAction(const QString &name, const QKeySequence &shortcut, Receiver *receiver, Slot slot)
    {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, receiver, slot);
        return action;
    }

    QWidget *const m_window;
};

} // namespace scs

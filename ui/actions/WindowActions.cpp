#include "WindowActions.h"

#include <QEvent>
#include <QWidget>

namespace scs {

WindowActions::WindowActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    // The window gets LanguageChange; so do we, through it.
    m_window->installEventFilter(this);
}

bool WindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace scs

#include "FindBar.h"

#include "UndoShortcuts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace scs {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findBar"_s);
    m_edit->setObjectName(u"findLineEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 30);
    m_edit->installEventFilter(this);
    m_label->setBuddy(m_edit);
    m_previous->setObjectName(u"findPreviousButton"_s);
    m_next->setObjectName(u"findNextButton"_s);
    m_close->setObjectName(u"findCloseButton"_s);
    m_status->setObjectName(u"findStatusLabel"_s);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(u"×"_s);
    for (QToolButton *button : {m_previous, m_next, m_close})
        button->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_close);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    // Escape closes the bar wherever the focus is in the window (F3 puts it
    // in a field), while the bar is shown; a dialog or popup is a window of
    // its own and keeps its Escape.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        hide();
        Q_EMIT closed();
    });
    retranslate();
    setStatus(-1, -1);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setStatus(int current, int total)
{
    m_current = current;
    m_total = total;
    if (total < 0)
        m_status->clear();
    else if (total == 0)
        m_status->setText(tr("Not found"));
    else if (current <= 0)
        m_status->setText(tr("%n match(es)", nullptr, total));
    else
        //: Which match of how many the editor shows, e.g. "3 of 12".
        m_status->setText(tr("%1 of %2").arg(QLocale().toString(current), QLocale().toString(total)));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() & Qt::ShiftModifier) {
            Q_EMIT findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setStatus(m_current, m_total);
    }
    QWidget::changeEvent(event);
}

void FindBar::retranslate()
{
    m_label->setText(tr("Find:"));
    m_edit->setPlaceholderText(tr("Text in any field of any request"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setToolTip(tr("Close (Esc)"));
}

} // namespace scs

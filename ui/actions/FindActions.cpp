#include "FindActions.h"

#include "document/ProjectDocument.h"
#include "document/ProjectSearch.h"
#include "widgets/FindBar.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace scs {

FindActions::FindActions(ProjectDocument *document, FindBar *bar, QWidget *window)
    : WindowActions(window)
    , m_document(document)
    , m_bar(bar)
    , m_find(new QAction(this))
    , m_next(new QAction(this))
    , m_previous(new QAction(this))
{
    m_find->setObjectName(u"findAction"_s);
    m_find->setShortcut(QKeySequence::Find);
    m_next->setObjectName(u"findNextAction"_s);
    m_next->setShortcut(QKeySequence(Qt::Key_F3));
    m_previous->setObjectName(u"findPreviousAction"_s);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_find, &QAction::triggered, m_bar, &FindBar::activate);
    connect(m_next, &QAction::triggered, this, &FindActions::findNext);
    connect(m_previous, &QAction::triggered, this, &FindActions::findPrevious);
    connect(m_bar, &FindBar::findNext, this, &FindActions::findNext);
    connect(m_bar, &FindBar::findPrevious, this, &FindActions::findPrevious);
    connect(m_bar, &FindBar::textChanged, this, [this] {
        m_lastMatch.reset();
        m_bar->setStatus(-1, -1);
    });
    retranslate();
}

FindActions::~FindActions() = default;

void FindActions::addTo(QMenu *menu)
{
    menu->addAction(m_find);
    menu->addAction(m_next);
    menu->addAction(m_previous);
}

void FindActions::step(bool backwards)
{
    if (m_bar->text().isEmpty()) {
        m_bar->activate();
        return;
    }
    const QList<SearchMatch> matches = ProjectSearch::find(m_document->project(), m_bar->text());
    const std::optional<SearchMatch> from = m_lastMatch ? std::optional(*m_lastMatch) : std::nullopt;
    const std::optional<SearchMatch> match = ProjectSearch::next(matches, from, backwards);
    m_bar->show();
    if (!match) {
        m_bar->setStatus(0, 0);
        return;
    }
    m_lastMatch = std::make_unique<SearchMatch>(*match);
    m_bar->setStatus(int(matches.indexOf(*match)) + 1, int(matches.size()));
    Q_EMIT matchFound(*match);
}

void FindActions::retranslate()
{
    m_find->setText(tr("&Find…"));
    m_next->setText(tr("Find &Next"));
    m_previous->setText(tr("Find Pre&vious"));
}

} // namespace scs

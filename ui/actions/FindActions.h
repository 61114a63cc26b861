#pragma once

#include "document/ProjectSearch.h"

#include "actions/WindowActions.h"

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace scs {

class FindBar;
class ProjectDocument;

// Edit > Find, Find Next and Find Previous over the whole project, with
// the find bar: each step finds the next (or previous) match after the
// one shown last; the window goes to it.
class FindActions : public WindowActions
{
    Q_OBJECT

public:
    FindActions(ProjectDocument *document, FindBar *bar, QWidget *window);
    ~FindActions() override;

    void addTo(QMenu *menu);

public Q_SLOTS:
    void findNext() { step(false); }
    void findPrevious() { step(true); }

Q_SIGNALS:
    void matchFound(const scs::SearchMatch &match);

private:
    void step(bool backwards);
    void retranslate() override;

    ProjectDocument *m_document;
    FindBar *m_bar;
    std::unique_ptr<SearchMatch> m_lastMatch; // the match shown last
    QAction *m_find = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};

} // namespace scs

#pragma once

#include "actions/WindowActions.h"

class QAction;
class QMenu;
class QWidget;

namespace scs {

class ProjectDocument;

// The Request menu: New, Duplicate, Delete (asked first) and Split By
// Country (warned first) on the request selected in the window, through
// RequestOperations. The window adds the actions to its menu, tells which
// request is selected and selects the ones these make.
class RequestActions : public WindowActions
{
    Q_OBJECT

public:
    RequestActions(ProjectDocument *document, QWidget *window);

    void addTo(QMenu *menu);

public Q_SLOTS:
    void setCurrentRequest(int index);
    void newRequest();
    void duplicateRequest();
    void deleteRequest();
    void splitByCountry();

Q_SIGNALS:
    // Select this request; `created` when it is a new empty one, to be named.
    void requestSelected(int index, bool created);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void retranslate() override;
    void updateEnabled();

    ProjectDocument *m_document;
    int m_current = -1;
    QAction *m_new = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_split = nullptr;
};

} // namespace scs

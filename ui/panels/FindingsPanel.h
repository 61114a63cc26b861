#pragma once

#include "rules/Finding.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QToolButton;
class QTreeView;

namespace scs {

class FindingsFilterModel;
class FindingsModel;
class ProjectDocument;

// The findings of the current request, or of every request of the project
// (the scope box): severity, request, field, message; filters per
// severity; the rule id and its source on demand (remembered). A view on a
// FindingsModel through a FindingsFilterModel, so rows change in place and
// the current row stays while the user works down the list. Activating a
// finding asks the window to put the cursor in its field.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    void setRequestIndex(int index);
    QTreeView *view() const { return m_view; }
    // Rows currently shown (after filtering).
    int visibleCount() const;
    // The whole project instead of the current request.
    void setProjectWide(bool projectWide);
    bool isProjectWide() const;
    FindingsModel *requestModel() const { return m_requestModel; }
    FindingsModel *projectModel() const { return m_projectModel; }
    FindingsFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void findingActivated(int request, scs::FieldId field, int item);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateCounts();
    void updateColumns();
    void fitColumns();
    void activate(const QModelIndex &index);

    ProjectDocument *m_document;
    FindingsModel *m_requestModel;
    FindingsModel *m_projectModel;
    FindingsFilterModel *m_filter;
    QTreeView *m_view;
    QTimer m_relayout;
    QComboBox *m_scope;
    QToolButton *m_errors;
    QToolButton *m_warnings;
    QToolButton *m_infos;
    QCheckBox *m_showRules;
};

} // namespace scs

#pragma once

#include "rules/Finding.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace scs {

class ProjectDocument;

// The findings of the current request: severity, field, message; filters
// per severity; the rule id and its source on demand. Activating a finding
// asks the editor to put the cursor in its field.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    void setRequestIndex(int index);
    QTreeWidget *tree() const { return m_tree; }
    // Rows currently shown (after filtering).
    int visibleCount() const;

Q_SIGNALS:
    void findingActivated(scs::FieldId field, int item);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void updateCounts();
    void applyFilter();

    ProjectDocument *m_document;
    int m_requestIndex = -1;
    QTreeWidget *m_tree;
    QTimer m_relayout;
    QToolButton *m_errors;
    QToolButton *m_warnings;
    QToolButton *m_infos;
    QCheckBox *m_showRules;
    QList<Finding> m_findings;
};

} // namespace scs

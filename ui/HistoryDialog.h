#pragma once

#include "storage/Revision.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace scs {

class ProjectBackend;
struct Change;

// File > Revision History: every save of the project, in its file or its
// workspace (when, who, what changed, fields by their labels). One revision selected shows its
// changes, and can be restored (as an edit, undoable, saved as a new
// revision) or exported as JSON; two show what changed between them.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(const ProjectBackend *backend, QWidget *parent = nullptr);

    QTreeWidget *revisionList() const { return m_list; }
    QString detailsText() const;
    // Restoring is offered only where the project can be changed.
    void setRestoreEnabled(bool enabled);
    // The selected revision, or 0 when not exactly one is selected.
    int selectedRevision() const;

    // One change as the editor says it: the request, the field's label,
    // old and new value.
    static QString describe(const Change &change);

Q_SIGNALS:
    void restoreRequested(int revision);
    void exportRequested(int revision);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showSelection();
    void retranslate();

    const ProjectBackend *m_backend;
    QList<Revision> m_revisions; // as listed
    QTreeWidget *m_list;
    QLabel *m_hint;
    QPlainTextEdit *m_details;
    QPushButton *m_restore;
    QPushButton *m_export;
    bool m_restoreEnabled = true;
};

} // namespace scs

#pragma once

#include "storage/ProjectBackend.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace scs {

class ConflictModel;

// The conflict view of a team workspace: the fields that both you and
// someone else changed, theirs beside mine, one row each; per row, the
// Mine check box says which is kept (Space toggles it), and Keep All Mine /
// Keep All Theirs set every row. Accepting emits settled() with the
// choices; cancelling changes nothing (your edits stay, unsaved).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        Save, // your save met theirs: accepting saves the settled project
        TakeIn, // taking in their save met your unsaved edits
    };

    ConflictDialog(const QList<ProjectBackend::Conflict> &conflicts, const QString &projectName,
                   Purpose purpose, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ConflictModel *model() const { return m_model; }

Q_SIGNALS:
    void settled(const QList<bool> &takeMine);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ConflictModel *m_model;
    QString m_projectName;
    Purpose m_purpose;
    QLabel *m_intro;
    QTableView *m_view;
    QPushButton *m_allMine;
    QPushButton *m_allTheirs;
    QPushButton *m_accept;
    QPushButton *m_cancel;
};

} // namespace scs

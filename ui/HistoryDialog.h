#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace scs {

class ProjectFile;

// File > Revision History: every save of the project file (when, who, what
// changed). One revision selected shows its changes; two show what changed
// between them.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(const ProjectFile *file, QWidget *parent = nullptr);

    QTreeWidget *revisionList() const { return m_list; }
    QString detailsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showSelection();
    void retranslate();

    const ProjectFile *m_file;
    QTreeWidget *m_list;
    QLabel *m_hint;
    QPlainTextEdit *m_details;
};

} // namespace scs

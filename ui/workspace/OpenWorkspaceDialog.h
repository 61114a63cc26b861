#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace scs {

class WorkspaceProjectsModel;

// File > Open Workspace…: the workspace's address (a libpq connection
// string or postgresql:// URI; the recent ones offered, never with a
// password), its projects listed with their requests, last save and who has
// them open, and Open. Enter connects while the address is new, and opens
// the selected project once the list is shown.
class OpenWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenWorkspaceDialog(QWidget *parent = nullptr);

    QComboBox *addressBox() const { return m_address; }
    QTableView *projectView() const { return m_view; }
    QString message() const;

public Q_SLOTS:
    // Lists the projects of the workspace in the address box.
    bool connectToWorkspace();

Q_SIGNALS:
    void openRequested(const QString &url, const QString &projectName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openSelected();
    void updateButtons();
    void retranslate();

    QComboBox *m_address;
    QLabel *m_addressLabel;
    QLabel *m_passwordHint;
    QLabel *m_message;
    QTableView *m_view;
    WorkspaceProjectsModel *m_model;
    QPushButton *m_connect;
    QPushButton *m_open;
    QPushButton *m_cancel;
    QString m_error; // why the last connection failed
    QString m_listed; // the address whose projects are shown
    int m_projectCount = -1; // -1: none listed
    bool m_opened = false;
};

} // namespace scs

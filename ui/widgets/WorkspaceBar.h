#pragma once

#include "NoticeBar.h"

class QLabel;
class QPushButton;

namespace scs {

// Above the editor when someone else saved the open workspace project:
// who, which revision, and Take In Changes (your unsaved edits are kept) or
// Dismiss. Shown until one of them is pressed or the project is closed.
class WorkspaceBar : public NoticeBar
{
    Q_OBJECT

public:
    explicit WorkspaceBar(QWidget *parent = nullptr);

    void showSave(int revision, const QString &userName);
    QString message() const;

Q_SIGNALS:
    void takeInRequested();

private:
    void retranslate() override;

    QLabel *m_label;
    QPushButton *m_takeIn;
    QPushButton *m_dismiss;
    int m_revision = 0;
    QString m_userName;
};

} // namespace scs

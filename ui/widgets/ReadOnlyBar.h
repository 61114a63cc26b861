#pragma once

#include "NoticeBar.h"

class QLabel;
class QPushButton;

namespace scs {

// Above the editor while the project is read-only: why (another user has it
// open, the file cannot be written, ...), and Save As to make a copy that
// can be edited.
class ReadOnlyBar : public NoticeBar
{
    Q_OBJECT

public:
    explicit ReadOnlyBar(QWidget *parent = nullptr);

    void setMessage(const QString &message);

Q_SIGNALS:
    void saveAsRequested();

private:
    void retranslate() override;

    QLabel *m_label;
    QLabel *m_hint;
    QPushButton *m_saveAs;
};

} // namespace scs

#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace scs {

// The line under every sms field: encoding, characters, units, segments and
// units left, the characters that force UCS-2, and one click to replace the
// ones that have a usual GSM-7 equivalent.
class SmsPreview : public QWidget
{
    Q_OBJECT

public:
    explicit SmsPreview(QPlainTextEdit *edit, QWidget *parent = nullptr);

    void update(const QString &text);
    QString summaryText() const;

Q_SIGNALS:
    // The text with every replaceable character replaced.
    void replaceRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
    QLabel *m_summary;
    QLabel *m_nonGsm;
    QPushButton *m_replace;
    QString m_text;
};

} // namespace scs

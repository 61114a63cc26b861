#pragma once

#include <QPlainTextEdit>

namespace scs {

// A plain-text editor that refuses a paste or drop that would take its text
// beyond a limit (core/model/Limits.h), and says so, instead of taking in
// megabytes that no field may hold.
class LimitedTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LimitedTextEdit(QWidget *parent = nullptr);

    void setMaximumLength(qsizetype length) { m_maximumLength = length; }
    qsizetype maximumLength() const { return m_maximumLength; }

Q_SIGNALS:
    // A paste was refused: the text would have had `resulting` characters,
    // more than `limit`.
    void pasteRefused(qsizetype resulting, qsizetype limit);

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    qsizetype m_maximumLength = 0; // 0: no limit
};

} // namespace scs

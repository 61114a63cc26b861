#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace scs {

// The bar of Edit > Find (Ctrl+F): the text to look for in every field of
// every request, previous and next (Shift+F3, F3; Shift+Return, Return),
// which match of how many is shown, Escape to close.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // Shows the bar with the focus in its box, the text selected.
    void activate();
    // "3 of 12"; `current` 0 with matches means none visited yet.
    void setStatus(int current, int total);

Q_SIGNALS:
    void findNext();
    void findPrevious();
    void textChanged(const QString &text);
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QToolButton *m_close;
    int m_current = -1;
    int m_total = -1;
};

} // namespace scs

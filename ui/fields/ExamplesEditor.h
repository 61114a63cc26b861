#pragma once

#include "FieldEditor.h"

class QTableWidget;
class QToolButton;

namespace scs {

class LimitedTextEdit;
class SmsHighlighter;
class SmsPreview;

// content.examples: a table of label + message text with the message's
// encoding and segments, buttons to add, remove and reorder, and under it
// the selected example's message with the full SMS preview and highlighting.
class ExamplesEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ExamplesEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;
    QTableWidget *table() const { return m_table; }
    LimitedTextEdit *messageEdit() const { return m_message; }
    SmsPreview *preview() const { return m_preview; }
    void setOptInKeyword(const QString &keyword) override;

private:
    ExampleList examples() const;
    void updateSmsColumn(int row);
    void updateButtons();
    void move(int delta);
    void showMessage(int row);
    void messageEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    LimitedTextEdit *m_message;
    SmsPreview *m_preview;
    SmsHighlighter *m_highlighter;
    QString m_messageText; // what the message editor shows
    bool m_updating = false;
};

} // namespace scs

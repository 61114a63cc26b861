#pragma once

#include "FieldEditor.h"

class QTableView;
class QToolButton;

namespace scs {

class ExamplesModel;
class LimitedTextEdit;
class SmsHighlighter;
class SmsPreview;

// content.examples: a table (a view on an ExamplesModel) of label, message
// text, and the message's encoding and segments; buttons to add, remove
// and reorder; and under it the selected example's message with the full
// SMS preview and highlighting.
class ExamplesEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ExamplesEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void selectText(int item, bool inLabel, int start, int length) override;
    void retranslate() override;
    void setReadOnly(bool readOnly) override;
    QTableView *table() const { return m_table; }
    ExamplesModel *model() const { return m_model; }
    LimitedTextEdit *messageEdit() const { return m_message; }
    SmsPreview *preview() const { return m_preview; }
    // The example shown in the message editor, -1 for none.
    int currentExample() const;
    void setCurrentExample(int row);
    void setOptInKeyword(const QString &keyword) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void move(int delta);
    void showMessage();
    void messageEdited();
    void fitRows();

    ExamplesModel *m_model;
    QTableView *m_table;
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

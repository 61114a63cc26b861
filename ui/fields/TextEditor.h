#pragma once

#include "FieldEditor.h"
#include "LimitedTextEdit.h"

namespace scs {

class LimitedTextEdit;
class SmsHighlighter;
class SmsPreview;

// Multi-line text: multiline fields, and sms fields with their preview
// (encoding, counts, segments, GSM-7 replacements).
class TextEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit TextEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    LimitedTextEdit *textEdit() const { return m_edit; }
    SmsPreview *preview() const { return m_preview; }
    SmsHighlighter *highlighter() const { return m_highlighter; }
    // Highlights the request's own opt-in keyword in the message.
    void setOptInKeyword(const QString &keyword) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    LimitedTextEdit *m_edit;
    SmsPreview *m_preview = nullptr;
    SmsHighlighter *m_highlighter = nullptr;
    QString m_text; // the text last shown or reported
    bool m_updating = false;
};

} // namespace scs

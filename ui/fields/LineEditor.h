#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace scs {

// Single-line text: text, url, email and phone fields.
class LineEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit LineEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

} // namespace scs

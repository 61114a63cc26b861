#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace scs {

// An amount in USD with two decimal places, kept as decimal text (never a
// binary float): "25" is stored as "25.00".
class MoneyEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit MoneyEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;

    // "25" -> "25.00", "25.5" -> "25.50", "" -> ""; invalid text -> null string.
    static QString normalize(const QString &text);

private:
    QLineEdit *m_edit;
};

} // namespace scs

#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace scs {

// One value of a list: a combo box whose first entry means "not chosen".
class ChoiceEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ChoiceEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;
    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo;
    bool m_translated = false;
};

} // namespace scs

#pragma once

#include "FieldEditor.h"

class QSpinBox;

namespace scs {

// A whole number within the catalog's range. The value below the range
// stands for "empty" and shows as such.
class IntegerEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit IntegerEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;
    QSpinBox *spinBox() const { return m_spin; }

private:
    QSpinBox *m_spin;
    bool m_updating = false;
};

} // namespace scs

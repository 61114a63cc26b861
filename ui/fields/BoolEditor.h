#pragma once

#include "FieldEditor.h"

class QButtonGroup;
class QRadioButton;

namespace scs {

// A yes/no question where "not answered yet" stays visible and distinct
// from "no" (request-format.md: an unanswered question is incomplete).
class BoolEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit BoolEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;

private:
    QRadioButton *m_yes;
    QRadioButton *m_no;
    QRadioButton *m_unanswered;
};

} // namespace scs

#pragma once

#include "FieldEditor.h"

class QDateEdit;

namespace scs {

// An ISO 8601 date with a calendar; the earliest date stands for "not set".
class DateEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit DateEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;
    QDateEdit *dateEdit() const { return m_edit; }

private:
    QDateEdit *m_edit;
    bool m_updating = false;
};

} // namespace scs

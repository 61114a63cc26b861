#pragma once

#include "FieldEditor.h"

#include <QList>

class QCheckBox;

namespace scs {

// Several values of a list: one check box per value.
class ChoicesEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ChoicesEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;

private:
    QStringList checkedValues() const;

    QList<QCheckBox *> m_boxes;
};

} // namespace scs

#pragma once

#include "FieldEditor.h"

class QTableWidget;
class QToolButton;

namespace scs {

// content.examples: a table of label + message text with the message's
// encoding and segments, and buttons to add, remove and reorder.
class ExamplesEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ExamplesEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;
    QTableWidget *table() const { return m_table; }

private:
    ExampleList examples() const;
    void updateSmsColumn(int row);
    void updateButtons();
    void move(int delta);

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_updating = false;
};

} // namespace scs

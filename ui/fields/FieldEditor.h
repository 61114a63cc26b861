#pragma once

#include "catalog/Catalog.h"
#include "model/FieldValue.h"

#include <QWidget>

namespace scs {

// The editing widget of one field. One-way binding: setValue() shows the
// model's value and never emits; edited() is emitted for user edits only
// and the page turns it into an undo command.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(const FieldDef &field, QWidget *parent = nullptr);

    FieldId field() const { return m_field->id; }
    const FieldDef &definition() const { return *m_field; }

    // Shows the model's value; keeps the cursor where it is when the text is
    // already the same (the value came back from the user's own edit).
    virtual void setValue(const FieldValue &value) = 0;
    // Puts the keyboard focus (and the cursor) in the editor; `item` selects
    // an entry of a list editor (an example), -1 for none.
    virtual void focusEditor(int item = -1) = 0;
    // Find: puts the cursor in the editor with [start, start + length) of
    // its text selected (of an example's label or text for a list editor).
    virtual void selectText(int item, bool inLabel, int start, int length);
    // Re-reads translated texts (labels of choices, placeholders).
    virtual void retranslate() { }
    // Message editors highlight the request's own opt-in keyword.
    virtual void setOptInKeyword(const QString &) { }
    // Shows the value without taking edits: text stays selectable and
    // copyable, buttons and choices are disabled.
    virtual void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The editor for a field of any kind.
    static FieldEditor *create(const FieldDef &field, QWidget *parent);

Q_SIGNALS:
    void edited(const scs::FieldValue &value);
    // A one-click change (GSM-7 replacement): its own undo step, never
    // merged with typing before or after it.
    void replaced(const scs::FieldValue &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    const FieldDef *m_field;
    bool m_readOnly = false;
};

} // namespace scs

#include "ChoicesEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

ChoicesEditor::ChoicesEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const ChoiceDef &choice : field.choices) {
        auto *box = new QCheckBox(this);
        const QString value = QString::fromLatin1(choice.value);
        box->setObjectName(objectName() + u'_' + value + u"CheckBox"_s);
        box->setProperty("choiceValue", value);
        layout->addWidget(box);
        m_boxes << box;
        // clicked, not toggled: only the user's own clicks make an edit.
        connect(box, &QCheckBox::clicked, this, [this] { Q_EMIT edited(FieldValue(checkedValues())); });
    }
    layout->addStretch();
    if (!m_boxes.isEmpty())
        setFocusProxy(m_boxes.first());
    retranslate();
}

QStringList ChoicesEditor::checkedValues() const
{
    QStringList values;
    for (QCheckBox *box : m_boxes) {
        if (box->isChecked())
            values << box->property("choiceValue").toString();
    }
    return values;
}

void ChoicesEditor::setValue(const FieldValue &value)
{
    const QStringList values = value.toStringList();
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(values.contains(box->property("choiceValue").toString()));
}

void ChoicesEditor::focusEditor(int)
{
    if (!m_boxes.isEmpty())
        m_boxes.first()->setFocus(Qt::OtherFocusReason);
}

void ChoicesEditor::retranslate()
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setText(Catalog::choiceLabel(field(), box->property("choiceValue").toString()));
}

} // namespace scs

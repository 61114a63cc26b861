#include "ChoiceEditor.h"

#include <QComboBox>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

ChoiceEditor::ChoiceEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(objectName() + u"ComboBox"_s);
    // Sized to its choices when first shown (the default); asking for
    // AdjustToContents here would build the popup list at start-up.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch();
    setFocusProxy(m_combo);

    m_combo->addItem(QString(), QString());
    for (const ChoiceDef &choice : field.choices)
        m_combo->addItem(QString(), QString::fromLatin1(choice.value));
    retranslate();

    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { Q_EMIT edited(FieldValue(m_combo->itemData(index).toString())); });
}

void ChoiceEditor::setValue(const FieldValue &value)
{
    const int index = m_combo->findData(value.toString());
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ChoiceEditor::focusEditor(int)
{
    m_combo->setFocus(Qt::OtherFocusReason);
}

void ChoiceEditor::retranslate()
{
    m_combo->setItemText(0, tr("(not chosen)"));
    for (int i = 1; i < m_combo->count(); ++i)
        m_combo->setItemText(i, Catalog::choiceLabel(field(), m_combo->itemData(i).toString()));
    // In another language the choices have other widths: from now on the
    // box follows them.
    if (m_translated)
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_translated = true;
}

} // namespace scs

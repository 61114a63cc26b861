#include "IntegerEditor.h"

#include <QHBoxLayout>
#include <QScopedValueRollback>
#include <QSpinBox>

#include <limits>

using namespace Qt::StringLiterals;

namespace scs {

IntegerEditor::IntegerEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_spin(new QSpinBox(this))
{
    m_spin->setObjectName(objectName() + u"SpinBox"_s);
    const int maximum = field.maximum > 0
            ? int(std::min<qint64>(field.maximum, std::numeric_limits<int>::max()))
            : std::numeric_limits<int>::max();
    // One below the minimum is the "empty" value, shown as special text.
    m_spin->setRange(int(field.minimum) - 1, maximum);
    m_spin->setGroupSeparatorShown(true);
    m_spin->setMinimumWidth(140);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addStretch();
    setFocusProxy(m_spin);
    m_spin->setValue(m_spin->minimum());
    retranslate();

    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_updating)
            return;
        Q_EMIT edited(value == m_spin->minimum() ? FieldValue() : FieldValue(qint64(value)));
    });
}

void IntegerEditor::setValue(const FieldValue &value)
{
    const QScopedValueRollback guard(m_updating, true);
    const std::optional<qint64> number = value.toInteger();
    m_spin->setValue(number ? int(std::clamp<qint64>(*number, m_spin->minimum(), m_spin->maximum()))
                            : m_spin->minimum());
}

void IntegerEditor::focusEditor(int)
{
    m_spin->setFocus(Qt::OtherFocusReason);
    m_spin->selectAll();
}

void IntegerEditor::retranslate()
{
    m_spin->setSpecialValueText(tr("(empty)"));
}

} // namespace scs

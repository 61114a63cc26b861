#include "BoolEditor.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace scs {

BoolEditor::BoolEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_yes(new QRadioButton(this))
    , m_no(new QRadioButton(this))
    , m_unanswered(new QRadioButton(this))
{
    m_yes->setObjectName(objectName() + u"_yesRadioButton"_s);
    m_no->setObjectName(objectName() + u"_noRadioButton"_s);
    m_unanswered->setObjectName(objectName() + u"_unansweredRadioButton"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_yes);
    group->addButton(m_no);
    group->addButton(m_unanswered);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_yes);
    layout->addWidget(m_no);
    layout->addWidget(m_unanswered);
    layout->addStretch();
    setFocusProxy(m_yes);
    m_unanswered->setChecked(true);
    retranslate();

    connect(m_yes, &QRadioButton::clicked, this, [this] { Q_EMIT edited(FieldValue(true)); });
    connect(m_no, &QRadioButton::clicked, this, [this] { Q_EMIT edited(FieldValue(false)); });
    connect(m_unanswered, &QRadioButton::clicked, this, [this] { Q_EMIT edited(FieldValue()); });
}

void BoolEditor::setValue(const FieldValue &value)
{
    const std::optional<bool> answer = value.toBool();
    (answer ? (*answer ? m_yes : m_no) : m_unanswered)->setChecked(true);
}

void BoolEditor::focusEditor(int)
{
    QRadioButton *checked = m_yes->isChecked() ? m_yes : m_no->isChecked() ? m_no : m_unanswered;
    checked->setFocus(Qt::OtherFocusReason);
}

void BoolEditor::retranslate()
{
    m_yes->setText(tr("Yes"));
    m_no->setText(tr("No"));
    m_unanswered->setText(tr("Not answered"));
}

} // namespace scs

#include "MoneyEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace scs {

MoneyEditor::MoneyEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(objectName() + u"LineEdit"_s);
    static const QRegularExpression amount(u"[0-9]{0,9}(\\.[0-9]{0,2})?"_s);
    m_edit->setValidator(new QRegularExpressionValidator(amount, m_edit));
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMaximumWidth(160);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *currency = new QLabel(u"USD"_s, this);
    layout->addWidget(m_edit);
    layout->addWidget(currency);
    layout->addStretch();
    setFocusProxy(m_edit);
    retranslate();

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString value = normalize(text);
        if (!value.isNull())
            Q_EMIT edited(FieldValue(value));
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        const QString value = normalize(m_edit->text());
        if (!value.isNull() && value != m_edit->text())
            m_edit->setText(value);
    });
}

QString MoneyEditor::normalize(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return u""_s;
    const qsizetype dot = trimmed.indexOf(u'.');
    QString whole = dot < 0 ? trimmed : trimmed.left(dot);
    QString cents = dot < 0 ? QString() : trimmed.mid(dot + 1);
    if (cents.size() > 2)
        return {};
    for (QChar c : whole + cents) {
        if (!c.isDigit() || c.unicode() > 127)
            return {};
    }
    if (whole.isEmpty())
        whole = u"0"_s;
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    return whole + u'.' + cents.leftJustified(2, u'0');
}

void MoneyEditor::setValue(const FieldValue &value)
{
    const QString &text = value.stringRef();
    if (normalize(m_edit->text()) != text)
        m_edit->setText(text);
}

void MoneyEditor::focusEditor(int)
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

void MoneyEditor::retranslate()
{
    const QString fallback = Catalog::defaultValue(field());
    m_edit->setPlaceholderText(fallback.isEmpty() ? u"0.00"_s : fallback);
}

} // namespace scs

#include "DateEditor.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QScopedValueRollback>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
const QDate NotSet(2000, 1, 1);
}

DateEditor::DateEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QDateEdit(this))
{
    m_edit->setObjectName(objectName() + u"DateEdit"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(NotSet);
    m_edit->setMaximumDate(QDate(2100, 12, 31));
    m_edit->setDate(NotSet);
    m_edit->setMinimumWidth(160);
    auto *clear = new QToolButton(this);
    clear->setObjectName(objectName() + u"ClearButton"_s);
    clear->setText(u"×"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(clear);
    layout->addStretch();
    setFocusProxy(m_edit);
    retranslate();

    connect(m_edit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_updating)
            return;
        Q_EMIT edited(date == NotSet ? FieldValue() : FieldValue(date.toString(Qt::ISODate)));
    });
    connect(clear, &QToolButton::clicked, this, [this] { m_edit->setDate(NotSet); });
}

void DateEditor::setValue(const FieldValue &value)
{
    const QScopedValueRollback guard(m_updating, true);
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    m_edit->setDate(date.isValid() ? date : NotSet);
}

void DateEditor::focusEditor(int)
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void DateEditor::retranslate()
{
    m_edit->setSpecialValueText(tr("Not set"));
    // Dates in the locale's own order, always with a four-digit year.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    m_edit->setDisplayFormat(format);
    if (auto *clear = findChild<QToolButton *>())
        clear->setToolTip(tr("Clear the date"));
}

} // namespace scs

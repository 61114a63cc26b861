#include "LineEditor.h"

#include "model/Limits.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace scs {

LineEditor::LineEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(objectName() + u"LineEdit"_s);
    m_edit->setClearButtonEnabled(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    if (field.kind == FieldKind::Phone) {
        // What people type for a phone number; anything else is refused at
        // the keyboard, and the rules judge the digits.
        static const QRegularExpression phone(u"[0-9+()\\-. ]{0,32}"_s);
        m_edit->setValidator(new QRegularExpressionValidator(phone, m_edit));
        m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    } else if (field.kind == FieldKind::Url) {
        m_edit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    } else if (field.kind == FieldKind::Email) {
        m_edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    }
    // The same limit the file formats enforce: a value loaded from a file
    // is never cut short by the widget.
    m_edit->setMaxLength(int(limits::maxLength(field.kind)));

    connect(m_edit, &QLineEdit::textEdited, this,
            [this](const QString &text) { Q_EMIT edited(FieldValue(text)); });
    // request-format.md: text fields are trimmed on input. Trimming per
    // keystroke would swallow the space between two words, so it happens
    // when the user leaves the field.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        const QString trimmed = m_edit->text().trimmed();
        if (trimmed != m_edit->text()) {
            m_edit->setText(trimmed);
            Q_EMIT edited(FieldValue(trimmed));
        }
    });
    retranslate();
}

void LineEditor::setValue(const FieldValue &value)
{
    const QString &text = value.stringRef();
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void LineEditor::focusEditor(int)
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

void LineEditor::retranslate()
{
    switch (definition().kind) {
    case FieldKind::Url:
        m_edit->setPlaceholderText(u"https://"_s);
        break;
    case FieldKind::Email:
        m_edit->setPlaceholderText(tr("name@company.com"));
        break;
    case FieldKind::Phone:
        m_edit->setPlaceholderText(tr("+1 206 555 0100"));
        break;
    default:
        break;
    }
}

} // namespace scs

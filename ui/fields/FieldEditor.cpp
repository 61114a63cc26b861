#include "FieldEditor.h"

#include "AttachmentsEditor.h"
#include "BoolEditor.h"
#include "ChoiceEditor.h"
#include "ChoicesEditor.h"
#include "CountryEditor.h"
#include "DateEditor.h"
#include "ExamplesEditor.h"
#include "IntegerEditor.h"
#include "KeywordsEditor.h"
#include "LineEditor.h"
#include "MoneyEditor.h"
#include "TextEditor.h"

#include <QEvent>

namespace scs {

FieldEditor::FieldEditor(const FieldDef &field, QWidget *parent)
    : QWidget(parent)
    , m_field(&field)
{
    setObjectName(QString::fromLatin1(field.key));
}

void FieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

FieldEditor *FieldEditor::create(const FieldDef &field, QWidget *parent)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Url:
    case FieldKind::Email:
    case FieldKind::Phone:
        return new LineEditor(field, parent);
    case FieldKind::Multiline:
    case FieldKind::Sms:
        return new TextEditor(field, parent);
    case FieldKind::Country:
        return new CountryEditor(field, parent);
    case FieldKind::Choice:
        return new ChoiceEditor(field, parent);
    case FieldKind::Choices:
        return new ChoicesEditor(field, parent);
    case FieldKind::Bool:
        return new BoolEditor(field, parent);
    case FieldKind::Integer:
        return new IntegerEditor(field, parent);
    case FieldKind::Money:
        return new MoneyEditor(field, parent);
    case FieldKind::Date:
        return new DateEditor(field, parent);
    case FieldKind::Examples:
        return new ExamplesEditor(field, parent);
    case FieldKind::Keywords:
        return new KeywordsEditor(field, parent);
    case FieldKind::Attachments:
        return new AttachmentsEditor(field, parent);
    }
    return new LineEditor(field, parent);
}

} // namespace scs

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

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace scs {

FieldEditor::FieldEditor(const FieldDef &field, QWidget *parent)
    : QWidget(parent)
    , m_field(&field)
{
    setObjectName(QString::fromLatin1(field.key));
    // The label's mnemonic focuses its buddy, this widget, only when it
    // takes focus: it hands it on to its focus proxy (the input widget), and
    // a widget with a proxy is no stop of its own on the Tab chain.
    setFocusPolicy(Qt::StrongFocus);
}

void FieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FieldEditor::selectText(int item, bool, int start, int length)
{
    focusEditor(item);
    // The editors with one line or block of text select it.
    QWidget *input = focusProxy();
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        line->setSelection(start, length);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        QTextCursor cursor = text->textCursor();
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        text->ensureCursorVisible();
    }
}

void FieldEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (auto *line = qobject_cast<QLineEdit *>(child)) {
            line->setReadOnly(readOnly);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(child)) {
            text->setReadOnly(readOnly);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(child)) {
            spin->setReadOnly(readOnly);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(child)) {
            // The view's own triggers, kept while it is read-only.
            const char *key = "scsEditTriggers";
            if (readOnly) {
                if (!view->property(key).isValid())
                    view->setProperty(key, int(view->editTriggers()));
                view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            } else if (view->property(key).isValid()) {
                view->setEditTriggers(QAbstractItemView::EditTriggers(view->property(key).toInt()));
            }
        } else if (qobject_cast<QAbstractButton *>(child) || qobject_cast<QComboBox *>(child)) {
            child->setEnabled(!readOnly);
        }
    }
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

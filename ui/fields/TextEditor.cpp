#include "TextEditor.h"

#include "DocumentText.h"
#include "LimitedTextEdit.h"
#include "SmsPreview.h"
#include "highlight/SmsHighlighter.h"
#include "model/Limits.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

TextEditor::TextEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new LimitedTextEdit(this))
{
    m_edit->setObjectName(objectName() + u"TextEdit"_s);
    m_edit->setMaximumLength(limits::maxLength(field.kind));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    const int lines = field.id == FieldId::NotesDescription ? 8 : 4;
    const QMargins margins = m_edit->contentsMargins();
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines
                           + int(m_edit->document()->documentMargin() * 2) + margins.top() + margins.bottom()
                           + m_edit->frameWidth() * 2);

    if (field.kind == FieldKind::Sms) {
        m_preview = new SmsPreview(m_edit, this);
        m_highlighter = new SmsHighlighter(m_edit->document());
        layout->addWidget(m_preview);
        connect(m_preview, &SmsPreview::replaceRequested, this,
                [this](const QString &text) { Q_EMIT replaced(FieldValue(text)); });
    }

    // textChanged also fires when the highlighter only changes formats: an
    // edit is reported when the text itself changed.
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = documentText(m_edit->document());
        if (text == m_text)
            return;
        m_text = text;
        if (m_preview)
            m_preview->update(text);
        if (!m_updating)
            Q_EMIT edited(FieldValue(text));
    });
}

void TextEditor::setValue(const FieldValue &value)
{
    const QString &text = value.stringRef();
    if (m_text == text)
        return;
    const QScopedValueRollback guard(m_updating, true);
    m_edit->setPlainText(text);
}

void TextEditor::setOptInKeyword(const QString &keyword)
{
    if (m_highlighter)
        m_highlighter->setOptInKeyword(keyword);
}

void TextEditor::changeEvent(QEvent *event)
{
    // Light or dark: the highlighting theme follows the palette.
    if (m_highlighter && event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    FieldEditor::changeEvent(event);
}

void TextEditor::focusEditor(int)
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->moveCursor(QTextCursor::End);
}

} // namespace scs

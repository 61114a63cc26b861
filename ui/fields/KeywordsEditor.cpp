#include "KeywordsEditor.h"

#include "model/Limits.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scs {

KeywordsEditor::KeywordsEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(objectName() + u"LineEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(int(limits::TextLength));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    // Every keystroke stores the words typed so far; the text itself is
    // left as typed until the user leaves the line, so the cursor never jumps.
    connect(m_edit, &QLineEdit::textEdited, this,
            [this](const QString &text) { Q_EMIT edited(FieldValue(parse(text))); });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        const QString shown = format(parse(m_edit->text()));
        if (shown != m_edit->text())
            m_edit->setText(shown);
    });
    retranslate();
}

QStringList KeywordsEditor::parse(const QString &text)
{
    // Commas and spaces of both widths (、，　 typed with a Japanese input method).
    static const QRegularExpression separators(u"[\\s,\u3001\uFF0C]+"_s);
    QStringList keywords;
    const QString normalized = text.normalized(QString::NormalizationForm_KC);
    for (const QString &word : normalized.split(separators, Qt::SkipEmptyParts)) {
        const QString keyword = word.toUpper();
        if (!keywords.contains(keyword))
            keywords.append(keyword);
    }
    return keywords;
}

QString KeywordsEditor::format(const QStringList &keywords)
{
    return keywords.join(u", "_s);
}

void KeywordsEditor::setValue(const FieldValue &value)
{
    const QStringList keywords = value.toStringList();
    // The user's own edit coming back: keep the text as typed.
    if (parse(m_edit->text()) != keywords)
        m_edit->setText(format(keywords));
}

void KeywordsEditor::focusEditor(int item)
{
    m_edit->setFocus(Qt::OtherFocusReason);
    // A finding about one keyword selects that keyword.
    static const QRegularExpression word(u"[^\\s,\u3001\uFF0C]+"_s);
    QStringList seen;
    for (auto it = word.globalMatch(m_edit->text()); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString keyword = match.captured().normalized(QString::NormalizationForm_KC).toUpper();
        if (seen.contains(keyword))
            continue;
        if (seen.size() == item) {
            m_edit->setSelection(int(match.capturedStart()), int(match.capturedLength()));
            return;
        }
        seen.append(keyword);
    }
    m_edit->selectAll();
}

void KeywordsEditor::retranslate()
{
    // Keywords are the same words in every language of the interface.
    m_edit->setPlaceholderText(u"JOIN, ALERTS"_s);
}

} // namespace scs

#include "LimitedTextEdit.h"

#include <QLocale>
#include <QMimeData>
#include <QTextCursor>
#include <QToolTip>

namespace scs {

LimitedTextEdit::LimitedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{ }

void LimitedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_maximumLength > 0 && source && source->hasText()) {
        const QTextCursor cursor = textCursor();
        const qsizetype selected = cursor.selectionEnd() - cursor.selectionStart();
        const qsizetype resulting = document()->characterCount() - 1 - selected + source->text().size();
        if (resulting > m_maximumLength) {
            QToolTip::showText(
                    mapToGlobal(cursorRect().bottomLeft()),
                    tr("Not pasted: the text would have %1 characters; this field takes at most %2.")
                            .arg(QLocale().toString(resulting), QLocale().toString(m_maximumLength)),
                    this);
            Q_EMIT pasteRefused(resulting, m_maximumLength);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace scs

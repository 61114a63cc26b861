#include "DocumentText.h"

#include <QTextDocument>

namespace scs {

QString documentText(const QTextDocument *document)
{
    QString text = document->toRawText();
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = u'\n';
    }
    return text;
}

} // namespace scs

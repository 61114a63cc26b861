#pragma once

#include <QString>

class QTextDocument;

namespace scs {

// The exact text of a document: paragraph and line separators become "\n",
// and everything else stays as typed. QTextDocument::toPlainText() would
// also turn a no-break space into a plain space, hiding a character that
// forces UCS-2 (and costs double) from the SMS count.
QString documentText(const QTextDocument *document);

} // namespace scs

#pragma once

#include <QList>

class QTextDocument;

namespace scs {

// Where the pages of a text document laid out as one long page begin (its
// text width set, no page height): never inside a line, never inside a
// framed box (a table with a border) that fits on a page, never between a
// heading and the line after it, and a new page where a block asks for one
// (page-break-before: always). Lines side by side in table cells break
// together.
class PageBreaks
{
public:
    // The top of every page in document coordinates; the first is 0.
    static QList<double> compute(QTextDocument *document, double pageHeight);

    // Joins the first character of every line that holds a single character
    // (maybe with punctuation after it), broken from the line before without
    // a space (Japanese breaks between any two characters), to the last
    // character of the line before, so that one moves down with the other.
    // Inserts U+2060 WORD JOINER, which draws nothing. Returns how many.
    static int joinLoneCharacters(QTextDocument *document);
};

} // namespace scs

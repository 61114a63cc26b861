#pragma once

#include "ReportDocument.h"

#include <QString>

namespace scs {

// The report as HTML in the subset QTextDocument lays out, for printing
// and PDF. Every text goes through QString::toHtmlEscaped; the markup has no
// links, scripts or style sheets to load, so nothing in a field can fetch a
// resource. The only images are the figures (attached mockups), named by
// figureUrl() in document order; the printer supplies their pictures. Black on white; each part after the
// first starts on a new page. The first block of each part is its <h1>, which the printer uses to know which
// request a page belongs to.
class HtmlRenderer
{
public:
    static QString render(const ReportDocument &document);

    // The <img src> of the n-th figure of the document (0-based).
    static QString figureUrl(int figure);

    // Escaped, with line breaks and runs of spaces kept as typed.
    static QString escape(const QString &text);
};

} // namespace scs

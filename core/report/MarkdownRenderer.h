#pragma once

#include "ReportDocument.h"

#include <QString>

namespace scs {

// The report as CommonMark. Every text is escaped so it shows literally:
// ASCII punctuation gets a backslash (no emphasis, links, HTML or entities
// from a field), text messages go into fenced code blocks longer than any
// backtick run inside them.
class MarkdownRenderer
{
public:
    static QString render(const ReportDocument &document);

    // Inline text, escaped; line breaks become hard breaks that continue at
    // `indent`.
    static QString escape(const QString &text, const QString &indent = {});
};

} // namespace scs

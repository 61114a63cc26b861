#pragma once

#include "ReportDocument.h"

#include <QString>

namespace scs {

// The report as plain text, what people paste into the support form: plain
// lines, no markup. Our own sentences are wrapped at 76 columns; user text
// is never wrapped or changed (a line break inside a text message would
// become part of it), long values start on a line of their own, indented.
class PlainTextRenderer
{
public:
    static constexpr int Width = 76;

    static QString render(const ReportDocument &document);
};

} // namespace scs

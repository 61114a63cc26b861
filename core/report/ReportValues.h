#pragma once

#include "model/FieldId.h"
#include "model/FieldValue.h"

#include <QCoreApplication>
#include <QString>

namespace scs {

class Request;

// A field's value as printed: user text exactly as typed, choices as their
// translated labels, yes/no as words, countries by name and code.
class ReportValues
{
    Q_DECLARE_TR_FUNCTIONS(scs::ReportValues)

public:
    struct Value
    {
        QString text;
        bool missing = false; // `text` is the "not provided" placeholder
    };

    static Value value(const Request &request, FieldId id);
    // The language the texts are being translated into ("en", "ja"), so a
    // printer can pick a font with the right glyphs: every translation
    // names its own code.
    static QString language();
    // "Not provided", translated.
    static QString notProvided();
    // "United States (US)"; an unknown code as typed.
    static QString countryName(const QString &code);
    // An attached file's type and size: "image/png, 5.92 KiB".
    static QString attachmentFacts(const Attachment &attachment);
    // "signup.png (image/png, 5.92 KiB), form.pdf (application/pdf, 80 KiB)".
    static QString attachmentList(const AttachmentList &attachments);
};

} // namespace scs

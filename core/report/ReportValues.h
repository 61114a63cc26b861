#pragma once

#include "model/FieldId.h"

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
};

} // namespace scs

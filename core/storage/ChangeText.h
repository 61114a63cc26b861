#pragma once

#include "Revision.h"

#include <QCoreApplication>
#include <QString>

namespace scs {

// Changes as text for people (the audit command line, the editor's history):
// translated at the time of the call.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)

public:
    // "2 requests added, 45 fields changed", or "no changes".
    static QString summary(const QList<Change> &changes);
    // One line: "Northwind US: company.name: "Old" → "New"".
    static QString describe(const Change &change);
    // A value on one line: JSON text (quotes, \n), long text shortened,
    // "(empty)" for an unset value.
    static QString value(const Change &change, const FieldValue &value);
};

} // namespace scs

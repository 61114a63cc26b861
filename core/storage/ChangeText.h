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
    // "2 requests added, 45 fields changed", or "no changes"; attachments
    // count by file ("1 attachment added").
    static QString summary(const QList<Change> &changes);
    // One line: "Northwind US: company.name: "Old" → "New"". Attachments
    // by file: "Northwind US: evidence.optin_mockups: added "signup.png"
    // (image/png, 12,345 bytes, SHA-256 3a7bd3e2…)", never their bytes.
    static QString describe(const Change &change);
    // A value on one line: JSON text (quotes, \n), long text shortened,
    // "(empty)" for an unset value.
    static QString value(const Change &change, const FieldValue &value);

    // Attachment files added, removed and changed (same name, other bytes,
    // type or description) from `before` to `after`, matched by name.
    struct AttachmentChanges
    {
        AttachmentList added;
        AttachmentList removed;
        AttachmentList changed; // as they are after
    };
    static AttachmentChanges attachmentChanges(const AttachmentList &before, const AttachmentList &after);
    // "signup.png" (image/png, 12,345 bytes, SHA-256 3a7bd3e2…)
    static QString attachment(const Attachment &attachment);
};

} // namespace scs

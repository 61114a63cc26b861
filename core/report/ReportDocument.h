#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace scs {

// One entry of a report section. Every text is final: labels are translated
// into the UI language, values are exactly what the user typed. Renderers
// only lay items out and escape them; they never look into a request.
struct ReportItem
{
    enum class Kind : unsigned char {
        Field, // label: value
        Message, // a text message: label, details (encoding, segments), the text
        Subheading, // label only: introduces the items after it
        Statement, // a sentence of ours (the PHI statement), in `value`
        Text, // a paragraph of user text (notes), in `value`
        Finding, // one audit finding: severity, field, rule, message, source
        Figure, // an attached file shown on the page: caption in `label`, description in `value`
        Bubble, // a message of the subscriber's conversation: caption, sender, text
    };

    Kind kind = Kind::Field;
    // > 0: an item of a numbered list (the double opt-in sequence, 1-3).
    int number = 0;
    QString label;
    QString value;
    // `value` is our "not provided" placeholder, not user text.
    bool missing = false;
    // Message: "GSM-7, 1 segment, 128 characters".
    QString details;
    // The catalog field the item shows ("company.name"), or empty: what the
    // case description prints is checked against the catalog by it.
    QString fieldKey;

    // Finding only; the message is in `value`, the field's label in `label`.
    QString severity; // translated
    QString severityKey; // "error", "warning", "info"
    QString rule; // stable id
    QString source; // where the rule comes from

    // Figure only: the file, drawn scaled to the page where the renderer
    // can (PDF, printing), named elsewhere.
    QString mediaType;
    QByteArray data;

    // Bubble only: who sends the message, and whether it is the subscriber
    // (drawn on the other side of the thread).
    QString sender;
    bool fromSubscriber = false;
};

struct ReportSection
{
    QString heading;
    QList<ReportItem> items;
};

// The report of one request: starts on a page of its own when printed.
struct ReportPart
{
    QString requestTitle;
    // Field items printed under the title, before the sections (the audit
    // report's revision, time and completeness).
    QList<ReportItem> summary;
    QList<ReportSection> sections;
};

// A whole document: the case description or the audit report of one or
// more requests of a project.
struct ReportDocument
{
    enum class Type : unsigned char {
        CaseDescription,
        AuditReport,
    };

    Type type = Type::CaseDescription;
    QString title; // "Case description", translated
    QString projectName;
    QString language; // "en", "ja": the UI language it was built in
    QList<ReportPart> parts;
};

// Where the project came from, for the audit report.
struct ReportSource
{
    QString projectName;
    QString path; // the file it was read from; empty when never saved
    int revision = 0; // the project file's revision; 0 when not from one
    QDateTime time; // of that revision (or the file); invalid when unknown
    bool modified = false; // unsaved changes on top of the revision
};

} // namespace scs

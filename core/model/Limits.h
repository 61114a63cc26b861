#pragma once

#include "ValueShape.h"

#include <QtGlobal>

// The largest request Shortcode Studio takes, in one place. Far above
// anything a real short code request needs (a carrier's form takes a few
// hundred characters per answer), and low enough that a hostile file or a
// 10 MB paste cannot make the editor, the rules or a save crawl. Every limit
// is enforced with a message naming the field and the limit, never by
// cutting text silently: JsonFormat::read and ProjectFile::open refuse a
// document beyond them, the field_too_long rule reports text typed or
// pasted beyond them, and single-line editors stop at maxLength().
// Lengths are in UTF-16 code units (QString::size()), what the editor counts.
// docs/reliability.md lists them.
namespace scs::limits {

// A single-line answer (text, URL, e-mail, phone, choice, money, date).
inline constexpr qsizetype TextLength = 10'000;
// Free text with newlines (multiline fields): long notes (100 KB) fit.
inline constexpr qsizetype MultilineLength = 200'000;
// A text message (sms fields and each example's text): about 150 segments.
inline constexpr qsizetype SmsLength = 10'000;
// A request's title, the project's name, an example's label.
inline constexpr qsizetype NameLength = 1'000;
// Entries of a country or choices list.
inline constexpr qsizetype ListItems = 1'000;
// Example messages of one request.
inline constexpr qsizetype Examples = 100;
// Requests in one project.
inline constexpr qsizetype Requests = 1'000;

// Keywords of a keywords field (signup.join_keywords). Each keyword is an
// entry of a list, so at most NameLength characters; the rules judge the
// 1-30 letters and digits a carrier registers.
inline constexpr qsizetype Keywords = 100;

// Attachments of one field (evidence.optin_mockups): what AWS's
// registration takes, 10 files of at most 1 MiB each. The count is a hard
// limit (the readers refuse more, the editor adds no more); the size of one
// file is the rules' business (mockup_present reports a larger one), so
// the readers take files up to a safety cap and report nothing beyond it
// as damage.
inline constexpr qsizetype Attachments = 10;
inline constexpr qsizetype AttachmentBytes = 1024 * 1024;
// What the readers take at most: a file, and all the files of one request.
inline constexpr qsizetype AttachmentHardBytes = 16 * 1024 * 1024;
inline constexpr qsizetype RequestAttachmentHardBytes = 64 * 1024 * 1024;
// An attachment's file name and media type are names (NameLength); its
// description is a single-line answer (TextLength).

// The longest text a field of this kind takes (for text kinds; 0 for kinds
// whose value is not text).
constexpr qsizetype maxLength(FieldKind kind)
{
    if (kind == FieldKind::Multiline)
        return MultilineLength;
    if (kind == FieldKind::Sms || kind == FieldKind::Examples) // each example's text
        return SmsLength;
    return valueShape(kind) == ValueShape::Text ? TextLength : 0;
}

} // namespace scs::limits

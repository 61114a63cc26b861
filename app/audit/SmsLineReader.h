#pragma once

#include <QByteArrayView>
#include <QString>

namespace scs::cli::sms_lines {

// Why a line of `shortcode-audit sms --jsonl` could not be read.
enum class LineError {
    None,
    InvalidUtf8,
    MissingOpeningQuote,
    MissingClosingQuote,
    InvalidEscape,
    ControlCharacter,
    TextAfterString,
};

struct LineProblem
{
    LineError error = LineError::None;
    qsizetype column = 0; // 1-based: bytes for UTF-8, characters for JSON
};

// Strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
// U+10FFFF) into UTF-16. Returns the offset of the first bad byte, or -1.
qsizetype decodeUtf8(QByteArrayView bytes, QString &out);

// One line: a JSON string literal (RFC 8259) in UTF-8, with optional white
// space around it, into `text`. \u escapes may produce lone surrogates: they
// are counted, not rejected. A line with invalid UTF-8 anywhere is an
// InvalidUtf8 problem at its first bad byte; otherwise the column is that of
// the first wrong character of the decoded line.
LineProblem readLine(QByteArrayView line, QString &text);

} // namespace scs::cli::sms_lines

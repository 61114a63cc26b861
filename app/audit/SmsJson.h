#pragma once

#include "sms/SmsAnalysis.h"

#include <QByteArray>
#include <QStringView>

// The JSON that `shortcode-audit sms --json/--jsonl` prints, written straight
// as UTF-8 bytes (a batch of 200,000 answers is 50 MB of it), its strings
// escaped by the one JSON escaper (json/JsonWriter.h) the JSON Lines way:
// control characters, lone surrogates, the byte order mark and the line
// separators U+2028 and U+2029 as \u escapes.
namespace scs::cli::sms_json {

// {"encoding", "units", "segments", "non_gsm"} as sms.md says, then
// units_left, characters, boundaries (UTF-16 indices where segments 2..
// start) and replacements (each replaceable non-GSM character -> its
// replacement). No newline.
void appendAnalysis(QByteArray &out, const sms::Analysis &analysis);

// {"line": N, "error": "...", "code": "...", "column": N}: a line that could
// not be read.
void appendError(QByteArray &out, qsizetype line, QStringView message, const char *code, qsizetype column);

} // namespace scs::cli::sms_json

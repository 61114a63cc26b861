#pragma once

#include "SmsLineReader.h"

#include <QByteArrayView>
#include <QString>
#include <QTextStream>

#include <array>

class QIODevice;

namespace scs::cli::sms_lines {

// The sentences an unreadable line needs, in the current language, looked up
// once rather than for each line.
struct ErrorTexts
{
    QString where; // "line %1, column %2: %3"
    std::array<QString, 7> why; // by LineError

    QString message(qsizetype line, const LineProblem &problem) const;
};

// `shortcode-audit sms --jsonl`: reads `in` to its end and answers each line
// with one JSON object on `out`, in order; a line that cannot be read gets an
// error object there, and "shortcode-audit sms: " and its message on `err`.
// The input is read and answered in blocks, so a batch of any size never has
// to fit in memory. Returns whether every line was read.
bool answerLines(QIODevice *in, QTextStream &out, QTextStream &err, const ErrorTexts &texts);

// Bytes (UTF-8) onto a text stream: straight to its device when it has one
// (standard output), else into its string (the tests run commands that way).
void writeUtf8(QTextStream &stream, QByteArrayView bytes);

} // namespace scs::cli::sms_lines

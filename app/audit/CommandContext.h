#pragma once

#include <QStringList>
#include <QTextStream>

class QIODevice;

namespace scs::cli {

// Exit statuses of shortcode-audit (request-format.md): 0 nothing wrong,
// 1 the audit found at least one error, 2 the input could not be read or the
// command line is wrong.
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1,
    ExitUsage = 2,
};

// What a command gets: its own arguments (without the program and command
// name) and the three standard streams. Commands never touch the process's
// real streams, so tests run them in-process.
struct CommandContext
{
    QStringList arguments;
    QIODevice *in = nullptr;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
};

} // namespace scs::cli

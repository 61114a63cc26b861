#pragma once

#include "CommandContext.h"

namespace scs::cli {

// `shortcode-audit sms [--json | --jsonl]` (sms.md): counts the message read
// from standard input, or with --jsonl one JSON string literal per line.
// Exit status 0, or 2 when the input (or any line of it) could not be read.
int runSms(CommandContext &context);

} // namespace scs::cli

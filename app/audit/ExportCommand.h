#pragma once

#include "CommandContext.h"

namespace scs::cli {

// `shortcode-audit export FILE.scproj [--format json] [-o OUT]`: writes the
// project as the interchange JSON (request-format.md) to OUT, or to
// standard output with `-o -` or no -o. The project file is only read.
int runExport(CommandContext &context);

} // namespace scs::cli

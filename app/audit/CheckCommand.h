#pragma once

#include "CommandContext.h"

namespace scs::cli {

// shortcode-audit check FILE... [--format text|json]
int runCheck(CommandContext &context);

} // namespace scs::cli

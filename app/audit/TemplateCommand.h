#pragma once

#include "CommandContext.h"

namespace scs::cli {

// shortcode-audit template: prints a fully compliant example request.
int runTemplate(CommandContext &context);

} // namespace scs::cli

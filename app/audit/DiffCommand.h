#pragma once

#include "CommandContext.h"

namespace scs::cli {

// `shortcode-audit diff FILE.scproj REV1 REV2`: what changed from revision
// REV1 to REV2, one line per change (request, field key, old → new).
int runDiff(CommandContext &context);

} // namespace scs::cli

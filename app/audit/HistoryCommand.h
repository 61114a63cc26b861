#pragma once

#include "CommandContext.h"

namespace scs::cli {

// `shortcode-audit history FILE.scproj`: one line per revision: number,
// time (UTC), user, and a summary of what changed.
int runHistory(CommandContext &context);

} // namespace scs::cli

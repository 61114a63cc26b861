#pragma once

#include "CommandContext.h"

namespace scs::cli {

// `shortcode-audit import FILE.json -o FILE.scproj`: adds the requests of a
// request or project document to the project file, creating it if needed,
// as one saved revision.
int runImport(CommandContext &context);

} // namespace scs::cli

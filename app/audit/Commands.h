#pragma once

#include "CommandContext.h"

#include <span>

namespace scs::cli {

struct Command
{
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("AuditCli", ...): translated when printed
    int (*run)(CommandContext &context);
};

// Every command of shortcode-audit, in the order --help lists them.
std::span<const Command> commands();

} // namespace scs::cli

#pragma once

#include "CommandContext.h"

#include <optional>

namespace scs::cli {

// `shortcode-audit workspace init|list URL`.
int runWorkspace(CommandContext &context);

// check, export, import, history and diff given `--workspace URL`: runs the
// command on the workspace and returns its exit status; std::nullopt when
// the arguments name no workspace (the command then runs on files).
std::optional<int> runInWorkspace(const QString &command, CommandContext &context);

// Whether `command` takes --workspace URL (check, export, import, history, diff).
bool takesWorkspace(const QString &command);

} // namespace scs::cli

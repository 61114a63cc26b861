#pragma once

#include "CommandContext.h"

namespace scs::cli {

// `shortcode-audit export FILE [--format json|txt|md|pdf] [--report case|audit]
// [-o OUT]`.
//   json (default): a .scproj project as the interchange JSON
//     (request-format.md); with --report audit the findings as `check
//     --format json` prints them.
//   txt, md, pdf: the case description (default) or the audit report of
//     every request in FILE (a .scproj project, or a .json request or
//     project), all in one document; in PDF each request starts on a new
//     page. PDF needs a QGuiApplication (main.cpp creates one on the
//     offscreen platform for it) and a file: -o OUT.
// OUT "-" or no -o writes to standard output. The input is only read.
int runExport(CommandContext &context);

} // namespace scs::cli

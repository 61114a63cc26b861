#pragma once

#include "CommandContext.h"

#include <QCoreApplication>

namespace scs::cli {

// shortcode-audit: `shortcode-audit [--lang en|ja] COMMAND [ARGS...]`.
// `arguments` excludes the program name. Returns the process exit status.
class AuditCli
{
    Q_DECLARE_TR_FUNCTIONS(AuditCli)

public:
    static int run(const QStringList &arguments, QIODevice *in, QTextStream &out, QTextStream &err);

    // The text of `shortcode-audit --help`.
    static QString usage();
};

} // namespace scs::cli

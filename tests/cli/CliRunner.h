#pragma once

// Runs shortcode-audit in-process, as the CLI tests need it: the command
// line, standard input as bytes, and what came out on each stream.
#include "AuditCli.h"

#include <QBuffer>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace scs::test {

struct CliResult
{
    int status = -1;
    QString out;
    QString err;
};

inline CliResult runAudit(const QStringList &arguments, const QByteArray &input = {})
{
    QByteArray inData = input;
    QBuffer in(&inData);
    in.open(QIODevice::ReadOnly);
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = scs::cli::AuditCli::run(arguments, &in, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace scs::test

#include "AuditCli.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shortcode-audit"));
    QCoreApplication::setOrganizationName(QStringLiteral("Shortcode Studio"));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return scs::cli::ExitUsage;
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int status = scs::cli::AuditCli::run(arguments, &in, out, err);
    out.flush();
    err.flush();
    return status;
}

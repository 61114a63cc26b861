#include "AuditCli.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

// Only `export --format pdf` needs QtGui (fonts, painting). Everything else
// runs on a QCoreApplication: no platform plugin, no display, fast start.
bool needsGui(int argc, char *argv[])
{
    bool exporting = false;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--lang") == 0) {
            ++i; // its value
            continue;
        }
        if (!exporting) {
            if (arg[0] == '-')
                continue; // a global option
            if (std::strcmp(arg, "export") != 0)
                return false;
            exporting = true;
            continue;
        }
        if (std::strcmp(arg, "--format=pdf") == 0)
            return true;
        if (std::strcmp(arg, "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // Headless: the offscreen platform needs no display. An explicit
        // choice in the environment wins.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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

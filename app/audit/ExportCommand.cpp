#include "ExportCommand.h"

#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static QString usage()
    {
        return tr("Usage: shortcode-audit export FILE.scproj [--format json] [-o OUT]\n"
                  "\n"
                  "Writes the project as interchange JSON (a \"shortcode-project\" document).\n"
                  "\n"
                  "Options:\n"
                  "  --format json  the output format (json is the only one)\n"
                  "  -o OUT         write to OUT; \"-\" or no -o writes to standard output\n"
                  "  -h, --help     show this help\n"
                  "\n"
                  "Exit status: 0, or 2 when the project cannot be read or the command line is wrong.\n");
    }

    static int run(CommandContext &context)
    {
        QTextStream &err = *context.err;
        QString input;
        QString output = u"-"_s;
        QStringList args = context.arguments;
        while (!args.isEmpty()) {
            const QString arg = args.takeFirst();
            if (arg == u"-h" || arg == u"--help") {
                *context.out << usage();
                return ExitOk;
            }
            if (arg == u"--format" || arg == u"-o") {
                if (args.isEmpty()) {
                    err << tr("shortcode-audit export: %1 needs a value").arg(arg) << u'\n';
                    return ExitUsage;
                }
                const QString value = args.takeFirst();
                if (arg == u"-o") {
                    output = value;
                } else if (value != u"json") {
                    err << tr("shortcode-audit export: unknown format \"%1\" (use json)").arg(value) << u'\n';
                    return ExitUsage;
                }
                continue;
            }
            if (arg.startsWith(u'-') || !input.isEmpty()) {
                err << tr("shortcode-audit export: unexpected argument %1").arg(arg) << u'\n' << usage();
                return ExitUsage;
            }
            input = arg;
        }
        if (input.isEmpty()) {
            err << usage();
            return ExitUsage;
        }

        Project project;
        QString error;
        if (!ProjectFile::load(input, &project, &error)) {
            err << u"shortcode-audit export: "_s << error << u'\n';
            return ExitUsage;
        }
        const QByteArray json = JsonFormat::writeProject(project);
        if (output == u"-") {
            *context.out << QString::fromUtf8(json);
            return ExitOk;
        }
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            err << tr("shortcode-audit export: cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(output), file.errorString())
                << u'\n';
            return ExitUsage;
        }
        return ExitOk;
    }
};

} // namespace

int runExport(CommandContext &context)
{
    return ExportCommand::run(context);
}

} // namespace scs::cli

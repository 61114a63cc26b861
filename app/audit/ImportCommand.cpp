#include "ImportCommand.h"

#include "CommandLine.h"
#include "storage/InputFile.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static QString usage()
    {
        return tr("Usage: shortcode-audit import FILE.json -o FILE.scproj\n"
                  "\n"
                  "Adds the requests of a JSON request or project document to a project file,\n"
                  "creating the file if it does not exist. The import is saved as one revision.\n"
                  "\"-\" as FILE.json reads standard input.\n"
                  "\n"
                  "Options:\n"
                  "  -o FILE.scproj  the project file to create or extend\n"
                  "  -h, --help      show this help\n"
                  "\n"
                  "Exit status: 0, or 2 when an input cannot be read, the project cannot be saved,\n"
                  "or the command line is wrong.\n");
    }

    static int run(CommandContext &context)
    {
        QTextStream &err = *context.err;
        CommandLine line(context, "import", usage());
        const QCommandLineOption outputOption = line.option({u"o"_s}, u"FILE.scproj"_s);
        if (const auto status = line.parse(1))
            return *status;
        const QString input = line.positional().value(0);
        const QString output = line.value(outputOption);
        if (input.isEmpty() || output.isEmpty())
            return line.usageError();

        QByteArray data;
        if (input == u"-") {
            data = context.in ? context.in->readAll() : QByteArray();
        } else {
            // Only regular files: a FIFO or a device is refused, never waited on.
            InputFile::Type type = InputFile::Type::Json;
            QString error;
            if (!InputFile::read(input, &type, &data, &error)) {
                err << u"shortcode-audit import: "_s << error << u'\n';
                return ExitUsage;
            }
            if (type != InputFile::Type::Json) {
                err << tr("shortcode-audit import: %1 is a project file; import reads JSON requests and "
                          "projects (use export to turn a project file into JSON).")
                                .arg(QDir::toNativeSeparators(input))
                    << u'\n';
                return ExitUsage;
            }
        }
        const JsonFormat::ReadResult read = JsonFormat::read(data);
        if (!read.ok) {
            err << tr("shortcode-audit import: %1: %2 (at %3)")
                            .arg(QDir::toNativeSeparators(input), read.error, read.location)
                << u'\n';
            return ExitUsage;
        }

        ProjectFile file;
        Project project;
        const bool exists = QFileInfo::exists(output);
        if (exists) {
            if (!file.open(output)) {
                err << u"shortcode-audit import: "_s << file.errorString() << u'\n';
                return ExitUsage;
            }
            if (file.isReadOnly()) {
                err << u"shortcode-audit import: "_s << file.readOnlyMessage() << u'\n';
                return ExitUsage;
            }
            project = file.project();
        } else {
            project.name = read.isProject && !read.project.name.isEmpty()
                    ? read.project.name
                    : QFileInfo(output).completeBaseName();
        }
        QSet<QUuid> taken;
        for (const Request &request : project.requests)
            taken.insert(request.uuid());
        for (Request request : read.project.requests) {
            // Importing the same document twice gives two requests.
            while (request.uuid().isNull() || taken.contains(request.uuid()))
                request.setUuid(QUuid::createUuid());
            taken.insert(request.uuid());
            project.requests.append(request);
        }
        const bool saved = exists ? file.save(project) : file.saveAs(output, project);
        if (!saved) {
            err << u"shortcode-audit import: "_s << file.errorString() << u'\n';
            return ExitUsage;
        }
        // A save always adds a revision: its number, never a made-up 0.
        *context.out << tr("Imported %n request(s) into %1 (revision %2).", nullptr,
                           int(read.project.requests.size()))
                                .arg(QDir::toNativeSeparators(output))
                                .arg(file.lastRevision())
                     << u'\n';
        return ExitOk;
    }
};

} // namespace

int runImport(CommandContext &context)
{
    return ImportCommand::run(context);
}

} // namespace scs::cli

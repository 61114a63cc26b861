#include "ExportCommand.h"

#include "AttachmentExport.h"
#include "CheckReport.h"
#include "CommandLine.h"
#include "ReportPrinter.h"
#include "report/AuditReport.h"
#include "report/CaseDescription.h"
#include "report/MarkdownRenderer.h"
#include "report/PlainTextRenderer.h"
#include "storage/FileOps.h"
#include "storage/InputFile.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
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
        return tr("Usage: shortcode-audit export FILE [--format json|txt|md|pdf] [--report case|audit] [-o "
                  "OUT]\n"
                  "       shortcode-audit export FILE --attachments DIR [--force]\n"
                  "\n"
                  "Writes a project or request as a document:\n"
                  "  json  a project file (.scproj) as interchange JSON (the default)\n"
                  "  txt   the case description as plain text, to paste into the support case\n"
                  "  md    the case description as Markdown\n"
                  "  pdf   the case description as PDF, each request on a new page (needs -o)\n"
                  "\n"
                  "FILE is a .scproj project, or for txt, md and pdf also a .json request or project;\n"
                  "every request in it goes into one document.\n"
                  "\n"
                  "Options:\n"
                  "  --format FORMAT      json, txt, md or pdf\n"
                  "  --report case|audit  the case description (default) or the audit report\n"
                  "  -o OUT               write to OUT; \"-\" or no -o writes to standard output\n"
                  "  --attachments DIR    write the attached files (opt-in mockups) into DIR, under\n"
                  "                       plain names; without -o, only the files are written\n"
                  "  --force              replace files that exist in DIR (otherwise nothing is written)\n"
                  "  -h, --help           show this help\n"
                  "\n"
                  "Exit status: 0, or 2 when the input cannot be read, the output cannot be written\n"
                  "or the command line is wrong.\n");
    }

    // Reads FILE whatever it is (InputFile): the audit report also wants
    // the revision and time the project was read at.
    static bool readInput(const QString &path, Project *project, ReportSource *source, QString *error)
    {
        InputFile::Contents contents;
        if (!InputFile::readProject(path, &contents, error))
            return false;
        *project = contents.project;
        source->path = path;
        source->revision = contents.revision;
        source->time = contents.time;
        return true;
    }

    static bool write(CommandContext &context, const QString &output, const QByteArray &data)
    {
        if (output == u"-") {
            *context.out << QString::fromUtf8(data);
            return true;
        }
        QSaveFile file(output);
        if (!FileOps::openPrivate(&file) || file.write(data) != data.size() || !file.commit()) {
            *context.err << tr("shortcode-audit export: cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(output), file.errorString())
                         << u'\n';
            return false;
        }
        return true;
    }

    static int writeAttachments(CommandContext &context, const QString &input, const QString &directory,
                                bool force)
    {
        Project project;
        ReportSource source;
        QString error;
        if (!readInput(input, &project, &source, &error)) {
            *context.err << u"shortcode-audit export: "_s << error << u'\n';
            return ExitUsage;
        }
        QStringList written;
        if (!AttachmentExport::write(project, directory, force, &written, &error)) {
            *context.err << u"shortcode-audit export: "_s << error << u'\n';
            return ExitUsage;
        }
        *context.err << tr("shortcode-audit export: %n file(s) written to %1", nullptr, int(written.size()))
                                .arg(QDir::toNativeSeparators(directory))
                     << u'\n';
        return ExitOk;
    }

    static int run(CommandContext &context)
    {
        QTextStream &err = *context.err;
        CommandLine line(context, "export", usage());
        const QCommandLineOption formatOption = line.option({u"format"_s}, u"FORMAT"_s);
        const QCommandLineOption reportOption = line.option({u"report"_s}, u"case|audit"_s);
        const QCommandLineOption outputOption = line.option({u"o"_s}, u"OUT"_s);
        const QCommandLineOption attachmentsOption = line.option({u"attachments"_s}, u"DIR"_s);
        const QCommandLineOption forceOption = line.option({u"force"_s});
        if (const auto status = line.parse(1))
            return *status;
        const QString input = line.positional().value(0);
        const bool outputGiven = line.isSet(outputOption);
        const QString output = outputGiven ? line.value(outputOption) : u"-"_s;
        const QString format = line.isSet(formatOption) ? line.value(formatOption) : u"json"_s;
        const QString report = line.isSet(reportOption) ? line.value(reportOption) : u"case"_s;
        const QString attachmentsDir = line.value(attachmentsOption);
        const bool force = line.isSet(forceOption);
        if (!QStringList {u"json"_s, u"txt"_s, u"md"_s, u"pdf"_s}.contains(format))
            return line.fail(tr("unknown format \"%1\" (use json, txt, md or pdf)").arg(format));
        if (report != u"case" && report != u"audit")
            return line.fail(tr("unknown report \"%1\" (use case or audit)").arg(report));
        if (input.isEmpty())
            return line.usageError();
        if (!attachmentsDir.isEmpty()) {
            const int status = writeAttachments(context, input, attachmentsDir, force);
            if (status != ExitOk || !outputGiven)
                return status;
        }
        if (format == u"pdf" && output == u"-") {
            err << tr("shortcode-audit export: PDF needs an output file (-o OUT)") << u'\n';
            return ExitUsage;
        }

        // The interchange JSON of a project file, as it always was.
        if (format == u"json" && report == u"case") {
            Project project;
            QString error;
            if (!ProjectFile::load(input, &project, &error)) {
                err << u"shortcode-audit export: "_s << error << u'\n';
                return ExitUsage;
            }
            return write(context, output, JsonFormat::writeProject(project)) ? ExitOk : ExitUsage;
        }

        Project project;
        ReportSource source;
        QString error;
        if (!readInput(input, &project, &source, &error)) {
            err << u"shortcode-audit export: "_s << error << u'\n';
            return ExitUsage;
        }
        if (format == u"json") {
            QList<RequestAudit> audits;
            for (const Request &request : std::as_const(project.requests))
                audits << auditRequest(request);
            return write(context, output, CheckReport::json(input, audits, CheckReport::Layout::Indented))
                    ? ExitOk
                    : ExitUsage;
        }

        if (project.name.isEmpty())
            project.name = QFileInfo(input).completeBaseName();
        source.projectName = project.name;
        const ReportDocument document =
                report == u"audit" ? AuditReport::build(project, source) : CaseDescription::build(project);
        if (format == u"txt")
            return write(context, output, PlainTextRenderer::render(document).toUtf8()) ? ExitOk : ExitUsage;
        if (format == u"md")
            return write(context, output, MarkdownRenderer::render(document).toUtf8()) ? ExitOk : ExitUsage;

        // PDF: fonts and painting need QtGui, which main.cpp starts only
        // for this (on the offscreen platform).
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            err << tr("shortcode-audit export: PDF output needs a graphical application object") << u'\n';
            return ExitUsage;
        }
        if (!ReportPrinter(document).writePdf(output, &error)) {
            err << u"shortcode-audit export: "_s << error << u'\n';
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

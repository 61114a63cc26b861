#include "CheckCommand.h"

#include "CheckReport.h"
#include "CommandLine.h"
#include "storage/InputFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

// Translation context of this command's texts.
struct CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

QString usage()
{
    return CheckCommand::tr(
            "Usage: shortcode-audit check FILE... [--format text|json]\n"
            "\n"
            "Checks each request in the files (.scproj projects, .json requests or projects)\n"
            "against the compliance rules and prints the findings.\n"
            "\n"
            "  --format text  findings grouped per section, one line each (default)\n"
            "  --format json  one JSON object per file and line: {\"source\", \"requests\": [...]}\n"
            "\n"
            "Exit status: 0 no errors, 1 at least one error finding, 2 a file could not be read.\n");
}

// Reads one file into requests; on failure returns false with a message
// naming the file and what is wrong.
bool readRequests(const QString &path, QList<Request> *requests, QString *error)
{
    InputFile::Contents contents;
    if (!InputFile::readProject(path, &contents, error))
        return false;
    *requests = contents.project.requests;
    return true;
}

} // namespace

int runCheck(CommandContext &context)
{
    CommandLine line(context, "check", usage());
    const QCommandLineOption formatOption = line.option({u"format"_s}, u"text|json"_s);
    if (const auto status = line.parse())
        return *status;
    const QString format = line.isSet(formatOption) ? line.value(formatOption) : u"text"_s;
    if (format != u"text" && format != u"json")
        return line.fail(CheckCommand::tr("unknown format \"%1\" (use text or json)").arg(format));
    const QStringList files = line.positional();
    if (files.isEmpty())
        return line.fail(CheckCommand::tr("no file given"));

    bool unreadable = false;
    bool errors = false;
    for (const QString &path : files) {
        QList<Request> requests;
        QString error;
        if (!readRequests(path, &requests, &error)) {
            *context.err << error << u'\n';
            unreadable = true;
            continue;
        }
        QList<RequestAudit> audits;
        for (const Request &request : std::as_const(requests)) {
            audits << auditRequest(request);
            errors = errors || audits.last().count(Severity::Error) > 0;
        }
        if (format == u"json")
            *context.out << CheckReport::json(path, audits, CheckReport::Layout::Compact);
        else
            *context.out << CheckReport::text(path, audits);
    }
    if (unreadable)
        return ExitUsage;
    return errors ? ExitFindings : ExitOk;
}

} // namespace scs::cli

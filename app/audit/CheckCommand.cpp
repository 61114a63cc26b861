#include "CheckCommand.h"

#include "CheckReport.h"
#include "storage/InputFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

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
    QString format = u"text"_s;
    QStringList files;
    QStringList args = context.arguments;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--help" || arg == u"-h") {
            *context.out << usage();
            return ExitOk;
        }
        if (arg == u"--format" || arg.startsWith(u"--format=")) {
            format = arg.contains(u'=') ? arg.section(u'=', 1)
                                        : (args.isEmpty() ? QString() : args.takeFirst());
            if (format != u"text" && format != u"json") {
                *context.err
                        << CheckCommand::tr("check: unknown format \"%1\" (use text or json)").arg(format)
                        << u'\n';
                return ExitUsage;
            }
            continue;
        }
        if (arg.startsWith(u'-') && arg != u"-") {
            *context.err << CheckCommand::tr("check: unknown option %1").arg(arg) << u'\n';
            return ExitUsage;
        }
        files << arg;
    }
    if (files.isEmpty()) {
        *context.err << CheckCommand::tr("check: no file given") << u"\n\n" << usage();
        return ExitUsage;
    }

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
            *context.out << QJsonDocument(CheckReport::json(path, audits)).toJson(QJsonDocument::Compact)
                         << u'\n';
        else
            *context.out << CheckReport::text(path, audits);
    }
    if (unreadable)
        return ExitUsage;
    return errors ? ExitFindings : ExitOk;
}

} // namespace scs::cli

#include "WorkspaceCommand.h"

#include "CommandLine.h"

#include "CheckReport.h"

#include "storage/ChangeText.h"
#include "storage/ProjectFile.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceProject.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

class WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)

public:
    static QString usage()
    {
        return tr("Usage: shortcode-audit workspace init URL\n"
                  "       shortcode-audit workspace list URL\n"
                  "\n"
                  "A team workspace keeps many projects in a PostgreSQL database. URL is a libpq\n"
                  "connection string (\"host=db.example.com dbname=shortcodes sslmode=verify-full\")\n"
                  "or a postgresql:// address; passwords come from ~/.pgpass, PGPASSWORD or a\n"
                  "service file, never from the URL.\n"
                  "\n"
                  "  init  create the workspace's tables in the database, or bring them up to date\n"
                  "  list  the workspace's projects: revision, requests, last saved\n"
                  "\n"
                  "With --workspace URL, check, export, import, history and diff work on it:\n"
                  "  shortcode-audit import FILE.scproj --workspace URL   moves a project in, history too\n"
                  "  shortcode-audit export PROJECT --workspace URL -o FILE.scproj\n"
                  "  shortcode-audit check [PROJECT...] --workspace URL [--format text|json]\n"
                  "  shortcode-audit history PROJECT --workspace URL\n"
                  "  shortcode-audit diff PROJECT REV1 REV2 --workspace URL\n"
                  "\n"
                  "Exit status: 0, 1 when check finds errors, 2 when the workspace cannot be read\n"
                  "or the command line is wrong.\n");
    }

    static int fail(CommandContext &context, const QString &command, const QString &message)
    {
        *context.err << u"shortcode-audit "_s << command << u": "_s << message << u'\n';
        return ExitUsage;
    }

    static int init(CommandContext &context, const QString &url)
    {
        Workspace workspace;
        switch (workspace.init(url)) {
        case Workspace::InitResult::Created:
            *context.out << tr("Created the workspace.") << u'\n';
            return ExitOk;
        case Workspace::InitResult::Upgraded:
            *context.out << tr("Brought the workspace up to date.") << u'\n';
            return ExitOk;
        case Workspace::InitResult::UpToDate:
            *context.out << tr("The workspace is up to date; nothing was changed.") << u'\n';
            return ExitOk;
        case Workspace::InitResult::Failed:
            break;
        }
        return fail(context, u"workspace"_s, workspace.errorString());
    }

    static int list(CommandContext &context, const QString &url)
    {
        Workspace workspace;
        if (!workspace.open(url))
            return fail(context, u"workspace"_s, workspace.errorString());
        const auto projects = workspace.projects();
        if (!workspace.errorString().isEmpty())
            return fail(context, u"workspace"_s, workspace.errorString());
        if (projects.isEmpty())
            *context.out << tr("The workspace has no projects yet.") << u'\n';
        for (const Workspace::ProjectInfo &info : projects) {
            *context.out << tr("%1: revision %2, %n request(s), saved %3 UTC by %4", nullptr, info.requests)
                                    .arg(info.name)
                                    .arg(info.revision)
                                    .arg(info.savedUtc.toString(u"yyyy-MM-dd HH:mm:ss"_s), info.savedBy)
                         << u'\n';
        }
        return ExitOk;
    }

    static int check(CommandContext &context, const QString &url, QStringList args)
    {
        QString format = u"text"_s;
        QStringList names;
        while (!args.isEmpty()) {
            const QString arg = args.takeFirst();
            if (arg == u"--format") {
                format = args.isEmpty() ? QString() : args.takeFirst();
                if (format != u"text" && format != u"json")
                    return fail(context, u"check"_s,
                                tr("unknown format \"%1\" (use text or json)").arg(format));
            } else {
                names.append(arg);
            }
        }
        Workspace workspace;
        if (!workspace.open(url))
            return fail(context, u"check"_s, workspace.errorString());
        if (names.isEmpty()) {
            for (const Workspace::ProjectInfo &info : workspace.projects())
                names.append(info.name);
        }
        bool errors = false;
        for (const QString &name : std::as_const(names)) {
            WorkspaceProject project;
            if (!project.open(url, name))
                return fail(context, u"check"_s, project.errorString());
            QList<RequestAudit> audits;
            for (const Request &request : project.project().requests) {
                audits << auditRequest(request);
                errors = errors || audits.last().count(Severity::Error) > 0;
            }
            if (format == u"json")
                *context.out << CheckReport::json(name, audits, CheckReport::Layout::Compact);
            else
                *context.out << CheckReport::text(name, audits);
        }
        return errors ? ExitFindings : ExitOk;
    }

    static int importFile(CommandContext &context, const QString &url, const QStringList &args)
    {
        if (args.size() != 1)
            return fail(context, u"import"_s,
                        tr("give one project file: import FILE.scproj --workspace URL"));
        ProjectFile file;
        if (!file.open(args.first(), ProjectFile::OpenMode::ReadOnly))
            return fail(context, u"import"_s, file.errorString());
        Workspace workspace;
        if (!workspace.open(url)
            || !workspace.importProject(file.project(), file.revisions(), file.userName()))
            return fail(context, u"import"_s, workspace.errorString());
        *context.out << tr("Moved \"%1\" into the workspace with its %n revision(s).", nullptr,
                           file.lastRevision())
                                .arg(file.project().name)
                     << u'\n';
        return ExitOk;
    }

    static int exportFile(CommandContext &context, const QString &url, QStringList args)
    {
        QString output;
        QStringList names;
        while (!args.isEmpty()) {
            const QString arg = args.takeFirst();
            if (arg == u"-o")
                output = args.isEmpty() ? QString() : args.takeFirst();
            else
                names.append(arg);
        }
        if (names.size() != 1 || !output.endsWith(u".scproj"))
            return fail(context, u"export"_s,
                        tr("give one project and a project file: export PROJECT --workspace URL -o "
                           "FILE.scproj"));
        WorkspaceProject project;
        if (!project.open(url, names.first()))
            return fail(context, u"export"_s, project.errorString());
        ProjectFile file;
        if (!file.saveAs(output, project.project()))
            return fail(context, u"export"_s, file.errorString());
        return ExitOk;
    }

    static int history(CommandContext &context, const QString &url, const QStringList &args)
    {
        if (args.size() != 1)
            return fail(context, u"history"_s, tr("give one project: history PROJECT --workspace URL"));
        WorkspaceProject project;
        if (!project.open(url, args.first()))
            return fail(context, u"history"_s, project.errorString());
        for (const Revision &revision : project.revisions()) {
            *context.out << u"%1  %2  %3  %4"_s.arg(revision.number)
                                    .arg(revision.timeUtc.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                         revision.userName, ChangeText::summary(revision.changes))
                         << u'\n';
        }
        return ExitOk;
    }

    static int diff(CommandContext &context, const QString &url, const QStringList &args)
    {
        bool okFrom = false;
        bool okTo = false;
        const int from = args.value(1).toInt(&okFrom);
        const int to = args.value(2).toInt(&okTo);
        if (args.size() != 3 || !okFrom || !okTo)
            return fail(context, u"diff"_s,
                        tr("give a project and two revisions: diff PROJECT REV1 REV2 "
                           "--workspace URL"));
        WorkspaceProject project;
        if (!project.open(url, args.first()))
            return fail(context, u"diff"_s, project.errorString());
        const auto changes = project.diff(from, to);
        if (!changes)
            return fail(context, u"diff"_s,
                        tr("\"%1\" has no revisions %2 and %3 to compare (it has %n revision(s)).", nullptr,
                           project.lastRevision())
                                .arg(args.first())
                                .arg(from)
                                .arg(to));
        *context.out << tr("Changes from revision %1 to revision %2: %3")
                                .arg(from)
                                .arg(to)
                                .arg(ChangeText::summary(*changes))
                     << u'\n';
        for (const Change &change : *changes)
            *context.out << u"  "_s << ChangeText::describe(change) << u'\n';
        return ExitOk;
    }
};

} // namespace

int runWorkspace(CommandContext &context)
{
    CommandLine line(context, "workspace", WorkspaceCommand::usage());
    if (const auto status = line.parse(2))
        return *status;
    const QStringList args = line.positional();
    if (args.size() == 2 && args.first() == u"init")
        return WorkspaceCommand::init(context, args.at(1));
    if (args.size() == 2 && args.first() == u"list")
        return WorkspaceCommand::list(context, args.at(1));
    return line.usageError();
}

bool takesWorkspace(const QString &command)
{
    static const QStringList commands {u"check"_s, u"import"_s, u"export"_s, u"history"_s, u"diff"_s};
    return commands.contains(command);
}

std::optional<int> runInWorkspace(const QString &command, CommandContext &context)
{
    QStringList args = context.arguments;
    const qsizetype at = args.indexOf(u"--workspace"_s);
    if (at < 0)
        return std::nullopt;
    if (at + 1 >= args.size())
        return WorkspaceCommand::fail(context, command, WorkspaceCommand::tr("--workspace needs a URL"));
    const QString url = args.at(at + 1);
    args.remove(at, 2);
    if (command == u"check")
        return WorkspaceCommand::check(context, url, args);
    if (command == u"import")
        return WorkspaceCommand::importFile(context, url, args);
    if (command == u"export")
        return WorkspaceCommand::exportFile(context, url, args);
    if (command == u"history")
        return WorkspaceCommand::history(context, url, args);
    if (command == u"diff")
        return WorkspaceCommand::diff(context, url, args);
    return WorkspaceCommand::fail(context, command,
                                  WorkspaceCommand::tr("--workspace is for check, export, import, history "
                                                       "and diff"));
}

} // namespace scs::cli

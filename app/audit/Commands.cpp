#include "Commands.h"

#include "CheckCommand.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "SmsCommand.h"
#include "TemplateCommand.h"
#include "WorkspaceCommand.h"

#include <QCoreApplication>

#include <array>

namespace scs::cli {

std::span<const Command> commands()
{
    // std::to_array sizes the table itself: adding a command is one line.
    static const auto table = std::to_array<Command>({
            {"check", QT_TRANSLATE_NOOP("AuditCli", "check request files against the compliance rules"),
             &runCheck},
            {"template", QT_TRANSLATE_NOOP("AuditCli", "print a compliant example request as JSON"),
             &runTemplate},
            {"sms", QT_TRANSLATE_NOOP("AuditCli", "count a text message: encoding, units, segments"),
             &runSms},
            {"export",
             QT_TRANSLATE_NOOP(
                     "AuditCli",
                     "write the case description or audit report (pdf, txt, md) or the project as JSON"),
             &runExport},
            {"import",
             QT_TRANSLATE_NOOP("AuditCli", "add JSON requests to a project file, creating it if needed"),
             &runImport},
            {"history", QT_TRANSLATE_NOOP("AuditCli", "list the revisions of a project file"), &runHistory},
            {"diff",
             QT_TRANSLATE_NOOP("AuditCli", "show the changes between two revisions of a project file"),
             &runDiff},
            {"workspace", QT_TRANSLATE_NOOP("AuditCli", "create or list a team workspace on PostgreSQL"),
             &runWorkspace},
    });
    return table;
}

} // namespace scs::cli

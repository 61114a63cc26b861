#include "Commands.h"

#include "DiffCommand.h"
#include "ExportCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "SmsCommand.h"

#include <QCoreApplication>

#include <array>

namespace scs::cli {

std::span<const Command> commands()
{
    static const std::array<Command, 5> table {{
            {"sms", QT_TRANSLATE_NOOP("AuditCli", "count a text message: encoding, units, segments"), &runSms},
            {"export", QT_TRANSLATE_NOOP("AuditCli", "write a project file (.scproj) as JSON"), &runExport},
            {"import",
             QT_TRANSLATE_NOOP("AuditCli", "add JSON requests to a project file, creating it if needed"),
             &runImport},
            {"history", QT_TRANSLATE_NOOP("AuditCli", "list the revisions of a project file"), &runHistory},
            {"diff",
             QT_TRANSLATE_NOOP("AuditCli", "show the changes between two revisions of a project file"),
             &runDiff},
    }};
    return table;
}

} // namespace scs::cli

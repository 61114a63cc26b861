#include "Commands.h"

#include "SmsCommand.h"

#include <QCoreApplication>

#include <array>

namespace scs::cli {

std::span<const Command> commands()
{
    static const std::array<Command, 1> table {{
            {"sms", QT_TRANSLATE_NOOP("AuditCli", "count a text message: encoding, units, segments"), &runSms},
    }};
    return table;
}

} // namespace scs::cli

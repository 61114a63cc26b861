#include "Commands.h"

#include <QCoreApplication>

#include <array>

namespace scs::cli {

std::span<const Command> commands()
{
    static const std::array<Command, 0> table {};
    return table;
}

} // namespace scs::cli

#pragma once

#include "CommandContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace scs::cli {

// One command's arguments, read by QCommandLineParser, the same way for
// every command: -h and --help print the command's usage (as
// `shortcode-audit help COMMAND` does), and an unknown option, an option
// without its value or an argument too many is an error that names it:
//
//     shortcode-audit check: unknown option --frob
//     Try "shortcode-audit help check".
//
// with exit status 2 (ExitUsage).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // `command` is the command's name, `usage` its translated help text.
    CommandLine(CommandContext &context, const char *command, const QString &usage);

    // An option taking a value when `valueName` is not empty ("--format
    // json", "--format=json", "-o OUT").
    QCommandLineOption option(const QStringList &names, const QString &valueName = QString());

    // Reads the arguments. A status to return at once (after the usage for
    // --help, or an error), or nothing when the command goes on with
    // isSet(), value() and positional().
    std::optional<int> parse(qsizetype maxPositional = -1);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // "shortcode-audit COMMAND: message" and where to find the usage, on
    // standard error; returns ExitUsage.
    int fail(const QString &message) const;
    // The usage on standard error (an argument is missing); returns
    // ExitUsage.
    int usageError() const;

private:
    CommandContext &m_context;
    QString m_command;
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

} // namespace scs::cli

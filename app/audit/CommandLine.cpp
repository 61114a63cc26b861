#include "CommandLine.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

// The option as the user wrote it ("-frob", "--frob"), without a value.
QString asWritten(const QString &name, const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--")
            break;
        const QString option = argument.section(u'=', 0, 0);
        if (option == u'-' + name || option == u"--"_s + name)
            return option;
    }
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

} // namespace

CommandLine::CommandLine(CommandContext &context, const char *command, const QString &usage)
    : m_context(context)
    , m_command(QString::fromLatin1(command))
    , m_usage(usage)
    , m_help(QStringList {u"h"_s, u"help"_s})
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
}

QCommandLineOption CommandLine::option(const QStringList &names, const QString &valueName)
{
    QCommandLineOption option(names);
    option.setValueName(valueName);
    m_parser.addOption(option);
    return option;
}

std::optional<int> CommandLine::parse(qsizetype maxPositional)
{
    // QCommandLineParser takes the program as the first argument.
    if (!m_parser.parse(QStringList {u"shortcode-audit"_s} + m_context.arguments)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return fail(tr("unknown option %1").arg(asWritten(unknown.first(), m_context.arguments)));
        // An option without its value, or a value given to a flag; Qt's
        // message names the option.
        return fail(m_parser.errorText());
    }
    if (m_parser.isSet(m_help)) {
        *m_context.out << m_usage;
        return ExitOk;
    }
    const QStringList arguments = m_parser.positionalArguments();
    if (maxPositional >= 0 && arguments.size() > maxPositional)
        return fail(tr("unexpected argument %1").arg(arguments.at(maxPositional)));
    return std::nullopt;
}

int CommandLine::fail(const QString &message) const
{
    //: An error on the command line: the command's name, then what is wrong.
    *m_context.err << tr("shortcode-audit %1: %2").arg(m_command, message) << u'\n'
                   << tr("Try \"shortcode-audit help %1\".").arg(m_command) << u'\n';
    return ExitUsage;
}

int CommandLine::usageError() const
{
    *m_context.err << m_usage;
    return ExitUsage;
}

} // namespace scs::cli

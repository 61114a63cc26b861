#include "AuditCli.h"

#include "Commands.h"
#include "WorkspaceCommand.h"
#include "i18n/LanguageManager.h"
#include "i18n/Version.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace

QString AuditCli::usage()
{
    QString text = tr("Usage: shortcode-audit [--lang en|ja] COMMAND [OPTIONS] [FILE...]\n"
                      "\n"
                      "Checks short code requests the way a carrier reviewer would, without a display.\n"
                      "\n"
                      "Commands:\n");
    for (const Command &command : commands()) {
        text += u"  %1  %2\n"_s.arg(QLatin1StringView(command.name).toString().leftJustified(10),
                                    QCoreApplication::translate("AuditCli", command.summary));
    }
    text += tr("\n"
               "Options:\n"
               "  --lang en|ja  language of messages (default: the system's)\n"
               "  -h, --help    show this help; help COMMAND or COMMAND --help shows a command's\n"
               "  -v, --version show the version\n"
               "\n"
               "Exit status: 0 no errors, 1 the audit found errors, 2 the input could not be read\n"
               "or the command line is wrong.\n");
    return text;
}

int AuditCli::run(const QStringList &arguments, QIODevice *in, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    std::unique_ptr<LanguageManager> languages;
    QString language = LanguageManager::systemLanguage();

    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString option = args.takeFirst();
        if (option == u"--help" || option == u"-h") {
            languages = std::make_unique<LanguageManager>();
            languages->setLanguage(language);
            out << usage();
            return ExitOk;
        }
        if (option == u"--version" || option == u"-v") {
            out << u"shortcode-audit "_s << applicationVersion() << u'\n';
            return ExitOk;
        }
        if (option == u"--lang" || option.startsWith(u"--lang=")) {
            QString value = option.section(u'=', 1);
            if (option == u"--lang")
                value = args.isEmpty() ? QString() : args.takeFirst();
            if (!LanguageManager::availableLanguages().contains(value)) {
                err << tr("shortcode-audit: unknown language \"%1\" (use en or ja)").arg(value) << u'\n';
                return ExitUsage;
            }
            language = value;
            continue;
        }
        err << tr("shortcode-audit: unknown option %1").arg(option) << u'\n'
            << tr("Try \"shortcode-audit --help\".") << u'\n';
        return ExitUsage;
    }

    languages = std::make_unique<LanguageManager>();
    languages->setLanguage(language);

    if (args.isEmpty()) {
        err << usage();
        return ExitUsage;
    }
    QString name = args.takeFirst();
    // "help COMMAND" is "COMMAND --help"; "help" alone this text.
    if (name == u"help") {
        if (args.isEmpty()) {
            out << usage();
            return ExitOk;
        }
        if (args.size() > 1) {
            err << tr("shortcode-audit help: unexpected argument %1").arg(args.at(1)) << u'\n'
                << tr("Try \"shortcode-audit --help\".") << u'\n';
            return ExitUsage;
        }
        name = args.first();
        args = QStringList {u"--help"_s};
    }
    const Command *command = findCommand(name);
    if (!command) {
        err << tr("shortcode-audit: unknown command \"%1\"").arg(name) << u'\n'
            << tr("Try \"shortcode-audit --help\".") << u'\n';
        return ExitUsage;
    }
    CommandContext context {args, in, &out, &err};
    if (const auto status = runInWorkspace(name, context))
        return *status; // --workspace URL
    const bool askedForHelp = args.size() == 1 && (args.first() == u"--help" || args.first() == u"-h");
    const int status = command->run(context);
    if (askedForHelp && status == ExitOk && takesWorkspace(name))
        out << u'\n'
            << tr("With --workspace URL, %1 works on a project of a team workspace: see \"shortcode-audit "
                  "help "
                  "workspace\".")
                        .arg(name)
            << u'\n';
    return status;
}

} // namespace scs::cli

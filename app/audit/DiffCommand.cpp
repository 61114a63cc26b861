#include "DiffCommand.h"

#include "CommandLine.h"
#include "storage/ChangeText.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    static QString usage()
    {
        return tr("Usage: shortcode-audit diff FILE.scproj REV1 REV2\n"
                  "\n"
                  "Shows what changed from revision REV1 to revision REV2 (numbers as listed by\n"
                  "\"shortcode-audit history\"), one line per change: the request, the field, the\n"
                  "old and the new value (as JSON).\n"
                  "\n"
                  "Exit status: 0, or 2 when the project cannot be read, a revision does not exist,\n"
                  "or the command line is wrong.\n");
    }

    static int run(CommandContext &context)
    {
        QTextStream &out = *context.out;
        QTextStream &err = *context.err;
        CommandLine line(context, "diff", usage());
        if (const auto status = line.parse(3))
            return *status;
        const QStringList args = line.positional();
        if (args.size() != 3)
            return line.usageError();
        bool okFrom = false;
        bool okTo = false;
        const int from = args.at(1).toInt(&okFrom);
        const int to = args.at(2).toInt(&okTo);
        if (!okFrom || !okTo)
            return line.fail(tr("revisions are numbers, e.g. diff project.scproj 1 3"));
        ProjectFile file;
        if (!file.open(args.first(), ProjectFile::OpenMode::ReadOnly)) {
            err << u"shortcode-audit diff: "_s << file.errorString() << u'\n';
            return ExitUsage;
        }
        const int last = file.revisions(false).size();
        for (const int number : {from, to}) {
            if (number < 1 || number > last) {
                err << tr("shortcode-audit diff: %1 has no revision %2 (it has %n revision(s)).", nullptr,
                          last)
                                .arg(QDir::toNativeSeparators(args.first()))
                                .arg(number)
                    << u'\n';
                return ExitUsage;
            }
        }
        const auto changes = file.diff(from, to);
        if (!changes) {
            err << u"shortcode-audit diff: "_s
                << ProjectFile::message(ProjectFile::Error::HistoryDamaged, args.first(),
                                        tr("unreadable revisions"))
                << u'\n';
            return ExitUsage;
        }
        out << tr("Changes from revision %1 to revision %2: %3")
                        .arg(from)
                        .arg(to)
                        .arg(ChangeText::summary(*changes))
            << u'\n';
        for (const Change &change : *changes)
            out << u"  "_s << ChangeText::describe(change) << u'\n';
        return ExitOk;
    }
};

} // namespace

int runDiff(CommandContext &context)
{
    return DiffCommand::run(context);
}

} // namespace scs::cli

#include "HistoryCommand.h"

#include "CommandLine.h"
#include "storage/ChangeText.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static QString usage()
    {
        return tr("Usage: shortcode-audit history FILE.scproj\n"
                  "\n"
                  "Lists the revisions of a project file, oldest first: number, time (UTC), user,\n"
                  "and what changed. \"shortcode-audit diff\" shows the changes field by field.\n"
                  "\n"
                  "Exit status: 0, or 2 when the project cannot be read or the command line is wrong.\n");
    }

    static int run(CommandContext &context)
    {
        QTextStream &out = *context.out;
        QTextStream &err = *context.err;
        CommandLine line(context, "history", usage());
        if (const auto status = line.parse(1))
            return *status;
        const QStringList args = line.positional();
        if (args.isEmpty())
            return line.usageError();
        ProjectFile file;
        if (!file.open(args.first(), ProjectFile::OpenMode::ReadOnly)) {
            err << u"shortcode-audit history: "_s << file.errorString() << u'\n';
            return ExitUsage;
        }
        const QList<Revision> revisions = file.revisions();
        const QStringList headers {tr("Revision"), tr("Time (UTC)"), tr("User"), tr("Changes")};
        QList<QStringList> rows;
        for (const Revision &revision : revisions) {
            rows.append({QString::number(revision.number),
                         revision.timeUtc.toString(u"yyyy-MM-dd HH:mm:ss"_s), revision.userName,
                         ChangeText::summary(revision.changes)});
        }
        // Columns as wide as their widest cell; the last one runs free.
        QList<qsizetype> widths;
        for (const QString &header : headers)
            widths.append(header.size());
        for (const QStringList &row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], row.at(i).size());
        }
        auto print = [&](const QStringList &cells) {
            QString line;
            for (qsizetype i = 0; i < cells.size(); ++i)
                line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
            out << line << u'\n';
        };
        print(headers);
        for (const QStringList &row : rows)
            print(row);
        if (rows.isEmpty())
            out << tr("No revisions recorded.") << u'\n';
        return ExitOk;
    }
};

} // namespace

int runHistory(CommandContext &context)
{
    return HistoryCommand::run(context);
}

} // namespace scs::cli

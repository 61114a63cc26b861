// corpus-eval: runs the labelled compliance corpus through shortcode-audit
// and prints false alarms and misses per rule family, for the tuned and the
// held-out part (tests/corpus/README.md). scripts/eval-rules builds and runs
// it; the corpus_heldout test runs it with the goal.
#include "CorpusCase.h"
#include "CorpusEvaluation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace scs::corpus;

namespace {

enum ExitStatus {
    ExitGoalMet = 0,
    ExitGoalMissed = 1,
    ExitUsage = 2,
};

QString usage()
{
    return u"Usage: corpus-eval --audit PATH [--corpus DIR] [--part tuned|heldout] [--family F]\n"
           "                   [--failures | --verbose] [--show-heldout] [--report-only] [--jobs N]\n"
           "\n"
           "Audits every case of the corpus with `PATH check --format json` and prints, per part\n"
           "and rule family, the false alarms (compliant cases with a warning or error) and the\n"
           "misses (non-compliant cases without one, refused cases without an error).\n"
           "\n"
           "  --audit PATH    the shortcode-audit program to run\n"
           "  --corpus DIR    the corpus folder (default: the folder of this program's sources)\n"
           "  --part P        only that part (default: both)\n"
           "  --family F      only that rule family\n"
           "  --failures      the cases that are not ok, with their findings\n"
           "  --verbose       every case with its outcome and findings\n"
           "  --show-heldout  list held-out cases too (by default only their figures are shown,\n"
           "                  so that nobody tunes the rules on them by accident)\n"
           "  --report-only   exit 0 whatever the figures (default: exit 1 when the held-out\n"
           "                  part misses the goal: <= 5% false alarms, >= 95% caught, every\n"
           "                  refused case an error, no unreadable case)\n"
           "  --jobs N        audits run at once (default: the number of cores)\n"
           "\n"
           "Exit status: 0 goal met (or --report-only), 1 goal missed, 2 usage or corpus error.\n"_s;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return u"ok"_s;
    case Outcome::FalseAlarm:
        return u"FALSE ALARM"_s;
    case Outcome::Miss:
        return u"MISSED"_s;
    case Outcome::RefusedWithoutError:
        return u"NO ERROR"_s;
    case Outcome::Unreadable:
        return u"UNREADABLE"_s;
    }
    return {};
}

QString percent(int part, int whole)
{
    if (whole == 0)
        return u"-"_s;
    return u"%1%"_s.arg(100.0 * part / whole, 0, 'f', 1);
}

QString partTitle(const QString &part)
{
    return part == u"heldout" ? u"Held-out"_s : u"Tuned"_s;
}

void printTable(QTextStream &out, const QString &part, const QMap<QString, Tally> &families)
{
    out << u"%1 part\n"_s.arg(partTitle(part));
    out << u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(u"family"_s, -24)
                    .arg(u"compliant"_s, 9)
                    .arg(u"false alarms"_s, 15)
                    .arg(u"to flag"_s, 8)
                    .arg(u"caught"_s, 15)
                    .arg(u"refused"_s, 8)
                    .arg(u"as error"_s, 9)
                    .arg(u"unreadable"_s, 10);
    auto row = [&out](const QString &name, const Tally &t) {
        out << u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(name, -24)
                        .arg(t.compliant, 9)
                        .arg(u"%1 (%2)"_s.arg(t.falseAlarms).arg(percent(t.falseAlarms, t.compliant)), 15)
                        .arg(t.flaggable, 8)
                        .arg(u"%1 (%2)"_s.arg(t.caught).arg(percent(t.caught, t.flaggable)), 15)
                        .arg(t.refused, 8)
                        .arg(t.refusedWithError, 9)
                        .arg(t.unreadable, 10);
    };
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        if (it.key() != u"total")
            row(it.key(), it.value());
    }
    row(u"total"_s, families.value(u"total"_s));
    QStringList reasons;
    const bool met = meetsGoal(families.value(u"total"_s), &reasons);
    out << u"Goal (<= 5% false alarms, >= 95% caught, every refused case an error): %1\n\n"_s.arg(
            met ? u"met"_s : u"missed: "_s + reasons.join(u"; "_s));
}

void printCases(QTextStream &out, const QList<CaseResult> &results, bool everyCase, bool heldOutToo)
{
    for (const CaseResult &result : results) {
        if (!everyCase && result.outcome == Outcome::Pass)
            continue;
        if (!heldOutToo && result.corpusCase.part == u"heldout")
            continue;
        const CorpusCase &c = result.corpusCase;
        out << u"%1 %2/%3 (%4, %5)"_s.arg(outcomeName(result.outcome), -11)
                        .arg(c.part, c.id, verdictName(c.verdict), c.family);
        if (!c.expect.isEmpty())
            out << u" expect %1"_s.arg(c.expect.join(u", "_s));
        out << u"\n"_s;
        if (!result.error.isEmpty())
            out << u"    %1\n"_s.arg(result.error);
        for (const AuditFinding &f : result.findings)
            out << u"    %1 %2 %3: %4\n"_s.arg(f.severity, -7).arg(f.rule, f.field, f.message);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString corpusDir = QStringLiteral(SCS_CORPUS_DIR);
    QString auditPath;
    QStringList parts;
    QString family;
    bool verbose = false;
    bool failures = false;
    bool showHeldOut = false;
    bool reportOnly = false;
    int jobs = QThread::idealThreadCount();
    QStringList args = QCoreApplication::arguments().mid(1);
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        auto value = [&]() -> QString { return args.isEmpty() ? QString() : args.takeFirst(); };
        if (arg == u"--help" || arg == u"-h") {
            out << usage();
            return ExitGoalMet;
        } else if (arg == u"--audit") {
            auditPath = value();
        } else if (arg == u"--corpus") {
            corpusDir = value();
        } else if (arg == u"--part") {
            const QString part = value();
            if (!corpusParts().contains(part)) {
                err << u"corpus-eval: --part must be tuned or heldout\n"_s;
                return ExitUsage;
            }
            parts = {part};
        } else if (arg == u"--family") {
            family = value();
        } else if (arg == u"--verbose" || arg == u"-v") {
            verbose = true;
        } else if (arg == u"--failures") {
            failures = true;
        } else if (arg == u"--show-heldout") {
            showHeldOut = true;
        } else if (arg == u"--report-only") {
            reportOnly = true;
        } else if (arg == u"--jobs") {
            bool ok = false;
            jobs = value().toInt(&ok);
            if (!ok || jobs < 1) {
                err << u"corpus-eval: --jobs needs a number of at least 1\n"_s;
                return ExitUsage;
            }
        } else {
            err << u"corpus-eval: unknown argument %1\n\n"_s.arg(arg) << usage();
            return ExitUsage;
        }
    }
    if (auditPath.isEmpty() || !QFileInfo(auditPath).isExecutable()) {
        err << u"corpus-eval: --audit must name the shortcode-audit program (got \"%1\")\n"_s.arg(auditPath);
        return ExitUsage;
    }

    QList<CorpusCase> cases;
    QString error;
    if (!loadCorpus(corpusDir, parts, &cases, &error)) {
        err << u"corpus-eval: %1\n"_s.arg(error);
        return ExitUsage;
    }
    if (!family.isEmpty())
        cases.removeIf([&family](const CorpusCase &c) { return c.family != family; });
    if (cases.isEmpty()) {
        err << u"corpus-eval: no cases to run\n"_s;
        return ExitUsage;
    }

    QList<CaseResult> results;
    if (!auditCases(cases, auditPath, jobs, &results, &error)) {
        err << u"corpus-eval: %1\n"_s.arg(error);
        return ExitUsage;
    }

    out << u"Corpus %1: %2 cases, audited with %3\n\n"_s.arg(QDir::cleanPath(corpusDir))
                    .arg(cases.size())
                    .arg(QDir::cleanPath(auditPath));
    const QMap<QString, QMap<QString, Tally>> tallies = tallyByPartAndFamily(results);
    for (const QString &part : corpusParts()) {
        if (tallies.contains(part))
            printTable(out, part, tallies.value(part));
    }
    if (verbose || failures)
        printCases(out, results, verbose, showHeldOut);
    out.flush();

    QStringList reasons;
    const bool heldOutMet = !tallies.contains(u"heldout"_s)
            || meetsGoal(tallies.value(u"heldout"_s).value(u"total"_s), &reasons);
    if (reportOnly || heldOutMet)
        return ExitGoalMet;
    err << u"corpus-eval: the held-out part misses the goal: %1\n"_s.arg(reasons.join(u"; "_s));
    return ExitGoalMissed;
}

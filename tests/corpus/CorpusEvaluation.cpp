#include "CorpusEvaluation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace scs::corpus {

namespace {

// The audit of one request takes milliseconds; this is for a hung process.
constexpr int AuditTimeoutMs = 60000;

bool parseFindings(const QByteArray &output, QList<AuditFinding> *findings, QString *error)
{
    // One JSON object per file and line: {"source", "requests": [...]}.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"unexpected output: %1"_s.arg(QString::fromUtf8(output.left(200)));
        return false;
    }
    for (const QJsonValue &request : document.object().value(u"requests"_s).toArray()) {
        for (const QJsonValue &value : request.toObject().value(u"findings"_s).toArray()) {
            const QJsonObject object = value.toObject();
            findings->append({object.value(u"rule"_s).toString(), object.value(u"severity"_s).toString(),
                              object.value(u"field"_s).toString(), object.value(u"message"_s).toString()});
        }
    }
    return true;
}

void finish(QProcess *process, CaseResult *result)
{
    if (!process->waitForFinished(AuditTimeoutMs)) {
        process->kill();
        process->waitForFinished();
        result->outcome = Outcome::Unreadable;
        result->error = u"the audit did not finish"_s;
        return;
    }
    const QByteArray output = process->readAllStandardOutput();
    const QString errors = QString::fromUtf8(process->readAllStandardError()).trimmed();
    // Exit status 0: no errors, 1: at least one error, 2: unreadable input.
    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() > 1) {
        result->outcome = Outcome::Unreadable;
        result->error = errors.isEmpty() ? u"exit status %1"_s.arg(process->exitCode()) : errors;
        return;
    }
    QString parseError;
    if (!parseFindings(output, &result->findings, &parseError)) {
        result->outcome = Outcome::Unreadable;
        result->error = parseError;
        return;
    }
    result->outcome = classify(result->corpusCase.verdict, result->findings);
}

} // namespace

Outcome classify(Verdict verdict, const QList<AuditFinding> &findings)
{
    const bool error = std::any_of(findings.cbegin(), findings.cend(),
                                   [](const AuditFinding &f) { return f.severity == u"error"; });
    const bool warning = std::any_of(findings.cbegin(), findings.cend(),
                                     [](const AuditFinding &f) { return f.severity == u"warning"; });
    switch (verdict) {
    case Verdict::Compliant:
        return error || warning ? Outcome::FalseAlarm : Outcome::Pass;
    case Verdict::Noncompliant:
        return error || warning ? Outcome::Pass : Outcome::Miss;
    case Verdict::Refused:
        if (error)
            return Outcome::Pass;
        return warning ? Outcome::RefusedWithoutError : Outcome::Miss;
    }
    return Outcome::Miss;
}

bool auditCases(const QList<CorpusCase> &cases, const QString &auditPath, int jobs,
                QList<CaseResult> *results, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = u"cannot create a temporary folder: %1"_s.arg(dir.errorString());
        return false;
    }
    results->clear();
    results->reserve(cases.size());
    QStringList paths;
    for (const CorpusCase &corpusCase : cases) {
        const QString path = dir.filePath(u"%1-%2.json"_s.arg(corpusCase.part, corpusCase.id));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(corpusCase.request).toJson()) < 0
            || !file.flush()) {
            *error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
            return false;
        }
        paths.append(path);
        results->append({corpusCase, Outcome::Pass, {}, {}});
    }

    // Up to `jobs` audits run at once; they finish in the order they started.
    const qsizetype window = std::max(1, jobs);
    std::vector<std::unique_ptr<QProcess>> running(results->size());
    qsizetype started = 0;
    for (qsizetype next = 0; next < results->size(); ++next) {
        for (; started < results->size() && started < next + window; ++started) {
            auto process = std::make_unique<QProcess>();
            process->setProgram(auditPath);
            process->setArguments(
                    {u"--lang"_s, u"en"_s, u"check"_s, u"--format"_s, u"json"_s, paths[started]});
            process->start();
            if (!process->waitForStarted()) {
                *error = u"cannot run %1: %2"_s.arg(auditPath, process->errorString());
                return false;
            }
            running[started] = std::move(process);
        }
        finish(running[next].get(), &(*results)[next]);
        running[next].reset();
    }
    return true;
}

void Tally::add(const CaseResult &result)
{
    if (result.outcome == Outcome::Unreadable)
        ++unreadable;
    switch (result.corpusCase.verdict) {
    case Verdict::Compliant:
        ++compliant;
        // An unreadable compliant case is no evidence either way, but it
        // must not count as a pass: it counts as a false alarm.
        if (result.outcome != Outcome::Pass)
            ++falseAlarms;
        break;
    case Verdict::Refused:
        ++refused;
        if (result.outcome == Outcome::Pass)
            ++refusedWithError;
        [[fallthrough]];
    case Verdict::Noncompliant:
        ++flaggable;
        if (result.outcome == Outcome::Pass)
            ++caught;
        break;
    }
}

double Tally::falseAlarmRate() const
{
    return compliant == 0 ? 0.0 : double(falseAlarms) / compliant;
}

double Tally::catchRate() const
{
    return flaggable == 0 ? 1.0 : double(caught) / flaggable;
}

bool meetsGoal(const Tally &tally, QStringList *reasons)
{
    const int before = int(reasons->size());
    if (tally.falseAlarmRate() > MaxFalseAlarmRate)
        reasons->append(u"false alarms %1% > %2%"_s.arg(100.0 * tally.falseAlarmRate(), 0, 'f', 1)
                                .arg(100.0 * MaxFalseAlarmRate, 0, 'f', 0));
    if (tally.catchRate() < MinCatchRate)
        reasons->append(u"caught %1% < %2%"_s.arg(100.0 * tally.catchRate(), 0, 'f', 1)
                                .arg(100.0 * MinCatchRate, 0, 'f', 0));
    if (tally.refusedWithError < tally.refused)
        reasons->append(
                u"%1 of %2 refused cases without an error"_s.arg(tally.refused - tally.refusedWithError)
                        .arg(tally.refused));
    if (tally.unreadable > 0)
        reasons->append(u"%1 cases unreadable"_s.arg(tally.unreadable));
    return reasons->size() == before;
}

QMap<QString, QMap<QString, Tally>> tallyByPartAndFamily(const QList<CaseResult> &results)
{
    QMap<QString, QMap<QString, Tally>> tallies;
    for (const CaseResult &result : results) {
        QMap<QString, Tally> &part = tallies[result.corpusCase.part];
        part[result.corpusCase.family].add(result);
        part[u"total"_s].add(result);
    }
    return tallies;
}

} // namespace scs::corpus

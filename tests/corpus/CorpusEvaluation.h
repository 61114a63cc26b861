#pragma once

// Runs the corpus through the real `shortcode-audit check --format json` and
// scores each case against its verdict. Info findings never count: a
// compliant case must get no warning and no error, a non-compliant one at
// least one warning or error, a refused one at least one error. A case the
// audit cannot read (exit status 2) is a failure of its own, never a pass.
#include "CorpusCase.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace scs::corpus {

struct AuditFinding
{
    QString rule;
    QString severity;
    QString field;
    QString message;
};

enum class Outcome {
    Pass,
    FalseAlarm, // compliant, but a warning or error
    Miss, // non-compliant or refused, and no warning or error
    RefusedWithoutError, // refused, flagged with warnings only
    Unreadable, // the audit could not read the request
};

struct CaseResult
{
    CorpusCase corpusCase;
    Outcome outcome = Outcome::Pass;
    QList<AuditFinding> findings;
    QString error; // why the audit could not read it, or failed
};

Outcome classify(Verdict verdict, const QList<AuditFinding> &findings);

// Audits every case with the program at auditPath, running up to `jobs`
// audits at once. Returns false only when the audit cannot be run at all.
bool auditCases(const QList<CorpusCase> &cases, const QString &auditPath, int jobs,
                QList<CaseResult> *results, QString *error);

struct Tally
{
    int compliant = 0;
    int falseAlarms = 0;
    int flaggable = 0; // non-compliant and refused cases
    int caught = 0; // non-compliant with a warning or error, refused with an error
    int refused = 0;
    int refusedWithError = 0;
    int unreadable = 0;

    void add(const CaseResult &result);
    double falseAlarmRate() const;
    double catchRate() const;
};

// The goal of issue 14 on the held-out part.
constexpr double MaxFalseAlarmRate = 0.05;
constexpr double MinCatchRate = 0.95;

// Whether a part meets the goal; `reasons` says which figures miss it.
bool meetsGoal(const Tally &tally, QStringList *reasons);

// Per part, per family (sorted), and the part's total under "total".
QMap<QString, QMap<QString, Tally>> tallyByPartAndFamily(const QList<CaseResult> &results);

} // namespace scs::corpus

#pragma once

#include "ReportDocument.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>

namespace scs {

struct Project;

// The audit report for the records: per request the revision and time it
// was made from, the completeness figure, the counts, and every finding
// with its severity, field, rule id, message and source, grouped by section.
class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(scs::AuditReport)

public:
    static ReportDocument build(const Project &project, const ReportSource &source,
                                const RuleOptions &options = {});
    static ReportDocument build(const Project &project, int requestIndex, const ReportSource &source,
                                const RuleOptions &options = {});

    // "Audit report", translated.
    static QString title();
};

} // namespace scs

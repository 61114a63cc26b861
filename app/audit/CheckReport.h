#pragma once

#include "rules/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace scs {
class Request;
}

namespace scs::cli {

// The audit of one request, as `check` prints it.
struct RequestAudit
{
    QString title;
    double completeness = 0;
    QList<Finding> findings;

    int count(Severity severity) const;
};

RequestAudit auditRequest(const Request &request);

// The two output formats of `check`.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    // Human-readable: per request a heading with completeness and counts,
    // then the findings grouped per section, one line each.
    static QString text(const QString &source, const QList<RequestAudit> &audits);
    // request-format.md, "Findings": {"source", "requests": [{"title",
    // "completeness", "counts", "findings": [{"rule", "severity", "field",
    // "message"}]}]}, keys sorted, in UTF-8 with a final newline: on one
    // line (check --format json) or indented by four (export --format json),
    // as QJsonDocument writes them.
    enum class Layout { Compact, Indented };
    static QByteArray json(const QString &source, const QList<RequestAudit> &audits, Layout layout);
};

} // namespace scs::cli

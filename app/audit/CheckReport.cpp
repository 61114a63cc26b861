#include "CheckReport.h"

#include "catalog/Catalog.h"
#include "rules/RuleEngine.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scs::cli {

int RequestAudit::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &finding) { return finding.severity == severity; }));
}

RequestAudit auditRequest(const Request &request)
{
    RequestAudit audit;
    audit.title = request.title();
    audit.completeness = Catalog::completeness(request);
    audit.findings = RuleEngine().check(request);
    return audit;
}

QString CheckReport::text(const QString &source, const QList<RequestAudit> &audits)
{
    QString out;
    for (const RequestAudit &audit : audits) {
        const QString title = audit.title.isEmpty() ? tr("(untitled request)") : audit.title;
        out += u"%1: %2\n"_s.arg(source, title);
        //: The summary line of one request: completeness, then the three counts.
        out += u"  "_s
                + tr("completeness %1%, %2, %3, %4")
                          .arg(int(std::floor(audit.completeness * 100)))
                          .arg(severityCount(Severity::Error, audit.count(Severity::Error)),
                               severityCount(Severity::Warning, audit.count(Severity::Warning)),
                               severityCount(Severity::Info, audit.count(Severity::Info)))
                + u'\n';
        if (audit.findings.isEmpty()) {
            out += u"  "_s + tr("No findings.") + u'\n';
            continue;
        }
        int labelWidth = 0;
        for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
            labelWidth = std::max<int>(labelWidth, severityLabel(severity).size());
        for (const SectionDef &section : Catalog::sections()) {
            bool headed = false;
            for (const Finding &finding : audit.findings) {
                if (Catalog::field(finding.field).section != section.id)
                    continue;
                if (!headed) {
                    out += u"\n  "_s + Catalog::sectionTitle(section.id) + u'\n';
                    headed = true;
                }
                QString label = Catalog::label(finding.field);
                if (finding.item >= 0 && Catalog::field(finding.field).kind == FieldKind::Attachments)
                    label = tr("%1, file %2").arg(label).arg(finding.item + 1);
                else if (finding.item >= 0)
                    label = tr("%1, example %2").arg(label).arg(finding.item + 1);
                out += u"    %1  %2: %3 [%4]\n"_s.arg(
                        severityLabel(finding.severity).leftJustified(labelWidth), label, finding.text(),
                        QLatin1StringView(finding.rule));
            }
        }
        out += u'\n';
    }
    return out;
}

QJsonObject CheckReport::json(const QString &source, const QList<RequestAudit> &audits)
{
    QJsonArray requests;
    for (const RequestAudit &audit : audits) {
        QJsonArray findings;
        for (const Finding &finding : audit.findings) {
            QJsonObject object {
                    {u"rule"_s, QLatin1StringView(finding.rule).toString()},
                    {u"severity"_s, severityKey(finding.severity)},
                    {u"field"_s, Catalog::key(finding.field)},
                    {u"message"_s, finding.text()},
            };
            // Which entry of a list field (an example, a file), zero-based,
            // so tools can point at it.
            if (finding.item >= 0)
                object.insert(u"item"_s, finding.item);
            findings.append(object);
        }
        requests.append(QJsonObject {
                {u"title"_s, audit.title},
                {u"completeness"_s, std::round(audit.completeness * 100) / 100},
                {u"counts"_s,
                 QJsonObject {{u"error"_s, audit.count(Severity::Error)},
                              {u"warning"_s, audit.count(Severity::Warning)},
                              {u"info"_s, audit.count(Severity::Info)}}},
                {u"findings"_s, findings},
        });
    }
    return QJsonObject {{u"source"_s, source}, {u"requests"_s, requests}};
}

} // namespace scs::cli

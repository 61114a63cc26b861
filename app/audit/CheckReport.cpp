#include "CheckReport.h"

#include "catalog/Catalog.h"
#include "rules/RuleEngine.h"
#include "json/JsonWriter.h"

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

QByteArray CheckReport::json(const QString &source, const QList<RequestAudit> &audits, Layout layout)
{
    // The keys of each object in sorted order, as the report has always
    // been written (it was a QJsonObject, which sorts them).
    QByteArray out;
    json::Writer w(out, layout == Layout::Indented ? json::Style::qtIndented() : json::Style::qtCompact());
    w.beginObject();
    w.key("requests"_L1);
    w.beginArray();
    for (const RequestAudit &audit : audits) {
        w.beginObject();
        w.key("completeness"_L1);
        w.value(std::round(audit.completeness * 100) / 100);
        w.key("counts"_L1);
        w.beginObject();
        w.key("error"_L1);
        w.value(audit.count(Severity::Error));
        w.key("info"_L1);
        w.value(audit.count(Severity::Info));
        w.key("warning"_L1);
        w.value(audit.count(Severity::Warning));
        w.endObject();
        w.key("findings"_L1);
        w.beginArray();
        for (const Finding &finding : audit.findings) {
            w.beginObject();
            w.key("field"_L1);
            w.value(Catalog::key(finding.field));
            // Which entry of a list field (an example, a file), zero-based,
            // so tools can point at it.
            if (finding.item >= 0) {
                w.key("item"_L1);
                w.value(finding.item);
            }
            w.key("message"_L1);
            w.value(finding.text());
            w.key("rule"_L1);
            w.value(QLatin1StringView(finding.rule));
            w.key("severity"_L1);
            w.value(severityKey(finding.severity));
            w.endObject();
        }
        w.endArray();
        w.key("title"_L1);
        w.value(audit.title);
        w.endObject();
    }
    w.endArray();
    w.key("source"_L1);
    w.value(source);
    w.endObject();
    w.raw("\n");
    w.flush();
    return out;
}

} // namespace scs::cli

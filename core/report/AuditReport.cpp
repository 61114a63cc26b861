#include "AuditReport.h"

#include "ReportValues.h"
#include "catalog/Catalog.h"
#include "i18n/ListFormat.h"
#include "model/Project.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

ReportItem summaryRow(const QString &label, const QString &value)
{
    ReportItem item;
    item.label = label;
    item.value = value;
    return item;
}

// ISO 8601 in UTC: the same in every language and unambiguous in records.
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString revisionText(const ReportSource &source)
{
    QString text = source.revision > 0 ? AuditReport::tr("Revision %1").arg(source.revision)
                                       : AuditReport::tr("Not saved in a project file");
    if (source.modified)
        text = AuditReport::tr("%1, with unsaved changes").arg(text);
    return text;
}

ReportPart auditPart(const Request &request, const ReportSource &source, const RuleEngine &engine)
{
    ReportPart part;
    part.requestTitle = request.title();
    if (!source.path.isEmpty())
        part.summary << summaryRow(AuditReport::tr("File"), QDir::toNativeSeparators(source.path));
    part.summary << summaryRow(AuditReport::tr("Made from"), revisionText(source));
    part.summary << summaryRow(AuditReport::tr("Time"),
                               source.time.isValid() ? timeText(source.time) : ReportValues::notProvided());
    part.summary << summaryRow(AuditReport::tr("Completeness"),
                               AuditReport::tr("%1 %").arg(qRound(Catalog::completeness(request) * 100)));
    // What the mockup findings are about: the files audited.
    part.summary << summaryRow(Catalog::label(FieldId::EvidenceOptinMockups),
                               ReportValues::value(request, FieldId::EvidenceOptinMockups).text);

    const QList<Finding> findings = engine.check(request);
    QStringList counts;
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const auto n = std::count_if(findings.begin(), findings.end(),
                                     [severity](const Finding &f) { return f.severity == severity; });
        counts << severityCount(severity, int(n));
    }
    part.summary << summaryRow(AuditReport::tr("Findings"), joinList(counts));

    // Findings come in catalog field order, so sections come out in order.
    for (const Finding &finding : findings) {
        const FieldDef &field = Catalog::field(finding.field);
        const QString heading = Catalog::sectionTitle(field.section);
        if (part.sections.isEmpty() || part.sections.last().heading != heading)
            part.sections << ReportSection {heading, {}};
        ReportItem item;
        item.kind = ReportItem::Kind::Finding;
        item.label = Catalog::label(finding.field);
        if (finding.item >= 0 && field.kind == FieldKind::Attachments)
            item.label = AuditReport::tr("%1, file %2").arg(item.label).arg(finding.item + 1);
        else if (finding.item >= 0)
            item.label = AuditReport::tr("%1, example %2").arg(item.label).arg(finding.item + 1);
        item.value = finding.text();
        item.severity = severityLabel(finding.severity);
        item.severityKey = severityKey(finding.severity);
        item.rule = QLatin1StringView(finding.rule).toString();
        if (const RuleInfo *rule = RuleEngine::rule(item.rule))
            item.source = QString::fromUtf8(rule->source);
        part.sections.last().items << item;
    }
    if (findings.isEmpty()) {
        ReportItem none;
        none.kind = ReportItem::Kind::Statement;
        none.value = AuditReport::tr("No findings.");
        part.sections << ReportSection {AuditReport::tr("Findings"), {none}};
    }
    return part;
}

} // namespace

QString AuditReport::title()
{
    return tr("Audit report");
}

ReportDocument AuditReport::build(const Project &project, const ReportSource &source,
                                  const RuleOptions &options)
{
    ReportDocument document;
    document.type = ReportDocument::Type::AuditReport;
    document.title = title();
    document.projectName = source.projectName.isEmpty() ? project.name : source.projectName;
    document.language = ReportValues::language();
    const RuleEngine engine(options);
    for (const Request &request : project.requests)
        document.parts << auditPart(request, source, engine);
    return document;
}

ReportDocument AuditReport::build(const Project &project, int requestIndex, const ReportSource &source,
                                  const RuleOptions &options)
{
    return build(Project {project.name, {project.requests.value(requestIndex)}}, source, options);
}

} // namespace scs

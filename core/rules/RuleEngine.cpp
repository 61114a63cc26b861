#include "RuleEngine.h"

#include "RuleRegistry.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace scs {

namespace rules {

namespace {

Registry build()
{
    Registry r;
    addCompletenessRules(r);
    addCaseRules(r);
    addCompanyRules(r);
    addSignupRules(r);
    addPurposeRules(r);
    addContentRules(r);
    addSmsRules(r);
    addTrackingRules(r);
    addConsoleRules(r);
    addLimitRules(r);

    // Output order: catalog field order, then rule order (then item, which
    // each check keeps by walking its items in order).
    std::array<int, FieldCount> position {};
    int p = 0;
    for (const FieldDef &def : Catalog::fields())
        position[fieldIndex(def.id)] = p++;
    std::stable_sort(r.m_checks.begin(), r.m_checks.end(), [&](const Check &a, const Check &b) {
        const int pa = position[fieldIndex(a.field)];
        const int pb = position[fieldIndex(b.field)];
        return pa != pb ? pa < pb : a.rule < b.rule;
    });
    for (std::size_t c = 0; c < r.m_checks.size(); ++c) {
        for (std::size_t f = 0; f < FieldCount; ++f) {
            if (r.m_checks[c].reads.test(f))
                r.m_readers[f].push_back(int(c));
        }
    }
    return r;
}

} // namespace

const Registry &registry()
{
    static const Registry instance = build();
    return instance;
}

std::vector<FieldId> smsFields()
{
    std::vector<FieldId> ids;
    for (const FieldDef &def : Catalog::fields()) {
        if (def.kind == FieldKind::Sms)
            ids.push_back(def.id);
    }
    return ids;
}

std::vector<FieldId> textFields()
{
    std::vector<FieldId> ids;
    for (const FieldDef &def : Catalog::fields()) {
        if (isFreeText(def.kind))
            ids.push_back(def.id);
    }
    return ids;
}

} // namespace rules

namespace {

void runCheck(const rules::Context &context, int index, QList<Finding> &out)
{
    const rules::Registry &r = rules::registry();
    const rules::Check &check = r.m_checks[std::size_t(index)];
    rules::Out sink(r.m_rules[std::size_t(check.rule)], check.field, out);
    check.run(context, check.field, sink);
}

} // namespace

RuleEngine::RuleEngine(const RuleOptions &options)
    : m_options(options)
{ }

std::span<const RuleInfo> RuleEngine::rules()
{
    return rules::registry().m_rules;
}

const RuleInfo *RuleEngine::rule(QStringView id)
{
    for (const RuleInfo &info : rules()) {
        if (id == QLatin1StringView(info.id))
            return &info;
    }
    return nullptr;
}

QList<Finding> RuleEngine::check(const Request &request) const
{
    const rules::Context context(request, m_options);
    QList<Finding> out;
    const int checks = int(rules::registry().m_checks.size());
    for (int c = 0; c < checks; ++c)
        runCheck(context, c, out);
    return out;
}

void RuleEngine::reset(const Request &request)
{
    const rules::Context context(request, m_options);
    const int checks = int(rules::registry().m_checks.size());
    m_perRule.clear();
    m_perRule.resize(checks);
    for (int c = 0; c < checks; ++c)
        runCheck(context, c, m_perRule[c]);
}

bool RuleEngine::update(const Request &request, FieldId changed)
{
    if (m_perRule.isEmpty()) {
        reset(request);
        return true;
    }
    const rules::Context context(request, m_options);
    bool anyChange = false;
    QList<Finding> fresh;
    for (const int c : rules::registry().m_readers[fieldIndex(changed)]) {
        fresh.clear();
        runCheck(context, c, fresh);
        if (fresh != m_perRule[c]) {
            m_perRule[c].swap(fresh);
            anyChange = true;
        }
    }
    return anyChange;
}

QList<Finding> RuleEngine::findings() const
{
    QList<Finding> out;
    for (const QList<Finding> &list : m_perRule)
        out += list;
    return out;
}

int RuleEngine::count(Severity severity) const
{
    int n = 0;
    for (const QList<Finding> &list : m_perRule) {
        for (const Finding &finding : list)
            n += finding.severity == severity ? 1 : 0;
    }
    return n;
}

} // namespace scs

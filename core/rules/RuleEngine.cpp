#include "RuleEngine.h"

#include "RuleRegistry.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

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
    addEvidenceRules(r);
    addProgramRules(r);
    addSmsRules(r);
    addTrackingRules(r);
    addConsoleRules(r);
    addLimitRules(r);

    // Output order: catalog field order, then rule order (then item, which
    // each check keeps by walking its items in order).
    std::array<int, FieldCount> &position = r.m_position;
    int p = 0;
    for (const FieldDef &def : Catalog::fields())
        position[fieldIndex(def.id)] = p++;
    std::stable_sort(r.m_checks.begin(), r.m_checks.end(), [&](const Check &a, const Check &b) {
        const int pa = position[fieldIndex(a.field)];
        const int pb = position[fieldIndex(b.field)];
        return pa != pb ? pa < pb : a.rule < b.rule;
    });
    for (std::size_t i = 0; i < r.m_rules.size(); ++i)
        r.m_ruleIndex.emplace(static_cast<const void *>(r.m_rules[i].id), int(i));
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

FieldSet categoryFields()
{
    FieldSet set;
    for (const FieldDef &def : Catalog::fields()) {
        if (ProgramModel::feedsCategories(def.id))
            set.set(fieldIndex(def.id));
    }
    return set;
}

FieldSet brandBearingFields()
{
    FieldSet set = kBrandFields;
    for (const FieldDef &def : Catalog::fields()) {
        if (ProgramModel::isMessage(def.id))
            set.set(fieldIndex(def.id));
    }
    set.set(fieldIndex(FieldId::SignupOptionText));
    return set;
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

// Output order: catalog field order, then rule order, then item. Checks run
// in that order already; a check that judges the whole program may report
// on another field, so the list is put in order once more (stable, and
// nearly sorted, so cheap).
void putInOrder(QList<Finding> &findings)
{
    const rules::Registry &r = rules::registry();
    const auto key = [&](const Finding &f) {
        const auto rule = r.m_ruleIndex.find(static_cast<const void *>(f.rule));
        return std::tuple(r.m_position[fieldIndex(f.field)],
                          rule == r.m_ruleIndex.end() ? int(r.m_rules.size()) : rule->second, f.item);
    };
    bool sorted = true;
    for (qsizetype i = 1; i < findings.size() && sorted; ++i)
        sorted = !(key(findings[i]) < key(findings[i - 1]));
    if (!sorted)
        std::stable_sort(findings.begin(), findings.end(),
                         [&](const Finding &a, const Finding &b) { return key(a) < key(b); });
}

} // namespace

RuleEngine::RuleEngine(const RuleOptions &options)
    : m_options(options)
    , m_model(std::make_unique<rules::ProgramModel>())
{ }

RuleEngine::~RuleEngine() = default;
RuleEngine::RuleEngine(RuleEngine &&) noexcept = default;
RuleEngine &RuleEngine::operator=(RuleEngine &&) noexcept = default;

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
    rules::ProgramModel model;
    const rules::Context context(request, m_options, model);
    QList<Finding> out;
    const int checks = int(rules::registry().m_checks.size());
    for (int c = 0; c < checks; ++c)
        runCheck(context, c, out);
    putInOrder(out);
    return out;
}

void RuleEngine::reset(const Request &request)
{
    m_model->clear();
    const rules::Context context(request, m_options, *m_model);
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
    m_model->invalidate(changed);
    const rules::Context context(request, m_options, *m_model);
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
    putInOrder(out);
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

#pragma once

#include "ProgramModel.h"
#include "RuleEngine.h"
#include "TextMatch.h"
#include "sms/SmsAnalysis.h"

#include <bitset>
#include <initializer_list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

// The inside of the rule engine: how rules register their checks. Each
// rule is one function; a rule that applies to several fields (every SMS
// field, every text field) is registered once per field, so that editing
// one field re-runs only the checks of that field.
namespace scs::rules {

using FieldSet = std::bitset<FieldCount>;

inline FieldSet fieldSet(std::initializer_list<FieldId> ids)
{
    FieldSet set;
    for (const FieldId id : ids)
        set.set(fieldIndex(id));
    return set;
}

// The fields the brand names come from.
inline const FieldSet kBrandFields =
        fieldSet({FieldId::CompanyBrandName, FieldId::CompanyName, FieldId::CompanyProductName});
// The fields the content categories are read from.
FieldSet categoryFields();
// The texts that name the brand when the program does (messages, examples,
// the sign-up text).
FieldSet brandBearingFields();

// What a check sees: the request, the options, and the program model
// (derived from the whole request, kept between runs by the engine).
class Context
{
public:
    Context(const Request &request, const RuleOptions &options, ProgramModel &model)
        : m_request(request)
        , m_options(options)
        , m_model(model)
    { }

    const Request &request() const { return m_request; }
    const RuleOptions &options() const { return m_options; }
    const QString &text(FieldId id) const { return m_request.text(id); }
    const FieldValue &value(FieldId id) const { return m_request.value(id); }
    // The words of a field's text, split once per run and shared by the rules.
    const text::Words &words(FieldId id) const
    {
        auto &slot = m_words[fieldIndex(id)];
        if (!slot)
            slot = std::make_unique<text::Words>(text(id));
        return *slot;
    }
    // The SMS counts of a field's text, counted once per run (three length
    // and encoding rules read them).
    const sms::Counts &smsCounts(FieldId id) const
    {
        auto &slot = m_counts[fieldIndex(id)];
        if (!slot)
            slot = sms::count(text(id));
        return *slot;
    }
    const ExampleList &examples() const
    {
        if (!m_examplesLoaded) {
            m_examples = value(FieldId::ContentExamples).toExamples();
            m_exampleWords.resize(std::size_t(m_examples.size()));
            m_examplesLoaded = true;
        }
        return m_examples;
    }
    // The words of example i's text.
    const text::Words &exampleWords(qsizetype i) const
    {
        const ExampleList &list = examples();
        auto &slot = m_exampleWords[std::size_t(i)];
        if (!slot)
            slot = std::make_unique<text::Words>(list[i].text);
        return *slot;
    }

    // The program model.
    ProgramModel &program() const { return m_model; }
    const text::Brands &brands() const { return m_model.brands(*this); }
    bool has(FieldId field, ProgramModel::Fact fact, int item = -1) const
    {
        return m_model.fact(*this, field, fact, item);
    }
    // The brand is known and the text does not name it.
    bool lacksBrand(FieldId field, int item = -1) const
    {
        return !brands().isEmpty() && !has(field, ProgramModel::NamesBrand, item);
    }
    const std::optional<ProgramModel::CategorySource> &category(text::Category category) const
    {
        return m_model.category(*this, category);
    }

private:
    const Request &m_request;
    const RuleOptions &m_options;
    ProgramModel &m_model;
    mutable std::array<std::unique_ptr<text::Words>, FieldCount> m_words;
    mutable std::array<std::optional<sms::Counts>, FieldCount> m_counts;
    mutable ExampleList m_examples; // keeps the texts the example words view
    mutable std::vector<std::unique_ptr<text::Words>> m_exampleWords;
    mutable bool m_examplesLoaded = false;
};

// Where a check writes its findings: rule and field are filled in. A check
// that judges the whole program may report on another field than its own
// (the one to fix): the engine puts every finding in output order.
class Out
{
public:
    Out(const RuleInfo &rule, FieldId field, QList<Finding> &findings)
        : m_rule(rule)
        , m_field(field)
        , m_findings(findings)
    { }

    void operator()(const char *message, QList<MessageArg> args = {}, int item = -1)
    {
        on(m_field, message, std::move(args), item);
    }
    void on(FieldId field, const char *message, QList<MessageArg> args = {}, int item = -1, int count = -1)
    {
        m_findings.append(Finding {m_rule.id, m_rule.severity, field, message, std::move(args), item, count});
    }
    // A message with a count for its plural form (%n).
    void counted(int count, const char *message, QList<MessageArg> args = {}, int item = -1)
    {
        on(m_field, message, std::move(args), item, count);
    }

private:
    const RuleInfo &m_rule;
    FieldId m_field;
    QList<Finding> &m_findings;
};

using CheckFn = void (*)(const Context &context, FieldId field, Out &out);

struct Check
{
    int rule; // index into the rule list
    FieldId field; // the field it checks and reports on
    FieldSet reads;
    CheckFn run;
};

class Registry
{
public:
    // Adds a rule (in the order of rules.md); returns its index.
    int rule(const RuleInfo &info)
    {
        m_rules.push_back(info);
        return int(m_rules.size()) - 1;
    }
    // Adds a check of `rule` on `field`; it reads `field` and `reads`.
    void check(int rule, FieldId field, FieldSet reads, CheckFn run)
    {
        reads.set(fieldIndex(field));
        m_checks.push_back({rule, field, reads, run});
    }

    std::vector<RuleInfo> m_rules;
    std::vector<Check> m_checks; // sorted: catalog field order, then rule order
    std::array<std::vector<int>, FieldCount> m_readers; // per field: checks that read it
    std::array<int, FieldCount> m_position {}; // per field: its place in the catalog
    std::unordered_map<const void *, int> m_ruleIndex; // rule id (the pointer) -> index
};

// Built once: every rule, its checks in output order, the per-field index.
const Registry &registry();

// Fields by kind, from the catalog.
std::vector<FieldId> smsFields(); // kind sms
std::vector<FieldId> textFields(); // kinds whose value is text typed by the user

// The elements of a compliant message, as flags: which ones to look for.
enum Element : unsigned {
    Brand = 1,
    Frequency = 2,
    Rates = 4,
    Stop = 8,
    Help = 16,
};
inline constexpr unsigned kFiveElements = Brand | Frequency | Rates | Stop | Help;
// The terms (context "scs::Terms") of the elements missing from the text.
// The brand is left to messages_name_brand when no message names it.
QList<const char *> missingElements(const Context &context, FieldId field, unsigned elements, int item = -1);

// Registration, one function per section of rules.md.
void addCompletenessRules(Registry &registry);
void addCaseRules(Registry &registry);
void addCompanyRules(Registry &registry);
void addSignupRules(Registry &registry);
void addPurposeRules(Registry &registry);
void addContentRules(Registry &registry);
void addEvidenceRules(Registry &registry);
void addProgramRules(Registry &registry);
void addSmsRules(Registry &registry);
void addTrackingRules(Registry &registry);
void addConsoleRules(Registry &registry);
void addLimitRules(Registry &registry);

} // namespace scs::rules

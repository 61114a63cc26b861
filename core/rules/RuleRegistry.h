#pragma once

#include "RuleEngine.h"
#include "TextMatch.h"

#include <bitset>
#include <initializer_list>
#include <memory>
#include <optional>
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

inline const FieldSet kBrandFields = fieldSet({FieldId::CompanyName, FieldId::CompanyProductName});

// What a check sees: the request, the options, and values derived once per
// run (the brand).
class Context
{
public:
    Context(const Request &request, const RuleOptions &options)
        : m_request(request)
        , m_options(options)
    { }

    const Request &request() const { return m_request; }
    const RuleOptions &options() const { return m_options; }
    const QString &text(FieldId id) const { return m_request.text(id); }
    const FieldValue &value(FieldId id) const { return m_request.value(id); }
    const text::Brand &brand() const
    {
        if (!m_brand)
            m_brand.emplace(text(FieldId::CompanyName), text(FieldId::CompanyProductName));
        return *m_brand;
    }
    // The words of a field's text, split once per run and shared by the rules.
    const text::Words &words(FieldId id) const
    {
        auto &slot = m_words[fieldIndex(id)];
        if (!slot)
            slot = std::make_unique<text::Words>(text(id));
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
    // The brand is missing from the text (and a brand is known at all).
    bool lacksBrand(QStringView text) const { return !brand().isEmpty() && !brand().foundIn(text); }

private:
    const Request &m_request;
    const RuleOptions &m_options;
    mutable std::optional<text::Brand> m_brand;
    mutable std::array<std::unique_ptr<text::Words>, FieldCount> m_words;
    mutable ExampleList m_examples; // keeps the texts the example words view
    mutable std::vector<std::unique_ptr<text::Words>> m_exampleWords;
    mutable bool m_examplesLoaded = false;
};

// Where a check writes its findings: rule and field are filled in.
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
        m_findings.append(Finding {m_rule.id, m_rule.severity, m_field, message, std::move(args), item});
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
QList<const char *> missingElements(const Context &context, const text::Words &words, unsigned elements);

// Registration, one function per section of rules.md.
void addCompletenessRules(Registry &registry);
void addCaseRules(Registry &registry);
void addCompanyRules(Registry &registry);
void addSignupRules(Registry &registry);
void addPurposeRules(Registry &registry);
void addContentRules(Registry &registry);
void addSmsRules(Registry &registry);
void addTrackingRules(Registry &registry);
void addConsoleRules(Registry &registry);
void addLimitRules(Registry &registry);

} // namespace scs::rules

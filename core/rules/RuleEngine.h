#pragma once

#include "Finding.h"
#include "model/Request.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <span>

namespace scs {

namespace rules {
class ProgramModel;
}

// A rule as listed in rules.md: id, severity, the field it reports on, and
// the source it rests on. `summary` is a source text (context "scs::Rules").
struct RuleInfo
{
    const char *id;
    Severity severity;
    FieldId field; // the main field it reports on
    const char *source;
    const char *summary;
};

struct RuleOptions
{
    // spend_estimate: the price of one segment in USD, as decimal text.
    QString pricePerSegmentUsd = QStringLiteral("0.01");
    // tracking_dates: "today", to find dates in the future. Invalid = the
    // current date.
    QDate today;
};

// Runs the compliance rules of rules.md over a request. The rules read a
// model of the program derived from the whole request (rules/ProgramModel.h).
// Every rule declares the fields it reads; update() re-runs only the rules
// that read the changed field, and the model re-derives only what that field
// feeds, so a keystroke costs a few rules, not the whole audit.
class RuleEngine
{
public:
    explicit RuleEngine(const RuleOptions &options = {});
    ~RuleEngine();
    RuleEngine(RuleEngine &&) noexcept;
    RuleEngine &operator=(RuleEngine &&) noexcept;

    static std::span<const RuleInfo> rules();
    static const RuleInfo *rule(QStringView id);

    // Stateless: every finding of the request, in catalog field order, then
    // rule order.
    QList<Finding> check(const Request &request) const;

    // Incremental use (the editor): reset() runs everything and keeps the
    // findings per rule; update() re-runs the rules that read `changed` and
    // returns whether the findings changed.
    void reset(const Request &request);
    bool update(const Request &request, FieldId changed);
    QList<Finding> findings() const;
    int count(Severity severity) const;

    const RuleOptions &options() const { return m_options; }

private:
    RuleOptions m_options;
    // Findings per check (a rule on one field), in output order: a rule
    // that applies to many fields has one check per field.
    QList<QList<Finding>> m_perRule;
    // What reset() and update() derived from the request, kept between keystrokes.
    std::unique_ptr<rules::ProgramModel> m_model;
};

} // namespace scs

// Contact and tracking (rules.md): after submission.
#include "RuleRegistry.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace scs::rules {

namespace {

QDate dateOf(const Context &c, FieldId field)
{
    return QDate::fromString(c.text(field).trimmed(), Qt::ISODate);
}

QDate today(const Context &c)
{
    return c.options().today.isValid() ? c.options().today : QDate::currentDate();
}

void shortCodeFormat(const Context &c, FieldId field, Out &out)
{
    const QStringView code = QStringView(c.text(field)).trimmed();
    if (code.isEmpty())
        return;
    bool digits = true;
    for (const QChar ch : code)
        digits = digits && ch >= u'0' && ch <= u'9';
    if (!digits || code.size() < 3 || code.size() > 7) {
        out(QT_TRANSLATE_NOOP("scs::Rules", "Not a short code: enter its 3 to 7 digits."));
        return;
    }
    const QStringList countries = c.value(FieldId::CaseCountries).toStringList();
    const bool nanp = countries.contains(u"US"_s) || countries.contains(u"CA"_s);
    if (nanp && (code.size() < 5 || code.size() > 6 || code.front() == u'0' || code.front() == u'1'))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "A US or Canadian short code has 5 or 6 digits and does not start "
                              "with 0 or 1: check the number."));
}

const char *const kFutureMessage =
        QT_TRANSLATE_NOOP("scs::Rules", "The date %1 is in the future: enter the day it happened.");

void submittedDate(const Context &c, FieldId field, Out &out)
{
    const QDate submitted = dateOf(c, field);
    if (submitted.isValid() && submitted > today(c))
        out(kFutureMessage, {MessageArg::literal(submitted.toString(Qt::ISODate))});
}

void provisionedDate(const Context &c, FieldId field, Out &out)
{
    const QDate provisioned = dateOf(c, field);
    if (!provisioned.isValid())
        return;
    const QDate submitted = dateOf(c, FieldId::TrackingSubmittedOn);
    if (submitted.isValid() && provisioned < submitted)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Provisioned on %1, before the request was submitted on %2: check "
                              "both dates."),
            {MessageArg::literal(provisioned.toString(Qt::ISODate)),
             MessageArg::literal(submitted.toString(Qt::ISODate))});
    else if (provisioned > today(c))
        out(kFutureMessage, {MessageArg::literal(provisioned.toString(Qt::ISODate))});
}

void feesStarted(const Context &c, FieldId field, Out &out)
{
    if (dateOf(c, field).isValid())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Fees run from the day the request was submitted, even before the "
                              "short code is provisioned."));
}

} // namespace

void addTrackingRules(Registry &r)
{
    r.check(r.rule({"short_code_format", Severity::Error, FieldId::TrackingShortCode, "Guide; US registry",
                    QT_TRANSLATE_NOOP("scs::Rules", "Not a short code of the usual length")}),
            FieldId::TrackingShortCode, fieldSet({FieldId::CaseCountries}), &shortCodeFormat);
    const int dates =
            r.rule({"tracking_dates", Severity::Warning, FieldId::TrackingSubmittedOn, "(consistency)",
                    QT_TRANSLATE_NOOP("scs::Rules", "Dates in the wrong order or in the future")});
    r.check(dates, FieldId::TrackingSubmittedOn, {}, &submittedDate);
    r.check(dates, FieldId::TrackingProvisionedOn, fieldSet({FieldId::TrackingSubmittedOn}),
            &provisionedDate);
    r.check(r.rule({"fees_started", Severity::Info, FieldId::TrackingSubmittedOn, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "Fees run from the request")}),
            FieldId::TrackingSubmittedOn, {}, &feesStarted);
}

} // namespace scs::rules

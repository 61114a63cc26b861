// Case, quota and spending (rules.md).
#include "Money.h"
#include "RuleRegistry.h"
#include "catalog/Catalog.h"
#include "sms/SmsAnalysis.h"

namespace scs::rules {

namespace {

constexpr qint64 kDefaultThresholdMicros = 1'000'000; // USD 1.00
constexpr qint64 kLargeThresholdMicros = 10'000'000'000; // USD 10,000.00

// An absolute http(s) URL whose host has a dot (a URL is not on a hot path,
// but the check is simple enough to do by hand).
bool isValidUrl(QStringView url, bool *isHttp)
{
    url = url.trimmed();
    qsizetype start = 0;
    if (url.startsWith(u"https://", Qt::CaseInsensitive)) {
        start = 8;
        *isHttp = false;
    } else if (url.startsWith(u"http://", Qt::CaseInsensitive)) {
        start = 7;
        *isHttp = true;
    } else {
        return false;
    }
    qsizetype end = start;
    while (end < url.size() && url[end] != u'/' && url[end] != u'?' && url[end] != u'#')
        ++end;
    QStringView host = url.sliced(start, end - start);
    if (const qsizetype at = host.lastIndexOf(u'@'); at >= 0)
        host = host.sliced(at + 1);
    if (const qsizetype colon = host.indexOf(u':'); colon >= 0)
        host = host.first(colon);
    if (host.isEmpty() || !host.contains(u'.') || host.startsWith(u'.') || host.endsWith(u'.')
        || host.contains(u".."))
        return false;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.'))
            return false;
    }
    for (const QChar c : url) {
        if (c.isSpace())
            return false;
    }
    return true;
}

void urlValid(const Context &c, FieldId field, Out &out)
{
    bool http = false;
    if (!c.text(field).trimmed().isEmpty() && !isValidUrl(c.text(field), &http))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Not a complete web address: enter it with https:// and the full "
                              "host name, e.g. https://www.yourcompany.com/sms."));
}

void urlHttps(const Context &c, FieldId field, Out &out)
{
    bool http = false;
    if (isValidUrl(c.text(field), &http) && http)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The address uses http: give the https address, as the carriers' "
                              "vetting expects a secure site."));
}

void oneCountryPerCode(const Context &c, FieldId field, Out &out)
{
    const qsizetype n = c.value(field).toStringList().size();
    if (n > 1)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "%1 countries are listed, but a short code serves only one country: "
                              "keep one here and make a separate request for each other country."),
            {MessageArg::number(n)});
}

void quotaMatchesType(const Context &c, FieldId field, Out &out)
{
    const QString &quota = c.text(field);
    const QString &type = c.text(FieldId::CaseMessageType);
    if (!quota.isEmpty() && !type.isEmpty() && quota != type)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The quota differs from the message type chosen under Case "
                              "classification: choose the same type in both."));
}

void quotaCount(const Context &c, FieldId field, Out &out)
{
    const qint64 n = c.value(field).toInteger().value_or(0);
    if (n > 1)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "%1 short codes requested: one is typical, and each short code "
                              "costs fees. Request more only if your use case needs them."),
            {MessageArg::number(n)});
}

std::optional<qint64> limitMicros(const Context &c)
{
    const QString &limit = c.text(FieldId::SpendMonthlyLimitUsd);
    if (limit.trimmed().isEmpty())
        return std::nullopt;
    return money::parseMicros(limit);
}

void spendDefaultThreshold(const Context &c, FieldId, Out &out)
{
    const qint64 limit = limitMicros(c).value_or(kDefaultThresholdMicros);
    if (limit > kDefaultThresholdMicros)
        return;
    const bool expected = c.value(FieldId::SpendExpectedMonthlyMessages).toInteger().value_or(0) > 0;
    if (expected || Catalog::completeness(c.request()) >= 1.0)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The monthly spending threshold is USD %1: sending stops once it "
                              "is reached (the default is USD 1.00). Request a threshold that "
                              "covers your expected messages."),
            {MessageArg::literal(money::formatMicros(limit))});
}

void spendEstimate(const Context &c, FieldId, Out &out)
{
    const qint64 expected = c.value(FieldId::SpendExpectedMonthlyMessages).toInteger().value_or(0);
    const auto price = money::parseMicros(c.options().pricePerSegmentUsd);
    if (expected <= 0 || !price)
        return;
    int segments = 0;
    if (const FieldValue &v = c.value(FieldId::ContentExamples); v.isExamples()) {
        for (const Example &example : v.toExamples())
            segments = std::max(segments, sms::count(example.text).segments);
    }
    if (segments == 0)
        return;
    qint64 estimate = 0;
    if (__builtin_mul_overflow(expected, qint64(segments), &estimate)
        || __builtin_mul_overflow(estimate, *price, &estimate))
        estimate = std::numeric_limits<qint64>::max();
    const qint64 limit = limitMicros(c).value_or(kDefaultThresholdMicros);
    if (estimate > limit)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The estimated cost of USD %1 a month (%2 messages × %3 segments × "
                              "USD %4) exceeds the threshold of USD %5: raise the threshold."),
            {MessageArg::literal(money::formatMicros(estimate)), MessageArg::number(expected),
             MessageArg::number(segments), MessageArg::literal(c.options().pricePerSegmentUsd.trimmed()),
             MessageArg::literal(money::formatMicros(limit))});
}

void spendLargeNeedsDetails(const Context &c, FieldId, Out &out)
{
    if (limitMicros(c).value_or(0) > kLargeThresholdMicros)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "A threshold above USD 10,000 needs more details: for each country, "
                              "the sender type, the peak messages per second and the average "
                              "message size. Add them to the case notes."));
}

// An AWS Region name: "us-east-1", "eu-west-2", "us-gov-west-1".
bool isRegionName(QStringView region)
{
    const QList<QStringView> parts = region.split(u'-');
    if (parts.size() < 3 || parts.size() > 4 || parts.front().size() != 2)
        return false;
    for (const QStringView part : parts.first(parts.size() - 1)) {
        if (part.isEmpty())
            return false;
        for (const QChar ch : part) {
            if (!(ch >= u'a' && ch <= u'z'))
                return false;
        }
    }
    if (parts.back().isEmpty())
        return false;
    for (const QChar ch : parts.back()) {
        if (!(ch >= u'0' && ch <= u'9'))
            return false;
    }
    return true;
}

void regionRequired(const Context &c, FieldId field, Out &out)
{
    const QStringView region = QStringView(c.text(field)).trimmed();
    if (!Catalog::conditionHolds(c.request(), field))
        return;
    if (region.isEmpty())
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The spending increase is asked for in this case, but without its AWS Region: "
                              "enter the Region you send from, e.g. us-east-1."));
    else if (!isRegionName(region))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "%1 is not an AWS Region name: enter it as in the console, e.g. us-east-1."),
            {MessageArg::literal(region.toString())});
}

} // namespace

void addCaseRules(Registry &r)
{
    const int urlValidRule = r.rule(
            {"url_valid", Severity::Error, FieldId::CaseSiteUrl, "Guide",
             QT_TRANSLATE_NOOP("scs::Rules", "Not an absolute http(s) address with a full host name")});
    r.check(urlValidRule, FieldId::CaseSiteUrl, {}, &urlValid);
    r.check(urlValidRule, FieldId::SignupWebsite, {}, &urlValid);
    r.check(urlValidRule, FieldId::SignupTermsUrl, {}, &urlValid);
    r.check(urlValidRule, FieldId::SignupPrivacyUrl, {}, &urlValid);
    r.check(urlValidRule, FieldId::PurposeContestRulesUrl, {}, &urlValid);
    const int https = r.rule({"url_https", Severity::Info, FieldId::CaseSiteUrl, "carriers' vetting",
                              QT_TRANSLATE_NOOP("scs::Rules", "http instead of https")});
    r.check(https, FieldId::CaseSiteUrl, {}, &urlHttps);
    r.check(https, FieldId::SignupWebsite, {}, &urlHttps);
    r.check(https, FieldId::PurposeContestRulesUrl, {}, &urlHttps);
    r.check(r.rule({"one_country_per_code", Severity::Error, FieldId::CaseCountries, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "More than one country for one short code")}),
            FieldId::CaseCountries, {}, &oneCountryPerCode);
    r.check(r.rule({"quota_matches_type", Severity::Warning, FieldId::RequestsQuota, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "The quota differs from the message type")}),
            FieldId::RequestsQuota, fieldSet({FieldId::CaseMessageType}), &quotaMatchesType);
    r.check(r.rule({"quota_count", Severity::Warning, FieldId::RequestsNewQuotaValue, "Guide (2018 text)",
                    QT_TRANSLATE_NOOP("scs::Rules", "More than one short code requested")}),
            FieldId::RequestsNewQuotaValue, {}, &quotaCount);
    // "Filled in" is the completeness of the whole request: it reads every field.
    r.check(r.rule({"spend_default_threshold", Severity::Warning, FieldId::SpendMonthlyLimitUsd,
                    "Guide; AWS spending quota",
                    QT_TRANSLATE_NOOP("scs::Rules", "The spending threshold stays at the default USD 1.00")}),
            FieldId::SpendMonthlyLimitUsd, FieldSet().set(), &spendDefaultThreshold);
    r.check(r.rule({"spend_estimate", Severity::Warning, FieldId::SpendMonthlyLimitUsd, "(our estimate)",
                    QT_TRANSLATE_NOOP("scs::Rules", "The estimated monthly cost exceeds the threshold")}),
            FieldId::SpendMonthlyLimitUsd,
            fieldSet({FieldId::SpendExpectedMonthlyMessages, FieldId::ContentExamples}), &spendEstimate);
    r.check(r.rule({"region_required", Severity::Error, FieldId::SpendRegion, "AWS spending quota increase",
                    QT_TRANSLATE_NOOP("scs::Rules",
                                      "A spending increase in this case without its AWS Region")}),
            FieldId::SpendRegion, fieldSet({FieldId::SpendInSameCase}), &regionRequired);
    r.check(r.rule({"spend_large_needs_details", Severity::Info, FieldId::SpendMonthlyLimitUsd,
                    "AWS spending quota",
                    QT_TRANSLATE_NOOP("scs::Rules", "A threshold above USD 10,000 needs more details")}),
            FieldId::SpendMonthlyLimitUsd, {}, &spendLargeNeedsDetails);
}

} // namespace scs::rules

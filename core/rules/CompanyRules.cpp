// Company (rules.md): contact details a reviewer can reach and trust.
#include "Contacts.h"
#include "RuleRegistry.h"

using namespace Qt::StringLiterals;

namespace scs::rules {

namespace {

// local@domain.tld: one @, no spaces, a domain with a dot and a TLD of letters.
bool isValidEmail(QStringView email, QStringView *domain)
{
    email = email.trimmed();
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@'))
        return false;
    const QStringView host = email.sliced(at + 1);
    for (const QChar c : email) {
        if (c.isSpace() || c == u',' || c == u';' || c == u'<' || c == u'>')
            return false;
    }
    const qsizetype dot = host.lastIndexOf(u'.');
    if (dot <= 0 || host.size() - dot - 1 < 2 || host.startsWith(u'.') || host.contains(u".."))
        return false;
    for (const QChar c : host.sliced(dot + 1)) {
        if (!c.isLetter())
            return false;
    }
    *domain = host;
    return true;
}

void emailValid(const Context &c, FieldId field, Out &out)
{
    QStringView domain;
    if (!c.text(field).trimmed().isEmpty() && !isValidEmail(c.text(field), &domain))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Not a valid e-mail address: enter it as name@domain, e.g. "
                              "support@yourcompany.com."));
}

void emailBrandDomain(const Context &c, FieldId field, Out &out)
{
    QStringView domain;
    if (!isValidEmail(c.text(field), &domain))
        return;
    const QString mailDomain = text::registrableDomain(domain);
    static const QStringList webmail = {
            u"gmail.com"_s,   u"googlemail.com"_s, u"yahoo.com"_s,  u"yahoo.co.jp"_s, u"outlook.com"_s,
            u"hotmail.com"_s, u"live.com"_s,       u"msn.com"_s,    u"aol.com"_s,     u"icloud.com"_s,
            u"me.com"_s,      u"mac.com"_s,        u"gmx.com"_s,    u"gmx.net"_s,     u"mail.com"_s,
            u"proton.me"_s,   u"protonmail.com"_s, u"yandex.com"_s, u"zoho.com"_s};
    if (webmail.contains(mailDomain)) {
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "%1 is a free webmail domain: give a support address at your "
                              "company's own domain."),
            {MessageArg::literal(mailDomain)});
        return;
    }
    QStringList sites;
    for (const FieldId site : {FieldId::CaseSiteUrl, FieldId::SignupWebsite}) {
        const QString host = text::hostOf(c.text(site));
        if (host.contains(u'.'))
            sites.append(text::registrableDomain(host));
    }
    if (!sites.isEmpty() && !sites.contains(mailDomain))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "The e-mail domain %1 is not the domain of your site (%2): give a "
                              "support address at the site's domain."),
            {MessageArg::literal(mailDomain), MessageArg::literal(sites.first())});
}

// The digits of a phone number, or nullopt when it holds letters or other
// characters than the usual separators.
std::optional<QString> phoneDigits(QStringView phone, bool *plus)
{
    QString digits;
    *plus = false;
    phone = phone.trimmed();
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar ch = phone[i];
        if (ch >= u'0' && ch <= u'9')
            digits.append(ch);
        else if (ch == u'+' && digits.isEmpty() && !*plus)
            *plus = true;
        else if (!(ch == u' ' || ch == u'-' || ch == u'.' || ch == u'(' || ch == u')'))
            return std::nullopt;
    }
    return digits;
}

void phoneValid(const Context &c, FieldId field, Out &out)
{
    if (c.text(field).trimmed().isEmpty())
        return;
    bool plus = false;
    const auto digits = phoneDigits(c.text(field), &plus);
    if (!digits || digits->size() < 7 || digits->size() > 15)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Not a valid phone number: enter 7 to 15 digits with the country "
                              "code, e.g. +1 206 555 0100, and no letters."));
}

bool isNanpRequest(const Context &c)
{
    const QStringList countries = c.value(FieldId::CaseCountries).toStringList();
    return countries.contains(u"US"_s) || countries.contains(u"CA"_s);
}

void tollFreeNumber(const Context &c, FieldId field, Out &out)
{
    bool plus = false;
    const auto digits = phoneDigits(c.text(field), &plus);
    if (!digits)
        return;
    QString national;
    if (digits->size() == 11 && digits->startsWith(u'1'))
        national = digits->sliced(1);
    else if (digits->size() == 10 && !plus && isNanpRequest(c))
        national = *digits;
    else
        return; // not a +1 number
    const QString area = national.first(3);
    static const QStringList tollFree = {u"800"_s, u"833"_s, u"844"_s, u"855"_s,
                                         u"866"_s, u"877"_s, u"888"_s};
    if (!tollFree.contains(area))
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "Area code %1 is not toll-free: give a toll-free number for support "
                              "(area code 800, 833, 844, 855, 866, 877 or 888)."),
            {MessageArg::literal(area)});
}

void taxIdFormat(const Context &c, FieldId field, Out &out)
{
    const QStringView id = QStringView(c.text(field)).trimmed();
    if (id.isEmpty() || !c.value(FieldId::CaseCountries).toStringList().contains(u"US"_s))
        return;
    int digits = 0;
    bool other = false;
    for (const QChar ch : id) {
        if (ch >= u'0' && ch <= u'9')
            ++digits;
        else if (ch != u'-' && ch != u' ')
            other = true;
    }
    if (digits != 9 || other)
        out(QT_TRANSLATE_NOOP("scs::Rules",
                              "A US tax ID (EIN) has 9 digits, written NN-NNNNNNN: check the "
                              "number."));
}

} // namespace

void addCompanyRules(Registry &r)
{
    r.check(r.rule({"email_valid", Severity::Error, FieldId::CompanySupportEmail, "Guide",
                    QT_TRANSLATE_NOOP("scs::Rules", "Not a valid e-mail address")}),
            FieldId::CompanySupportEmail, {}, &emailValid);
    r.check(r.rule({"email_brand_domain", Severity::Warning, FieldId::CompanySupportEmail,
                    "carriers' vetting",
                    QT_TRANSLATE_NOOP("scs::Rules", "A webmail address or a domain unrelated to the site")}),
            FieldId::CompanySupportEmail, fieldSet({FieldId::CaseSiteUrl, FieldId::SignupWebsite}),
            &emailBrandDomain);
    const int phone = r.rule({"phone_valid", Severity::Error, FieldId::CompanyContactPhone, "E.164",
                              QT_TRANSLATE_NOOP("scs::Rules", "Not a valid phone number")});
    r.check(phone, FieldId::CompanyContactPhone, {}, &phoneValid);
    r.check(phone, FieldId::CompanySupportTollFree, {}, &phoneValid);
    r.check(r.rule({"toll_free_number", Severity::Warning, FieldId::CompanySupportTollFree,
                    "Guide asks for a toll-free number",
                    QT_TRANSLATE_NOOP("scs::Rules", "A +1 support number that is not toll-free")}),
            FieldId::CompanySupportTollFree, fieldSet({FieldId::CaseCountries}), &tollFreeNumber);
    r.check(r.rule({"tax_id_format", Severity::Warning, FieldId::CompanyTaxId, "AWS/TCR brand fields",
                    QT_TRANSLATE_NOOP("scs::Rules", "A US tax ID that is not 9 digits")}),
            FieldId::CompanyTaxId, fieldSet({FieldId::CaseCountries}), &taxIdFormat);
}

} // namespace scs::rules

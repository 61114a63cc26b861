#include "SplitCheck.h"

#include "catalog/Catalog.h"
#include "i18n/CountryNames.h"
#include "model/Request.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

// The United States and the territories where a US EIN is the tax ID.
bool usesEin(const QString &code)
{
    static const QStringList us {u"US"_s, u"PR"_s, u"VI"_s, u"GU"_s, u"AS"_s, u"MP"_s, u"UM"_s};
    return us.contains(code);
}

// Countries of the North American Numbering Plan with a toll-free +1 8xx
// number of the plan (the US and its territories, Canada, the Caribbean).
bool dialsPlusOne(const QString &code)
{
    static const QStringList nanp {u"US"_s, u"CA"_s, u"PR"_s, u"VI"_s, u"GU"_s, u"AS"_s, u"MP"_s,
                                   u"UM"_s, u"AG"_s, u"AI"_s, u"BB"_s, u"BM"_s, u"BS"_s, u"DM"_s,
                                   u"DO"_s, u"GD"_s, u"JM"_s, u"KN"_s, u"KY"_s, u"LC"_s, u"MS"_s,
                                   u"SX"_s, u"TC"_s, u"TT"_s, u"VC"_s, u"VG"_s};
    return nanp.contains(code);
}

QString names(const QStringList &codes)
{
    QStringList named;
    for (const QString &code : codes)
        named << countries::displayName(code);
    //: The separator between the countries of a list.
    return named.join(SplitCheck::tr(", "));
}

} // namespace

QStringList SplitCheck::warnings(const Request &request)
{
    const QStringList codes = request.value(FieldId::CaseCountries).toStringList();
    QStringList out;
    QStringList notUs;
    QStringList notPlusOne;
    for (const QString &code : codes) {
        if (!usesEin(code))
            notUs << code;
        if (!dialsPlusOne(code))
            notPlusOne << code;
    }

    // A 9-digit US EIN (12-3456789) means nothing to another country.
    static const QRegularExpression ein(u"^\\s*\\d{2}-?\\d{7}\\s*$"_s);
    const QString taxId = request.text(FieldId::CompanyTaxId);
    if (!notUs.isEmpty() && ein.match(taxId).hasMatch())
        out << tr("The tax ID %1 is a US EIN; it is copied into the requests for %2, where the company needs "
                  "the "
                  "tax ID of that country.")
                        .arg(taxId.trimmed(), names(notUs));

    // A +1 toll-free number is free to call from North America only.
    static const QRegularExpression plusOneTollFree(u"^\\s*(\\+?1[\\s.-]*)?\\(?8(00|33|44|55|66|77|88)\\b"_s);
    const QString tollFree = request.text(FieldId::CompanySupportTollFree);
    if (!notPlusOne.isEmpty() && plusOneTollFree.match(tollFree).hasMatch())
        out << tr("The toll-free number %1 is a North American number; customers in %2 cannot call it free "
                  "of "
                  "charge. Give each new request a number of its country.")
                        .arg(tollFree.trimmed(), names(notPlusOne));

    // "US delivery alerts (CA)": a title naming one of the countries.
    const QString title = request.title();
    for (const QString &code : codes) {
        const QStringList spellings {code, countries::name(code, u"en"_s), countries::name(code)};
        for (const QString &spelling : spellings) {
            if (spelling.isEmpty())
                continue;
            const QRegularExpression word(u"(^|\\W)%1(\\W|$)"_s.arg(QRegularExpression::escape(spelling)));
            if (title.contains(word)) {
                out << tr("The title “%1” names %2; every new request keeps it, with its own country added. "
                          "Rename the new requests.")
                                .arg(title, countries::displayName(code));
                return out;
            }
        }
    }
    return out;
}

} // namespace scs

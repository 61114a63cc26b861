#pragma once

#include "TextMatch.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// What a program is about, as a carrier reviewer classes it: the categories
// refused on short codes whatever the wording, and those allowed with
// conditions. A word list only proposes a category; the words around it
// decide ("nail gun" is no firearm, "alcohol-free" no alcohol, "not a
// payday loan" no payday loan).
namespace scs::text {

enum class Category : unsigned char {
    // Refused outright.
    Cannabis,
    DebtCollection,
    HighRiskLending,
    DebtRelief,
    LeadGeneration,
    Adult,
    IllegalDrugs,
    Firearms,
    Hate,
    Vaping, // e-cigarettes: refused even behind an age gate (AWS, Twilio 30878)
    CarrierBilling,
    // Allowed with conditions.
    Alcohol, // a 21+ age gate
    Tobacco, // a 21+ age gate
    Gambling, // a 21+ age gate
    FirearmsTraining, // safety courses, no sales: a 21+ age gate
    Sweepstakes, // official rules and "No purchase necessary"
    Charity, // no carrier billing
    Health, // purpose.phi answered yes
};
inline constexpr int CategoryCount = int(Category::Health) + 1;

// Refused on short codes whatever the wording or the conditions met.
constexpr bool isRefused(Category category)
{
    return category <= Category::CarrierBilling;
}
// Content only for adults: the opt-in needs an age gate.
constexpr bool isAgeRestricted(Category category)
{
    return category == Category::Alcohol || category == Category::Tobacco || category == Category::Gambling
            || category == Category::FirearmsTraining;
}
// The category's name, a source text of context "scs::Terms".
const char *categoryTerm(Category category);

struct CategoryHit
{
    Category category;
    QString phrase; // the words as written, e.g. "dispensary"
};

// The categories the text reads as, with the first phrase of each, appended
// to `out` (one hit per category).
void findCategories(const Words &words, QList<CategoryHit> &out);
// Categories named inside a web or e-mail address, where words run together
// ("greenleafdispensary.com"): only long, unambiguous stems.
void findCategoriesInAddress(QStringView address, QList<CategoryHit> &out);
// "Appointment", "visit": health details when the program is a health one.
bool mentionsAppointment(const Words &words);
// The category a company.industry value means, if any.
std::optional<Category> industryCategory(QStringView industry);

} // namespace scs::text

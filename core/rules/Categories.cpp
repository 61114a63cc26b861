#include "Categories.h"

#include "TextChars.h"

#include <QtGlobal>

#include <array>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace scs::text {

using namespace chars;

namespace {

struct Entry
{
    std::string_view phrase;
    Category category;
};

using C = Category;

// Phrases that propose a category. Tokens are lower case and separated by
// spaces; punctuation is a token of its own ("e - cig").
const std::vector<Entry> &entries()
{
    static const std::vector<Entry> list = {
            // Cannabis, CBD, hemp (illegal federally: refused by every carrier).
            {"cannabis", C::Cannabis},
            {"marijuana", C::Cannabis},
            {"marihuana", C::Cannabis},
            {"weed", C::Cannabis},
            {"thc", C::Cannabis},
            {"cbd", C::Cannabis},
            {"hemp", C::Cannabis},
            {"dispensary", C::Cannabis},
            {"dispensaries", C::Cannabis},
            {"edibles", C::Cannabis},
            {"pre - roll", C::Cannabis},
            {"pre - rolls", C::Cannabis},
            {"preroll", C::Cannabis},
            {"prerolls", C::Cannabis},
            {"delta - 8", C::Cannabis},
            {"delta 8", C::Cannabis},
            {"delta - 9", C::Cannabis},
            {"kush", C::Cannabis},
            {"budtender", C::Cannabis},
            {"420 - friendly", C::Cannabis},
            {"hemp - derived", C::Cannabis},
            {"cannabinoid", C::Cannabis},
            {"cannabinoids", C::Cannabis},
            {"indica", C::Cannabis},
            {"sativa", C::Cannabis},
            // Third-party debt collection.
            {"debt collector", C::DebtCollection},
            {"debt collectors", C::DebtCollection},
            {"debt collection", C::DebtCollection},
            {"collection agency", C::DebtCollection},
            {"collections agency", C::DebtCollection},
            {"attempt to collect a debt", C::DebtCollection},
            {"collect a debt", C::DebtCollection},
            {"debt buyer", C::DebtCollection},
            {"collecting on behalf of", C::DebtCollection},
            {"collection on behalf of", C::DebtCollection},
            {"placed for collection", C::DebtCollection},
            {"placed with our agency", C::DebtCollection},
            {"recovery agency", C::DebtCollection},
            {"on behalf of your creditor", C::DebtCollection},
            {"on behalf of the original creditor", C::DebtCollection},
            // Payday and high-risk, non-direct lending.
            {"payday loan", C::HighRiskLending},
            {"payday loans", C::HighRiskLending},
            {"payday lender", C::HighRiskLending},
            {"payday advance", C::HighRiskLending},
            {"cash advance", C::HighRiskLending},
            {"title loan", C::HighRiskLending},
            {"title loans", C::HighRiskLending},
            {"short - term loan", C::HighRiskLending},
            {"short - term loans", C::HighRiskLending},
            {"short term loan", C::HighRiskLending},
            {"short term loans", C::HighRiskLending},
            {"no credit check", C::HighRiskLending},
            {"bad credit loan", C::HighRiskLending},
            {"bad credit loans", C::HighRiskLending},
            {"guaranteed approval", C::HighRiskLending},
            {"guaranteed loan", C::HighRiskLending},
            {"instant loan", C::HighRiskLending},
            {"instant loans", C::HighRiskLending},
            {"fast cash", C::HighRiskLending},
            {"quick cash", C::HighRiskLending},
            {"loan matching", C::HighRiskLending},
            {"lenders in our network", C::HighRiskLending},
            {"network of lenders", C::HighRiskLending},
            {"our lending partners", C::HighRiskLending},
            {"matched with lenders", C::HighRiskLending},
            {"match you with lenders", C::HighRiskLending},
            {"compare loan offers", C::HighRiskLending},
            {"loan offers from", C::HighRiskLending},
            {"third - party lenders", C::HighRiskLending},
            {"third party lenders", C::HighRiskLending},
            {"partner lenders", C::HighRiskLending},
            {"multiple lenders", C::HighRiskLending},
            {"high - interest loan", C::HighRiskLending},
            {"high - interest loans", C::HighRiskLending},
            // Debt relief and credit repair.
            {"debt relief", C::DebtRelief},
            {"debt consolidation", C::DebtRelief},
            {"debt settlement", C::DebtRelief},
            {"debt forgiveness", C::DebtRelief},
            {"debt reduction", C::DebtRelief},
            {"credit repair", C::DebtRelief},
            {"repair your credit", C::DebtRelief},
            {"fix your credit", C::DebtRelief},
            {"credit restoration", C::DebtRelief},
            {"loan forgiveness", C::DebtRelief},
            {"reduce your debt", C::DebtRelief},
            {"eliminate your debt", C::DebtRelief},
            {"get out of debt", C::DebtRelief},
            // Lead generation and affiliate marketing for other businesses.
            {"lead generation", C::LeadGeneration},
            {"lead gen", C::LeadGeneration},
            {"affiliate marketing", C::LeadGeneration},
            {"affiliate offers", C::LeadGeneration},
            {"affiliate offer", C::LeadGeneration},
            {"partner offers", C::LeadGeneration},
            {"partner offer", C::LeadGeneration},
            {"offers from our partners", C::LeadGeneration},
            {"offers from partners", C::LeadGeneration},
            {"from our partners", C::LeadGeneration},
            {"our partners ' offers", C::LeadGeneration},
            {"sponsored offers", C::LeadGeneration},
            {"our sponsor", C::LeadGeneration},
            {"trusted partners", C::LeadGeneration},
            {"select partners", C::LeadGeneration},
            {"selected partners", C::LeadGeneration},
            {"partner brands", C::LeadGeneration},
            {"on behalf of our partners", C::LeadGeneration},
            {"sell your leads", C::LeadGeneration},
            {"our sponsors", C::LeadGeneration},
            {"sponsored by", C::LeadGeneration},
            {"third - party offers", C::LeadGeneration},
            {"third party offers", C::LeadGeneration},
            {"marketing partners", C::LeadGeneration},
            {"sell your information", C::LeadGeneration},
            {"sell your data", C::LeadGeneration},
            {"share your information with", C::LeadGeneration},
            {"share your info with", C::LeadGeneration},
            // Adult content.
            {"porn", C::Adult},
            {"porno", C::Adult},
            {"pornography", C::Adult},
            {"escort", C::Adult},
            {"escorts", C::Adult},
            {"adult content", C::Adult},
            {"adult entertainment", C::Adult},
            {"adult videos", C::Adult},
            {"adult toys", C::Adult},
            {"sex toys", C::Adult},
            {"sex", C::Adult},
            {"erotic", C::Adult},
            {"strip club", C::Adult},
            {"onlyfans", C::Adult},
            {"sexting", C::Adult},
            {"erotica", C::Adult},
            {"nude photos", C::Adult},
            {"adult dating", C::Adult},
            {"hot singles", C::Adult},
            {"xxx videos", C::Adult},
            {"xxx content", C::Adult},
            // Illegal drugs.
            {"cocaine", C::IllegalDrugs},
            {"heroin", C::IllegalDrugs},
            {"meth", C::IllegalDrugs},
            {"methamphetamine", C::IllegalDrugs},
            {"mdma", C::IllegalDrugs},
            {"lsd", C::IllegalDrugs},
            {"psilocybin", C::IllegalDrugs},
            {"magic mushrooms", C::IllegalDrugs},
            {"shrooms", C::IllegalDrugs},
            {"magic mushroom", C::IllegalDrugs},
            {"psychedelics", C::IllegalDrugs},
            {"microdosing", C::IllegalDrugs},
            {"dmt", C::IllegalDrugs},
            // Firearms sales.
            {"firearm", C::Firearms},
            {"firearms", C::Firearms},
            {"gun", C::Firearms},
            {"guns", C::Firearms},
            {"handgun", C::Firearms},
            {"handguns", C::Firearms},
            {"shotgun", C::Firearms},
            {"shotguns", C::Firearms},
            {"rifle", C::Firearms},
            {"rifles", C::Firearms},
            {"pistol", C::Firearms},
            {"pistols", C::Firearms},
            {"ammo", C::Firearms},
            {"ammunition", C::Firearms},
            {"ar - 15", C::Firearms},
            {"ar 15", C::Firearms},
            {"concealed carry", C::Firearms},
            {"silencers", C::Firearms},
            {"suppressors", C::Firearms},
            // Hate.
            {"hate speech", C::Hate},
            {"white power", C::Hate},
            {"white supremacy", C::Hate},
            {"white supremacist", C::Hate},
            {"racial slurs", C::Hate},
            // Alcohol.
            {"alcohol", C::Alcohol},
            {"alcoholic", C::Alcohol},
            {"beer", C::Alcohol},
            {"beers", C::Alcohol},
            {"craft beer", C::Alcohol},
            {"wine", C::Alcohol},
            {"wines", C::Alcohol},
            {"winery", C::Alcohol},
            {"wineries", C::Alcohol},
            {"wine club", C::Alcohol},
            {"brewery", C::Alcohol},
            {"breweries", C::Alcohol},
            {"taproom", C::Alcohol},
            {"liquor", C::Alcohol},
            {"vodka", C::Alcohol},
            {"whiskey", C::Alcohol},
            {"whisky", C::Alcohol},
            {"bourbon", C::Alcohol},
            {"tequila", C::Alcohol},
            {"champagne", C::Alcohol},
            {"prosecco", C::Alcohol},
            {"cocktail", C::Alcohol},
            {"cocktails", C::Alcohol},
            {"booze", C::Alcohol},
            // Tobacco and vaping.
            {"tobacco", C::Tobacco},
            {"cigarette", C::Tobacco},
            {"cigarettes", C::Tobacco},
            {"cigar", C::Tobacco},
            {"cigars", C::Tobacco},
            {"cigarillo", C::Tobacco},
            {"cigarillos", C::Tobacco},
            {"vape", C::Vaping},
            {"vapes", C::Vaping},
            {"vaping", C::Vaping},
            {"e - cig", C::Vaping},
            {"e - cigs", C::Vaping},
            {"e - cigarette", C::Vaping},
            {"e - cigarettes", C::Vaping},
            {"ecig", C::Vaping},
            {"ecigs", C::Vaping},
            {"e - liquid", C::Vaping},
            {"e - liquids", C::Vaping},
            {"e - juice", C::Vaping},
            {"nicotine", C::Tobacco},
            {"hookah", C::Tobacco},
            {"juul", C::Vaping},
            {"smoke shop", C::Tobacco},
            {"snus", C::Tobacco},
            {"vape shop", C::Vaping},
            {"vape pods", C::Vaping},
            {"disposable vapes", C::Vaping},
            {"nicotine pouches", C::Tobacco},
            // Gambling.
            {"casino", C::Gambling},
            {"casinos", C::Gambling},
            {"sportsbook", C::Gambling},
            {"sports betting", C::Gambling},
            {"betting", C::Gambling},
            {"wager", C::Gambling},
            {"wagers", C::Gambling},
            {"wagering", C::Gambling},
            {"poker", C::Gambling},
            {"blackjack", C::Gambling},
            {"roulette", C::Gambling},
            {"slot machine", C::Gambling},
            {"slot machines", C::Gambling},
            {"parlay", C::Gambling},
            {"parlays", C::Gambling},
            {"odds boost", C::Gambling},
            {"free bet", C::Gambling},
            {"free bets", C::Gambling},
            {"place your bets", C::Gambling},
            {"igaming", C::Gambling},
            // Sweepstakes and contests.
            {"sweepstakes", C::Sweepstakes},
            {"sweepstake", C::Sweepstakes},
            {"giveaway", C::Sweepstakes},
            {"giveaways", C::Sweepstakes},
            {"give - away", C::Sweepstakes},
            {"contest", C::Sweepstakes},
            {"contests", C::Sweepstakes},
            {"enter to win", C::Sweepstakes},
            {"chance to win", C::Sweepstakes},
            {"chances to win", C::Sweepstakes},
            {"instant win", C::Sweepstakes},
            {"text to win", C::Sweepstakes},
            {"you could win", C::Sweepstakes},
            {"prize draw", C::Sweepstakes},
            {"prize drawing", C::Sweepstakes},
            {"raffle", C::Sweepstakes},
            {"raffles", C::Sweepstakes},
            // Charities.
            {"donate", C::Charity},
            {"donation", C::Charity},
            {"donations", C::Charity},
            {"charity", C::Charity},
            {"charitable", C::Charity},
            {"nonprofit", C::Charity},
            {"non - profit", C::Charity},
            {"fundraiser", C::Charity},
            {"fundraising", C::Charity},
            // Health details (prescriptions, medication, doses, results).
            {"prescription", C::Health},
            {"prescriptions", C::Health},
            {"rx", C::Health},
            {"medication", C::Health},
            {"medications", C::Health},
            {"dose", C::Health},
            {"doses", C::Health},
            {"dosage", C::Health},
            {"test result", C::Health},
            {"test results", C::Health},
            {"lab result", C::Health},
            {"lab results", C::Health},
            {"lab work", C::Health},
            {"blood work", C::Health},
            {"blood test", C::Health},
            {"diagnosis", C::Health},
            {"biopsy", C::Health},
            {"x - ray", C::Health},
            {"mri", C::Health},
            {"patient portal", C::Health},
            {"dr", C::Health},
            {"insulin", C::Health},
            {"metformin", C::Health},
            {"lisinopril", C::Health},
            {"atorvastatin", C::Health},
            {"amoxicillin", C::Health},
            {"ozempic", C::Health},
            {"semaglutide", C::Health},
            {"therapy session", C::Health},
            {"covid test", C::Health},
            {"pregnancy test", C::Health},
            {"mg", C::Health},
    };
    return list;
}

// Phrases in which a category word means something else ("nail gun",
// "root beer", "alcohol-free"): a hit inside one of these is dropped.
const PhraseSet &neutral()
{
    static const PhraseSet set {
            "nail gun",
            "glue gun",
            "heat gun",
            "staple gun",
            "spray gun",
            "water gun",
            "grease gun",
            "caulk gun",
            "caulking gun",
            "paint gun",
            "massage gun",
            "nerf gun",
            "nerf guns",
            "toy gun",
            "squirt gun",
            "top gun",
            "water pistol",
            "glue guns",
            "nail guns",
            "heat guns",
            "staple guns",
            "spray guns",
            "massage guns",
            "air rifle",
            "weed control",
            "weed killer",
            "weed whacker",
            "weed eater",
            "weed trimmer",
            "weed barrier",
            "weed & feed",
            "weed and feed",
            "weed removal",
            "weed prevention",
            "root beer",
            "ginger beer",
            "alcohol - free",
            "alcohol free",
            "rubbing alcohol",
            "alcohol wipes",
            "alcohol wipe",
            "alcohol swab",
            "alcohol swabs",
            "alcohol prep",
            "alcohol - based",
            "isopropyl alcohol",
            "nicotine patch",
            "nicotine patches",
            "nicotine gum",
            "nicotine replacement",
            "nicotine lozenge",
            "quit smoking",
            "quit vaping",
            "stop smoking",
            "smoking cessation",
            "tobacco - free",
            "tobacco free",
            "smoke - free",
            "smoke free",
            "tobacco cessation",
            "quit tobacco",
            "cash advance limit",
            "cash advance fee",
            "cash advance fees",
            "cash advance apr",
            "cash advance rate",
            "hemp seed",
            "hemp seeds",
            "hemp milk",
            "hemp rope",
            "hemp hearts",
            "hemp heart",
            "sex offender",
            "sex education",
            "sex ed",
            "wine - colored",
            "wine colored",
            "contest the",
            "contest a",
            "contest your",
            "contest this",
            "cash back",
            "quick cash back",
            "fast cash back",
            "rx bin",
    };
    return set;
}

const PhraseSet &phrases()
{
    static const PhraseSet set = [] {
        std::vector<std::string_view> list;
        for (const Entry &e : entries())
            list.push_back(e.phrase);
        return PhraseSet(list);
    }();
    return set;
}

// A hit at token `at` of a phrase of `length` tokens that stands inside a
// neutral phrase.
bool neutralized(const Words &words, qsizetype at, qsizetype length)
{
    for (qsizetype s = std::max<qsizetype>(0, at - 3); s <= at; ++s) {
        const int n = neutral().matchAt(words, s);
        if (n >= 0 && s + phraseLength(neutral().phrase(n)) > at)
            return true;
    }
    Q_UNUSED(length);
    return false;
}

// Context a few categories need beyond their words.
bool confirmedInContext(const Words &words, qsizetype at, Category category, std::string_view phrase)
{
    if (category == Category::Health) {
        // "Dr" and "mg" only as "Dr. Patel" and "10 mg" / "10mg".
        if (phrase == "dr")
            return words.at(at + 1) == "." && at + 2 < words.size()
                    && isAsciiUpper(words.text()[words[at + 2].begin].unicode());
        if (phrase == "dose" || phrase == "doses" || phrase == "dosage")
            return words.at(at + 1) != "of";
        if (phrase == "mg")
            return at > 0 && words[at - 1].isNumber();
        if (phrase == "rx")
            return !(words.at(at + 1) == "bin" || words.at(at + 1) == "group");
    }
    if (category == Category::Adult && phrase == "sex") {
        // "sex" alone is too often a form field or a study topic: only with
        // another adult word nearby.
        for (qsizetype k = std::max<qsizetype>(0, at - 4); k < at + 5 && k < words.size(); ++k) {
            if (oneOf(words.at(k),
                      {"chat", "chats", "video", "videos", "cam", "cams", "dating", "toys", "hot", "live",
                       "xxx", "nude", "nudes"}))
                return true;
        }
        return false;
    }
    if (category == Category::Sweepstakes && (phrase == "contest" || phrase == "contests")) {
        // "to contest a charge" is a dispute, not a contest.
        return !(at > 0
                 && (words.at(at - 1) == "to" || words.at(at - 1) == "can" || words.at(at - 1) == "may"));
    }
    return true;
}

// Carrier-billed (premium) charges: "$1.99/msg", "charged to your phone
// bill", "premium SMS", "Text GIVE to 12345 to donate $10".
QString carrierBilling(const Words &words)
{
    const auto isUnit = [](std::string_view w) {
        return oneOf(w, {"msg", "message", "text", "txt", "sms", "alert", "mms"});
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const std::string_view w = words.at(i);
        if (w == "premium"
            && oneOf(words.at(i + 1),
                     {"sms", "text", "texts", "message", "messages", "rate", "msg", "msgs", "subscription"}))
            return words.slice(i, i + 1);
        if (w == "premium" && words.at(i + 1) == "-" && words.at(i + 2) == "rate")
            return words.slice(i, i + 2);
        // "$1.99/msg", "$0.99 per message".
        if (w == "$" && words[i + 1 < words.size() ? i + 1 : i].isNumber()) {
            qsizetype k = i + 2;
            if (words.at(k) == "." && k + 1 < words.size() && words[k + 1].isNumber())
                k += 2;
            if (oneOf(words.at(k), {"/", "per", "a", "each"}) && isUnit(words.at(k + 1)))
                return words.slice(i, k + 1);
        }
        // "... charged to / billed to / added to / appear on your phone bill".
        if (oneOf(w, {"bill", "bills", "statement", "account"}) && i >= 2
            && oneOf(words.at(i - 1), {"phone", "wireless", "mobile", "cell", "cellular", "carrier"})) {
            for (qsizetype k = i - 2; k >= 0 && k >= i - 8; --k) {
                const std::string_view v = words.at(k);
                if (oneOf(v, {".", "!", "?"}))
                    break;
                if (oneOf(v,
                          {"charged", "billed", "added", "appear", "appears", "charge", "charges",
                           "applied"})) {
                    // "nothing is charged to a phone bill"
                    if (words.negatedBefore(k, 3))
                        break;
                    return words.slice(k, i);
                }
            }
        }
        // "Text GIVE to 20222 to donate $10".
        if ((w == "donate" || w == "give") && words.at(i + 1) == "$") {
            for (qsizetype k = i - 1; k >= 0 && k >= i - 6; --k) {
                if (oneOf(words.at(k), {"text", "txt", "reply", "texting"}))
                    return words.slice(k, std::min(i + 2, words.size() - 1));
            }
        }
    }
    return {};
}

// Firearms named in a text about safety training and not about selling them:
// an age-restricted course, not a gun shop.
bool aboutTraining(const Words &words)
{
    static const PhraseSet training {"safety", "training", "course",  "courses",       "class",     "classes",
                                     "lesson", "lessons",  "academy", "certification", "instructor"};
    static const PhraseSet selling {"sale",   "sales", "buy",   "shop",  "store", "stock", "price",
                                    "prices", "deal",  "deals", "order", "off",   "$",     "new arrivals"};
    return training.containsIn(words) && !selling.containsIn(words);
}

} // namespace

const char *categoryTerm(Category category)
{
    switch (category) {
    case Category::Cannabis:
        return QT_TRANSLATE_NOOP("scs::Terms", "cannabis or CBD");
    case Category::DebtCollection:
        return QT_TRANSLATE_NOOP("scs::Terms", "third-party debt collection");
    case Category::HighRiskLending:
        return QT_TRANSLATE_NOOP("scs::Terms", "payday or high-risk lending");
    case Category::DebtRelief:
        return QT_TRANSLATE_NOOP("scs::Terms", "debt relief or credit repair");
    case Category::LeadGeneration:
        return QT_TRANSLATE_NOOP("scs::Terms", "lead generation or affiliate marketing");
    case Category::Adult:
        return QT_TRANSLATE_NOOP("scs::Terms", "adult content");
    case Category::IllegalDrugs:
        return QT_TRANSLATE_NOOP("scs::Terms", "illegal drugs");
    case Category::Firearms:
        return QT_TRANSLATE_NOOP("scs::Terms", "firearms");
    case Category::Hate:
        return QT_TRANSLATE_NOOP("scs::Terms", "hate speech");
    case Category::Vaping:
        return QT_TRANSLATE_NOOP("scs::Terms", "vaping and e-cigarettes");
    case Category::CarrierBilling:
        return QT_TRANSLATE_NOOP("scs::Terms", "carrier-billed charges");
    case Category::Alcohol:
        return QT_TRANSLATE_NOOP("scs::Terms", "alcohol");
    case Category::Tobacco:
        return QT_TRANSLATE_NOOP("scs::Terms", "tobacco or vaping");
    case Category::Gambling:
        return QT_TRANSLATE_NOOP("scs::Terms", "gambling");
    case Category::FirearmsTraining:
        return QT_TRANSLATE_NOOP("scs::Terms", "firearms training");
    case Category::Sweepstakes:
        return QT_TRANSLATE_NOOP("scs::Terms", "sweepstakes or contests");
    case Category::Charity:
        return QT_TRANSLATE_NOOP("scs::Terms", "charitable donations");
    case Category::Health:
        return QT_TRANSLATE_NOOP("scs::Terms", "health details");
    }
    return "";
}

void findCategories(const Words &words, QList<CategoryHit> &out)
{
    const auto have = [&](Category category) {
        for (const CategoryHit &hit : out) {
            if (hit.category == category)
                return true;
        }
        return false;
    };
    const PhraseSet &set = phrases();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const int index = set.matchAt(words, i);
        if (index < 0)
            continue;
        const Entry &entry = entries()[std::size_t(index)];
        const qsizetype length = phraseLength(entry.phrase);
        if (have(entry.category) || neutralized(words, i, length) || words.negatedBefore(i, 3)
            || !confirmedInContext(words, i, entry.category, entry.phrase))
            continue;
        Category category = entry.category;
        if (category == Category::Firearms && aboutTraining(words))
            category = Category::FirearmsTraining;
        if (have(category))
            continue;
        out.append({category, words.slice(i, i + length - 1)});
    }
    // "Your appointment at Lakeshore Dental": an appointment with a place of
    // care is a health detail, whatever the industry.
    if (!have(Category::Health) && mentionsAppointment(words)) {
        static const PhraseSet care {
                "clinic",       "dental",       "dentist",       "doctor",     "physician",
                "hospital",     "medical",      "therapy",       "therapist",  "pediatrics",
                "pediatric",    "urgent care",  "health center", "optometry",  "dermatology",
                "chiropractic", "chiropractor", "counseling",    "cardiology", "oncology",
                "radiology",    "surgery",      "surgeon",       "obgyn",      "ob / gyn"};
        qsizetype at = -1;
        if (care.find(words, 0, &at) >= 0)
            out.append({Category::Health,
                        words.slice(at, at + phraseLength(care.phrase(care.find(words, at))) - 1)});
    }
    if (!have(Category::CarrierBilling)) {
        if (const QString billing = carrierBilling(words); !billing.isEmpty())
            out.append({Category::CarrierBilling, billing});
    }
}

void findCategoriesInAddress(QStringView address, QList<CategoryHit> &out)
{
    static constexpr std::array<std::pair<std::string_view, Category>, 14> stems = {{
            {"cannabis", Category::Cannabis},
            {"marijuana", Category::Cannabis},
            {"dispensary", Category::Cannabis},
            {"payday", Category::HighRiskLending},
            {"titleloan", Category::HighRiskLending},
            {"debtrelief", Category::DebtRelief},
            {"creditrepair", Category::DebtRelief},
            {"casino", Category::Gambling},
            {"sportsbook", Category::Gambling},
            {"tobacco", Category::Tobacco},
            {"vapeshop", Category::Vaping},
            {"firearm", Category::Firearms},
            {"sweepstakes", Category::Sweepstakes},
            {"porn", Category::Adult},
    }};
    // Addresses are ASCII: lower-case them once.
    std::string lower;
    lower.reserve(std::size_t(address.size()));
    for (const QChar c : address) {
        if (c.unicode() > 0x7f)
            return;
        lower.push_back(lowerAscii(c.unicode()));
    }
    for (const auto &[stem, category] : stems) {
        const std::size_t at = lower.find(stem);
        if (at == std::string::npos)
            continue;
        bool have = false;
        for (const CategoryHit &hit : out)
            have = have || hit.category == category;
        if (!have)
            out.append({category, address.sliced(qsizetype(at), qsizetype(stem.size())).toString()});
    }
}

bool mentionsAppointment(const Words &words)
{
    // A phrase set (indexed by first token): this runs on every free-text
    // field at every keystroke.
    static const PhraseSet appointment {"appointment", "appointments", "appt",        "check - up",
                                        "checkup",     "exam",         "consultation"};
    return appointment.containsIn(words);
}

std::optional<Category> industryCategory(QStringView industry)
{
    if (industry == u"cannabis_cbd")
        return Category::Cannabis;
    if (industry == u"debt_collection")
        return Category::DebtCollection;
    if (industry == u"adult")
        return Category::Adult;
    if (industry == u"firearms")
        return Category::Firearms;
    if (industry == u"alcohol")
        return Category::Alcohol;
    if (industry == u"tobacco_vaping")
        return Category::Tobacco;
    if (industry == u"gaming_sweepstakes")
        return Category::Sweepstakes;
    if (industry == u"nonprofit_charity")
        return Category::Charity;
    return std::nullopt;
}

} // namespace scs::text

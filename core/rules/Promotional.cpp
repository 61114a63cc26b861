#include "Promotional.h"

#include "TextChars.h"

namespace scs::text {

using namespace chars;

namespace {

const PhraseSet &promotional()
{
    static const PhraseSet set {"% off",
                                "percent off",
                                "off your next",
                                "off your order",
                                "off your first",
                                "off everything",
                                "off sitewide",
                                "off all",
                                "on sale",
                                "flash sale",
                                "big sale",
                                "summer sale",
                                "holiday sale",
                                "clearance sale",
                                "annual sale",
                                "sale ends",
                                "sale starts",
                                "sale now",
                                "sale today",
                                "sale this",
                                "sales event",
                                "black friday",
                                "cyber monday",
                                "clearance",
                                "discount code",
                                "get a discount",
                                "exclusive discount",
                                "coupon",
                                "coupons",
                                "coupon code",
                                "promo code",
                                "promo",
                                "promos",
                                "promotional offer",
                                "refer a friend",
                                "bonus points",
                                "double rewards",
                                "try our new",
                                "check out our",
                                "new collection",
                                "sign up for our",
                                "special pricing",
                                "exclusive deal",
                                "free shipping",
                                "free gift",
                                "free trial",
                                "free sample",
                                "get a free",
                                "get free",
                                "buy one get one",
                                "bogo",
                                "special offer",
                                "exclusive offer",
                                "exclusive offers",
                                "limited time",
                                "limited - time",
                                "offer ends",
                                "offer expires",
                                "offer valid",
                                "new offers",
                                "deal",
                                "deals",
                                "shop now",
                                "shop today",
                                "shop our",
                                "shop the",
                                "shop online",
                                "buy now",
                                "buy today",
                                "order now",
                                "act now",
                                "apply now",
                                "pre - approved",
                                "preapproved",
                                "pre approved",
                                "apr",
                                "don ' t miss",
                                "hurry",
                                "while supplies last",
                                "new arrivals",
                                "just dropped",
                                "doorbuster",
                                "doorbusters",
                                "double points",
                                "early access",
                                "save big",
                                "members - only",
                                "last chance",
                                "ends tonight",
                                "ends today",
                                "half off",
                                "half - price",
                                "half price",
                                "% cash back",
                                "upgrade now",
                                "rate as low as",
                                "rates as low as"};
    return set;
}

// "save 20%", "save $10", "save up to 30%"; "$50 off"; "free for 30 days".
bool savesAmount(const Words &words, qsizetype i)
{
    if (words.at(i) == "free" && words.at(i + 1) == "for"
        && (words[i + 2 < words.size() ? i + 2 : i].isNumber() || oneOf(words.at(i + 2), {"a", "one"}))
        && oneOf(words.at(i + 3), {"day", "days", "week", "weeks", "month", "months", "year"}))
        return true;
    if (words.at(i) == "off" && i > 0 && words[i - 1].isNumber()
        && (words.at(i - 2) == "$" || (words.at(i - 2) == "." && words.at(i - 4) == "$")))
        return true;
    if (words.at(i) != "save")
        return false;
    qsizetype k = i + 1;
    if (words.at(k) == "up" && words.at(k + 1) == "to")
        k += 2;
    return words.at(k) == "$" || words[k < words.size() ? k : i].isNumber();
}

} // namespace

QString promotionalWording(const Words &words, const Brands *brands)
{
    bool spansKnown = false;
    QList<Span> brandSpans;
    const auto insideBrand = [&](qsizetype first, qsizetype last) {
        if (!brands || brands->isEmpty())
            return false;
        if (!spansKnown) {
            brandSpans = brands->spansIn(words);
            spansKnown = true;
        }
        for (const Span &span : brandSpans) {
            if (words[first].begin < span.end && span.begin < words[last].end)
                return true;
        }
        return false;
    };
    const PhraseSet &set = promotional();
    for (qsizetype i = 0; i < words.size(); ++i) {
        qsizetype last = i;
        const int index = set.matchAt(words, i);
        if (index >= 0) {
            const std::string_view phrase = set.phrase(index);
            last = i + phraseLength(phrase) - 1;
            // "we'll deal with it": not an offer.
            if (phrase == "deal" && words.at(i + 1) == "with")
                continue;
            // "free shipping applied by the seller": a fact of an order.
            if (phrase == "free shipping" && oneOf(words.at(i + 2), {"applied", "included"}))
                continue;
            // An APR is an offer when a rate is quoted before it ("0% intro
            // APR"); "Your APR changed" is an account notice.
            if (phrase == "apr"
                && !(words.at(i - 1) == "%" || words.at(i - 2) == "%" || words.at(i - 3) == "%"))
                continue;
        } else if (!savesAmount(words, i)) {
            continue;
        } else if (words.at(i) == "free") {
            last = i + 3;
        } else if (words.at(i) == "off") {
            // "$50 off": from the currency sign.
            qsizetype first = i - 2;
            while (first > 0 && words.at(first) != "$")
                --first;
            if (insideBrand(first, i))
                continue;
            return words.slice(first, i);
        } else {
            last = i + 1;
        }
        qsizetype first = i;
        if (index >= 0 && (words.at(i) == "%" || words.at(i) == "percent") && i > 0
            && words[i - 1].isNumber())
            --first; // "20% off"
        if (insideBrand(first, last))
            continue;
        return words.slice(first, last);
    }
    return {};
}

} // namespace scs::text

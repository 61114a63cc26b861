#pragma once

#include "Brands.h"
#include "TextMatch.h"

#include <QString>

// Promotional wording, read by phrases ("20% off", "shop now", "limited
// time", "pre-approved", "sale ends"), never by single words: "feel free",
// "toll-free", "hands-free" and "free of charge" are no offers, and a word
// inside a brand name ("Evan's Surfboards Promos") is not that word.
namespace scs::text {

// The first promotional phrase of the text as written, outside the brand
// names (when `brands` is given), or empty.
QString promotionalWording(const Words &words, const Brands *brands = nullptr);

} // namespace scs::text

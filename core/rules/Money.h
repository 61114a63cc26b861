#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Money as decimal text ("25.00", "0.0075"), computed in integer
// micro-dollars: a spending threshold is never compared as a binary float.
namespace scs::rules::money {

// Micro-dollars of "1234.56" (up to 6 decimal places; no sign, no
// thousands separators); nullopt when it is not such a number.
std::optional<qint64> parseMicros(QStringView text);
// Whole cents, rounded half up without adding first: a saturated estimate
// (INT64_MAX) must not overflow (UBSan, found by tests/fuzz/fuzz_rules).
qint64 roundedCents(qint64 micros);

} // namespace scs::rules::money

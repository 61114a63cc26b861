#include "Money.h"

namespace scs::rules::money {

std::optional<qint64> parseMicros(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'$'))
        text = text.sliced(1).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = -1; // -1: no point seen yet
    for (const QChar c : text) {
        if (c == u'.' && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (decimals < 0) {
            if (whole > (qint64(1) << 40))
                return std::nullopt; // far beyond any threshold
            whole = whole * 10 + digit;
        } else {
            if (++decimals > 6)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        }
    }
    for (int d = decimals < 0 ? 0 : decimals; d < 6; ++d)
        fraction *= 10;
    return whole * 1'000'000 + fraction;
}

qint64 roundedCents(qint64 micros)
{
    return micros / 10'000 + (micros % 10'000 >= 5'000 ? 1 : 0);
}

} // namespace scs::rules::money

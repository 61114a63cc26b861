#include "ListFormat.h"

#include <QCoreApplication>

namespace scs {

// The context stays "scs::Rules", where the lists were first joined, so the
// translations keep their entries.
QString joinList(const QStringList &items)
{
    //: The separator between the items of a list in a finding, e.g. "brand, frequency".
    return items.join(QCoreApplication::translate("scs::Rules", ", "));
}

QString joinSentenceList(const QStringList &items)
{
    if (items.size() < 2)
        return items.isEmpty() ? QString() : items.front();
    //: The last two items of a list in a sentence: "the brand, the frequency and the rates disclosure".
    return QCoreApplication::translate("scs::Rules", "%1 and %2")
            .arg(joinList(items.first(items.size() - 1)), items.back());
}

} // namespace scs

#pragma once

#include <QString>
#include <QStringList>

namespace scs {

// Items joined as a list in the current UI language: ", " in English,
// "、" in Japanese (the separator itself is a translated string).
QString joinList(const QStringList &items);
// Items joined as the end of a sentence: "a, b and c" in English, "a、b、c"
// in Japanese.
QString joinSentenceList(const QStringList &items);

} // namespace scs

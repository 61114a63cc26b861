#pragma once

#include <QString>
#include <QStringList>

namespace scs {

// Gives each text a mnemonic (an '&' before one of its letters), unique
// among the texts and not one of `reserved` (upper-case letters that the
// window's menus and buttons use already). A word's first letter is
// preferred, then any Latin letter or digit; a text without a free one (a
// Japanese label) gets one appended, as "(&K)", the way Japanese programs
// show it. '&' in a text is kept as a literal "&&".
QStringList withMnemonics(const QStringList &texts, const QString &reserved);

// The mnemonic letter of a text (upper case), or a null QChar.
QChar mnemonicOf(const QString &text);

} // namespace scs

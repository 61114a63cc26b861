#pragma once

#include <QtGlobal>

// The terms the findings use to name what is missing (context "scs::Terms";
// passed as MessageArg::term / termList and translated when rendered). Each
// reads as the object of "The message does not give ...", and a list of them
// is joined as "a, b and c".
namespace scs::rules::terms {

inline constexpr const char *brand = QT_TRANSLATE_NOOP("scs::Terms", "the brand name");
inline constexpr const char *textMessages =
        QT_TRANSLATE_NOOP("scs::Terms", "a statement that the messages are text messages");
inline constexpr const char *frequency = QT_TRANSLATE_NOOP("scs::Terms", "the message frequency");
inline constexpr const char *rates = QT_TRANSLATE_NOOP("scs::Terms", "the rates disclosure");
inline constexpr const char *stop = QT_TRANSLATE_NOOP("scs::Terms", "how to opt out (Reply STOP)");
inline constexpr const char *help = QT_TRANSLATE_NOOP("scs::Terms", "how to get help (Reply HELP)");
inline constexpr const char *helpOrContact =
        QT_TRANSLATE_NOOP("scs::Terms", "how to get help (HELP or a support contact)");
inline constexpr const char *termsPage = QT_TRANSLATE_NOOP("scs::Terms", "the terms page");
inline constexpr const char *privacyPage = QT_TRANSLATE_NOOP("scs::Terms", "the privacy policy");
inline constexpr const char *consent = QT_TRANSLATE_NOOP("scs::Terms", "a request for consent");
inline constexpr const char *subscribed =
        QT_TRANSLATE_NOOP("scs::Terms", "a statement that the user is subscribed");

} // namespace scs::rules::terms

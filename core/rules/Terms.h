#pragma once

#include <QtGlobal>

// The terms the findings use to name what is missing (context "scs::Terms";
// passed as MessageArg::term / termList and translated when rendered).
namespace scs::rules::terms {

inline constexpr const char *brand = QT_TRANSLATE_NOOP("scs::Terms", "brand");
inline constexpr const char *textMessages =
        QT_TRANSLATE_NOOP("scs::Terms", "that the messages are text messages (SMS)");
inline constexpr const char *frequency = QT_TRANSLATE_NOOP("scs::Terms", "frequency");
inline constexpr const char *rates = QT_TRANSLATE_NOOP("scs::Terms", "rates disclosure");
inline constexpr const char *stop = QT_TRANSLATE_NOOP("scs::Terms", "STOP instruction");
inline constexpr const char *help = QT_TRANSLATE_NOOP("scs::Terms", "HELP instruction");
inline constexpr const char *termsLink = QT_TRANSLATE_NOOP("scs::Terms", "link to terms or privacy policy");
inline constexpr const char *keyword = QT_TRANSLATE_NOOP("scs::Terms", "opt-in keyword");
inline constexpr const char *consent = QT_TRANSLATE_NOOP("scs::Terms", "request for consent");
inline constexpr const char *subscribed = QT_TRANSLATE_NOOP("scs::Terms", "that the user is subscribed");

} // namespace scs::rules::terms

#pragma once

#include "TextMatch.h"

// The elements of a compliant message as people really write them: the
// rates disclosure, STOP and HELP instructions, consent, the opt-out
// confirmation, terms and privacy, "No purchase necessary". Each is read in
// context: "we will never stop helping you" is no STOP instruction, and
// "more info at our site" no HELP instruction.
namespace scs::text {

bool hasRatesDisclosure(const Words &words); // "Msg & data rates may apply", "Msg&DataRatesApply"
// An opt-out keyword given as one: "Reply STOP to cancel", "Reply END to opt
// out", "Text QUIT", "STOP2END".
bool hasStopInstruction(const Words &words);
// HELP or INFO given as a keyword: "Reply HELP", "HELP for help".
bool hasHelpInstruction(const Words &words);
bool hasTextMessageMention(const Words &words); // "by text message (SMS)"
bool hasTermsOrPrivacy(const Words &words); // "Terms: ...", "Privacy policy"
bool hasConsentWording(const Words &words); // "Reply YES to receive"
bool hasSubscribedWording(const Words &words); // "You are subscribed"
bool hasOptOutConfirmation(const Words &words); // "You are unsubscribed", "Opt-Out confirmed"
bool mentionsPhi(const Words &words); // PHI, Protected Health Information, HIPAA
bool deniesPhi(const Words &words); // "no PHI", "does not contain PHI"
bool hasNoPurchaseNecessary(const Words &words); // "No purchase necessary"
// A consent checkbox shown already ticked ("[x] Text me offers", "pre-checked
// box"), as written, or empty.
QString precheckedConsent(const Words &words);
// The words that make consent a condition of purchase ("By placing an order
// you agree to receive marketing texts"), or empty. "Consent is not a
// condition of purchase" is the required disclaimer, not a condition.
QString consentAsCondition(const Words &words);

} // namespace scs::text

#include "Disclosures.h"

#include "Contacts.h"
#include "TextChars.h"

namespace scs::text {

using namespace chars;

namespace {

// Most tokens in capitals: the writer shouts, so capitals mark no keyword.
bool shouting(const Words &words)
{
    int letters = 0;
    int upper = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &w = words[i];
        if (w.m_length >= 2 && !w.isNumber() && !w.isPunct()) {
            ++letters;
            upper += w.isUpper() ? 1 : 0;
        }
    }
    return letters >= 4 && upper * 10 > letters * 6;
}

// A word that introduces a keyword: "Reply STOP", "Text HELP", "send END".
bool introducesKeyword(const Words &words, qsizetype i)
{
    for (qsizetype k = i - 1; k >= 0 && k >= i - 3; --k) {
        const std::string_view w = words.at(k);
        if (oneOf(w,
                  {"reply", "replying", "text", "texting", "txt", "send", "sms", "respond", "msg", "type"}))
            return true;
        // Quotes, colons and "with" may stand between: Reply with "STOP".
        if (!(w == "with" || w == "\"" || w == "'" || w == ":" || w == "-" || w.empty() || w == "the"
              || w == "word" || w == "keyword"))
            return false;
    }
    return false;
}

// A keyword as an instruction at token i: in capitals (unless the whole
// text is), introduced by "Reply"/"Text", or followed by what it does.
bool keywordInstruction(const Words &words, qsizetype i, bool capsMeanKeyword,
                        std::initializer_list<std::string_view> purposes)
{
    if (capsMeanKeyword && words[i].isUpper())
        return true;
    if (introducesKeyword(words, i))
        return true;
    qsizetype k = i + 1;
    if (words.at(k) == "\"" || words.at(k) == "'" || words.at(k).empty())
        ++k;
    if (oneOf(words.at(k), {"to", "2", "for", "="}) && oneOf(words.at(k + 1), purposes))
        return true;
    return false;
}

} // namespace

bool hasRatesDisclosure(const Words &words)
{
    const auto isMessageWord = [](std::string_view w) {
        return oneOf(w, {"msg", "msgs", "message", "messages", "messaging", "txt", "text", "sms"});
    };
    for (qsizetype i = 2; i < words.size(); ++i) {
        // "msg & data rates", "data & msg rates", "Message and data rates".
        if (!oneOf(words.at(i - 1), {"&", "and", "+", "/"}))
            continue;
        const std::string_view first = words.at(i - 2);
        const std::string_view second = words.at(i);
        const bool pair =
                (second == "data" && isMessageWord(first)) || (first == "data" && isMessageWord(second));
        if (!pair || !oneOf(words.at(i + 1), {"rates", "rate", "charges", "fees"}))
            continue;
        if (oneOf(words.at(i + 2), {"may", "apply", "applies", "could", "might", "will", "can", "are"}))
            return true;
    }
    return containsRaw(words, {u"通信料"});
}

bool hasStopInstruction(const Words &words)
{
    static const PhraseSet stop {"stop", "stopall", "end",    "cancel", "unsubscribe",
                                 "quit", "optout",  "revoke", "arret",  "remove"};
    const bool caps = !shouting(words);
    qsizetype at = -1;
    for (int index = stop.find(words, 0, &at); index >= 0; index = stop.find(words, at + 1, &at)) {
        if (keywordInstruction(words, at, caps,
                               {"cancel", "end", "stop", "unsubscribe", "opt", "optout", "quit", "unsub",
                                "stopall", "leave"}))
            return true;
    }
    return containsRaw(words, {u"停止"});
}

bool hasHelpInstruction(const Words &words)
{
    static const PhraseSet help {"help", "info"};
    const bool caps = !shouting(words);
    qsizetype at = -1;
    for (int index = help.find(words, 0, &at); index >= 0; index = help.find(words, at + 1, &at)) {
        if (keywordInstruction(words, at, caps,
                               {"help", "info", "support", "assistance", "more", "customer"}))
            return true;
    }
    return containsRaw(words, {u"ヘルプ"});
}

bool hasTextMessageMention(const Words &words)
{
    // "Msg" alone is the rates disclosure's word, not a statement that the
    // program sends text messages ("receive communications" is not one).
    static const PhraseSet texts {"sms", "text", "texts", "txt", "txts", "mms", "texting", "texted"};
    // Not inside an address: ".../sms-terms" says nothing to the reader.
    qsizetype at = -1;
    QList<WebAddress> addresses;
    bool addressesKnown = false;
    for (int index = texts.find(words, 0, &at); index >= 0; index = texts.find(words, at + 1, &at)) {
        if (!addressesKnown) {
            addresses = findWebAddresses(words);
            addressesKnown = true;
        }
        bool inside = false;
        for (const WebAddress &address : addresses)
            inside = inside || address.span.contains(words[at].begin);
        if (!inside)
            return true;
    }
    return containsRaw(words, {u"メッセージ", u"ＳＭＳ"});
}

bool hasTermsOrPrivacy(const Words &words)
{
    static const PhraseSet terms {"terms", "privacy", "t & c", "t & cs", "tos", "conditions", "tcs"};
    return terms.containsIn(words) || containsRaw(words, {u"規約", u"プライバシー"});
}

namespace {

// "Reply YES", "Text back Y", "respond with \"JOIN\"": a reply that answers the
// request. "Reply STOP to cancel" and "HELP for help" are the standing
// opt-out and help instructions, and "by text" names the channel: neither
// asks for consent.
bool asksForReply(const Words &words, qsizetype verb)
{
    qsizetype k = verb + 1;
    while (k < words.size() && k <= verb + 3
           && oneOf(words.at(k), {"back", "with", "\"", "'", ":", "the", "word", "keyword"}))
        ++k;
    if (k >= words.size() || words[k].isPunct() || words[k].isNumber())
        return false;
    const std::string_view answer = words.at(k);
    if (oneOf(answer,
              {"stop", "stopall", "end", "cancel", "unsubscribe", "quit", "optout", "revoke", "help",
               "info"}))
        return false;
    return words[k].isUpper() || oneOf(answer, {"yes", "y", "ok", "join", "agree", "confirm", "start"});
}

} // namespace

bool hasConsentWording(const Words &words)
{
    static const PhraseSet consent {"consent",   "agree",      "agrees",         "confirm",  "accept",
                                    "subscribe", "join",       "opt in",         "opt - in", "sign up",
                                    "signup",    "to receive", "would you like", "enroll"};
    if (consent.containsIn(words) || containsRaw(words, {u"返信", u"同意"}))
        return true;
    static const PhraseSet replies {"reply", "respond", "text", "txt", "send"};
    qsizetype at = -1;
    for (int index = replies.find(words, 0, &at); index >= 0; index = replies.find(words, at + 1, &at)) {
        if (asksForReply(words, at))
            return true;
    }
    return false;
}

bool hasSubscribedWording(const Words &words)
{
    static const PhraseSet subscribed {"subscribed",  "subscriber",      "subscription",    "enrolled",
                                       "registered",  "signed up",       "opted in",        "opted - in",
                                       "receiving",   "member",          "sign - up",       "signed - up",
                                       "joined",      "opt - in",        "opted into",      "you get",
                                       "you receive", "you are getting", "you ' re getting"};
    return subscribed.containsIn(words) || containsRaw(words, {u"登録", u"購読", u"配信中"});
}

bool hasOptOutConfirmation(const Words &words)
{
    static const PhraseSet confirms {"unsubscribed",
                                     "opted out",
                                     "opted - out",
                                     "opt - out confirmed",
                                     "opt out confirmed",
                                     "optout confirmed",
                                     "opt - out successful",
                                     "opt out successful",
                                     "no more",
                                     "no further",
                                     "no longer",
                                     "not receive",
                                     "not be sent",
                                     "not be contacted",
                                     "not get",
                                     "won ' t receive",
                                     "won ' t get",
                                     "removed",
                                     "cancelled",
                                     "canceled",
                                     "stopped",
                                     "deactivated",
                                     "unsubscribe confirmed",
                                     "unsubscribe successful",
                                     "request to opt out",
                                     "opt - out request"};
    if (confirms.containsIn(words))
        return true;
    // "won’t receive" with a typographic apostrophe: "won", "’", "t".
    for (qsizetype i = 0; i + 3 < words.size(); ++i) {
        if (words.at(i) == "won" && words.at(i + 2) == "t" && oneOf(words.at(i + 3), {"receive", "get"}))
            return true;
    }
    return containsRaw(words, {u"停止しました", u"解除"});
}

bool mentionsPhi(const Words &words)
{
    return words.containsAny({"phi", "hipaa", "protected health information"})
            || containsRaw(words, {u"保護対象保健情報", u"医療情報"});
}

bool deniesPhi(const Words &words)
{
    static const PhraseSet phi {"phi", "hipaa", "protected health information", "health information"};
    qsizetype at = -1;
    for (int index = phi.find(words, 0, &at); index >= 0; index = phi.find(words, at + 1, &at)) {
        if (words.negatedBefore(at, 5))
            return true;
    }
    return false;
}

bool hasNoPurchaseNecessary(const Words &words)
{
    return words.containsAny({"no purchase necessary", "no purchase required", "no purch nec",
                              "no purchase is necessary", "no purchase is required", "npn"});
}

QString precheckedConsent(const Words &words)
{
    const QStringView text = words.text();
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        if ((text[i] == u'[' || text[i] == u'(') && (text[i + 1] == u'x' || text[i + 1] == u'X')
            && (text[i + 2] == u']' || text[i + 2] == u')'))
            return text.sliced(i, 3).toString();
    }
    for (const char16_t mark : {u'\u2611', u'\u2705', u'\u2713', u'\u2714', u'\u2612'}) {
        if (const qsizetype at = text.indexOf(QChar(mark)); at >= 0)
            return text.sliced(at, 1).toString();
    }
    static const PhraseSet phrases {"pre - checked",         "prechecked",        "pre checked",
                                    "checked by default",    "already checked",   "pre - selected",
                                    "preselected",           "ticked by default", "pre - ticked",
                                    "checked automatically", "box is checked"};
    qsizetype at = -1;
    const int index = phrases.find(words, 0, &at);
    if (index >= 0 && !words.negatedBefore(at, 3))
        return words.slice(at, at + phraseLength(phrases.phrase(index)) - 1);
    return {};
}

QString consentAsCondition(const Words &words)
{
    const auto isPurchase = [](std::string_view w) {
        return oneOf(w, {"purchase",   "purchases",    "checkout",    "buy",        "order",   "orders",
                         "account",    "service",      "enroll",      "membership", "app",     "continue",
                         "access",     "booking",      "reservation", "customers",  "members", "users",
                         "enrollment", "registration", "participate"});
    };
    const auto sentenceEnd = [&](qsizetype k) { return oneOf(words.at(k), {".", "!", "?", ";"}); };
    // The words a pattern starts with, looked up once per token.
    static const PhraseSet starts {"condition", "conditions", "join",  "subscribe", "enroll",   "by",
                                   "ordering",  "orders",     "order", "purchases", "checkout", "booking",
                                   "bookings",  "to",         "must",  "required",  "mandatory"};
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (starts.matchAt(words, i) < 0)
            continue;
        const std::string_view w = words.at(i);
        // "... as a condition of (your) purchase", unless negated.
        // "... a condition of using our shipping service": the purchase may
        // follow a verb and a qualifier.
        if ((w == "condition" || w == "conditions") && words.at(i + 1) == "of") {
            for (qsizetype k = i + 2; k < i + 7 && k < words.size() && !sentenceEnd(k); ++k) {
                if (isPurchase(words.at(k))
                    || oneOf(words.at(k), {"purchasing", "sale", "buying", "participation"})) {
                    if (!words.negatedBefore(i, 5))
                        return words.slice(i, k);
                    break;
                }
            }
            continue;
        }
        // "Join the Text Club to complete your online order".
        if (oneOf(w, {"join", "subscribe", "enroll"}) && !words.negatedBefore(i, 3)) {
            for (qsizetype k = i + 1; k < i + 12 && k < words.size() && !sentenceEnd(k); ++k) {
                if (words.at(k) == "to" && oneOf(words.at(k + 1), {"complete", "place", "finish", "make"})) {
                    for (qsizetype m = k + 2; m < k + 6 && m < words.size(); ++m) {
                        if (isPurchase(words.at(m)))
                            return words.slice(i, m);
                    }
                }
            }
        }
        // "By placing an order / purchasing / checking out, you agree to receive
        // texts"; "By continuing to checkout" or "By signing up for an online
        // account, you accept ... texts": the act that consents is a purchase
        // or opens an account, not a sign-up for the texts themselves.
        if (w == "by") {
            bool purchaseAct = oneOf(words.at(i + 1),
                                     {"purchasing", "buying", "placing", "ordering", "completing", "making",
                                      "paying", "shopping", "creating", "opening", "booking", "registering"})
                    || (words.at(i + 1) == "checking" && words.at(i + 2) == "out");
            // The word that consents, before any word for the texts: with a
            // text word first, the act is the sign-up for texts itself ("By
            // texting JOIN", "By signing up for our text service").
            qsizetype agree = -1;
            for (qsizetype k = i + 1; k < i + 20 && k < words.size() && !sentenceEnd(k); ++k) {
                const std::string_view v = words.at(k);
                if (oneOf(v, {"agree", "consent", "authorize", "accept"})) {
                    agree = k;
                    break;
                }
                if (oneOf(v, {"text", "texts", "texting", "sms", "messages", "msgs", "alerts"}))
                    break;
            }
            if (agree < 0)
                continue;
            for (qsizetype k = i + 1; k < agree && !purchaseAct; ++k)
                purchaseAct = isPurchase(words.at(k)) || words.at(k) == "checkout";
            if (!purchaseAct)
                continue;
            for (qsizetype k = agree + 1; k < agree + 24 && k < words.size() && !sentenceEnd(k); ++k) {
                if (oneOf(words.at(k),
                          {"text", "texts", "sms", "messages", "msgs", "marketing", "promotional",
                           "recurring", "autodialed"}))
                    return words.slice(i, k);
            }
            continue;
        }
        // "Online ordering is available to Text Club members only".
        if (oneOf(w, {"ordering", "orders", "order", "purchases", "checkout", "booking", "bookings"})
            && oneOf(words.at(i + 1), {"is", "are"})
            && oneOf(words.at(i + 2), {"available", "open", "reserved", "limited", "restricted"})) {
            bool members = false;
            for (qsizetype k = i + 3; k < i + 14 && k < words.size() && !sentenceEnd(k); ++k) {
                const std::string_view v = words.at(k);
                members = members || oneOf(v, {"members", "subscribers", "club", "text", "sms"});
                if (members && oneOf(v, {"only", "exclusively"}) && !words.negatedBefore(i, 3))
                    return words.slice(i, k);
            }
        }
        // "To complete your booking you must agree to receive texts": the
        // purchase is named first, as the aim of the requirement.
        if (w == "to" && oneOf(words.at(i + 1), {"complete", "place", "finish", "make", "get"})) {
            qsizetype purchase = -1;
            for (qsizetype k = i + 2; k < i + 6 && k < words.size() && !sentenceEnd(k); ++k) {
                if (isPurchase(words.at(k))
                    || oneOf(words.at(k), {"price", "prices", "discount", "discounts"})) {
                    purchase = k;
                    break;
                }
            }
            if (purchase >= 0) {
                bool required = false;
                // The requirement may stand before ("needed to get sale prices")
                // or after ("to complete your booking you must ...").
                for (qsizetype k = i - 1; k >= 0 && k >= i - 4 && !sentenceEnd(k); --k) {
                    if (oneOf(words.at(k), {"needed", "necessary", "required", "mandatory", "must"})
                        && !words.negatedBefore(k, 2))
                        required = true;
                }
                for (qsizetype k = purchase + 1; k < purchase + 5 && k < words.size() && !sentenceEnd(k);
                     ++k) {
                    if (oneOf(words.at(k), {"must", "required", "need", "needed"})
                        && !words.negatedBefore(k, 2))
                        required = true;
                }
                if (required) {
                    // And the requirement is about texts.
                    qsizetype first = i;
                    while (first > 0 && !sentenceEnd(first - 1))
                        --first;
                    for (qsizetype k = first; k < words.size() && !sentenceEnd(k); ++k) {
                        if (oneOf(words.at(k),
                                  {"text", "texts", "sms", "texting", "signup", "subscribe", "opt"}))
                            return words.slice(first, purchase);
                    }
                }
            }
        }
        // "must opt in / subscribe to texts to complete your purchase"; "texts are required to check out".
        if (oneOf(w, {"must", "required", "mandatory"}) && !words.negatedBefore(i, 2)) {
            bool texts = false;
            for (qsizetype k = i + 1; k < i + 14 && k < words.size() && !sentenceEnd(k); ++k) {
                const std::string_view v = words.at(k);
                if (oneOf(v, {"text", "texts", "sms", "messages", "msgs", "subscribe", "opt", "texting"}))
                    texts = true;
                if (texts && isPurchase(v))
                    return words.slice(i, k);
            }
            // "Texts are required to complete your purchase": the texts come before.
            for (qsizetype k = i - 1; k >= 0 && k >= i - 6 && !sentenceEnd(k); --k) {
                if (oneOf(words.at(k), {"text", "texts", "sms", "consent", "opt", "texting", "alerts"})) {
                    for (qsizetype m = i + 1; m < i + 10 && m < words.size() && !sentenceEnd(m); ++m) {
                        if (isPurchase(words.at(m)))
                            return words.slice(k, m);
                    }
                    break;
                }
            }
        }
    }
    return {};
}

} // namespace scs::text

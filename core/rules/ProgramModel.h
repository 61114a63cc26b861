#pragma once

#include "Brands.h"
#include "Categories.h"
#include "Frequency.h"
#include "model/Request.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace scs::rules {

class Context;

// What a reviewer notes down about a program before judging it, derived
// from the whole request: the brand names, what each message says (rates,
// frequency, STOP and HELP, promotional wording, ...), the support
// contacts, and the content categories read from every free-text field.
//
// The rules read this model instead of raw text. It is kept by the engine
// between keystrokes: each part is derived on first use and kept until a
// field it is derived from changes (invalidate()), so a keystroke re-derives
// only what the edited field feeds. Per text the facts are cached one by
// one, which makes re-running a rule over unchanged fields cheap.
class ProgramModel
{
public:
    // A fact about one text (a field, or one example).
    enum Fact : unsigned {
        NamesBrand, // names one of the brand names (outside addresses)
        Rates, // "Msg & data rates may apply"
        Frequency, // a frequency statement
        StopInstruction, // "Reply STOP to cancel"
        HelpInstruction, // "Reply HELP for help"
        TextMention, // says the messages are text messages
        TermsMention, // names terms or privacy
        Consent, // asks for consent
        Subscribed, // says the user is subscribed
        OptOutConfirmed, // confirms an opt-out
        Contact, // a phone number, e-mail or web address
        PhoneOrEmail, // a phone number or e-mail address
        NoPurchaseNecessary,
        Appointment,
        FactCount
    };

    // Where a category was read: the industry, or a field (and example).
    struct CategorySource
    {
        text::Category category;
        FieldId field;
        int item = -1;
        QString phrase; // as written; empty when the industry says so
        bool fromIndustry = false;
    };

    // The company's own ways to be reached, for comparing with what the
    // messages give.
    struct Contacts
    {
        QStringList phones; // national digits
        QStringList emails; // lower case
        QStringList domains; // registrable, lower case
    };

    ProgramModel();
    ~ProgramModel();

    // Forget everything derived from the field.
    void invalidate(FieldId field);
    void clear();

    const text::Brands &brands(const Context &c);
    // A fact of a field's text; of example `item` when item >= 0.
    bool fact(const Context &c, FieldId field, Fact fact, int item = -1);
    const text::Frequency &frequency(const Context &c, FieldId field, int item = -1);
    // The first promotional phrase outside the brand names, or empty.
    const QString &promotion(const Context &c, FieldId field, int item = -1);
    // The categories the whole request reads as: the first place each is read.
    const std::optional<CategorySource> &category(const Context &c, text::Category category);
    const Contacts &contacts(const Context &c);
    // Some message, example or the sign-up text names the brand.
    bool brandNamedAnywhere(const Context &c);

    // The fields whose text the categories are read from.
    static bool feedsCategories(FieldId field);
    // The fields that are messages sent to users (sms fields of the content
    // and sign-up sections, and the examples).
    static bool isMessage(FieldId field);

private:
    struct TextFacts
    {
        unsigned known = 0;
        unsigned value = 0;
        bool categoriesKnown = false;
        bool frequencyKnown = false;
        bool promotionKnown = false;
        QList<text::CategoryHit> categories;
        text::Frequency frequency;
        QString promotion;
    };
    TextFacts &slot(const Context &c, FieldId field, int item);
    const QList<text::CategoryHit> &categoriesOf(const Context &c, FieldId field, int item);
    void deriveCategories(const Context &c);

    std::array<TextFacts, FieldCount> m_fields;
    std::vector<TextFacts> m_examples;
    bool m_examplesKnown = false;
    std::optional<text::Brands> m_brands;
    std::optional<Contacts> m_contacts;
    bool m_categoriesKnown = false;
    std::array<std::optional<CategorySource>, text::CategoryCount> m_categories;
    std::optional<bool> m_brandNamed;
};

} // namespace scs::rules

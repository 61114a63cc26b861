#include "ProgramModel.h"

#include "Contacts.h"
#include "Disclosures.h"
#include "Promotional.h"
#include "RuleRegistry.h"
#include "catalog/Catalog.h"

namespace scs::rules {

namespace {

bool isBrandField(FieldId field)
{
    return field == FieldId::CompanyBrandName || field == FieldId::CompanyName
            || field == FieldId::CompanyProductName;
}

bool isContactField(FieldId field)
{
    switch (field) {
    case FieldId::CompanySupportEmail:
    case FieldId::CompanySupportTollFree:
    case FieldId::CompanyContactPhone:
    case FieldId::CaseSiteUrl:
    case FieldId::SignupWebsite:
    case FieldId::SignupTermsUrl:
    case FieldId::SignupPrivacyUrl:
        return true;
    default:
        return false;
    }
}

bool isAddressField(FieldId field)
{
    const FieldKind kind = Catalog::field(field).kind;
    return kind == FieldKind::Url || kind == FieldKind::Email;
}

} // namespace

ProgramModel::ProgramModel() = default;
ProgramModel::~ProgramModel() = default;

bool ProgramModel::feedsCategories(FieldId field)
{
    switch (field) {
    case FieldId::CompanyMailingAddress: // street names ("Oak Dr.") are not content
    case FieldId::CompanyContactName:
    case FieldId::CompanyContactPhone:
    case FieldId::CompanySupportTollFree:
    case FieldId::CompanyTaxId:
    case FieldId::SignupOptinKeyword:
    case FieldId::SpendRegion:
    case FieldId::TrackingCaseId:
    case FieldId::TrackingShortCode:
    case FieldId::ConsoleHelpResponse: // the console mirrors the request's messages
    case FieldId::ConsoleStopResponse:
    case FieldId::ConsoleRegisteredKeyword:
    case FieldId::ConsoleRegisteredKeywordResponse:
        return false;
    case FieldId::ContentExamples:
    case FieldId::CompanyIndustry: // read with its own meaning, not as words
        return true;
    default:
        return isFreeText(Catalog::field(field).kind);
    }
}

bool ProgramModel::isMessage(FieldId field)
{
    switch (field) {
    case FieldId::SignupOptinRequest:
    case FieldId::SignupConfirmation:
    case FieldId::ContentKeywordResponse:
    case FieldId::ContentHelpResponse:
    case FieldId::ContentStopResponse:
    case FieldId::ContentReminder:
    case FieldId::ContentExamples:
        return true;
    default:
        return false;
    }
}

void ProgramModel::clear()
{
    m_fields = {};
    m_examples.clear();
    m_examplesKnown = false;
    m_brands.reset();
    m_contacts.reset();
    m_categoriesKnown = false;
    m_brandNamed.reset();
}

void ProgramModel::invalidate(FieldId field)
{
    m_fields[fieldIndex(field)] = TextFacts();
    if (field == FieldId::ContentExamples) {
        m_examples.clear();
        m_examplesKnown = false;
    }
    if (isBrandField(field)) {
        m_brands.reset();
        const unsigned brandBit = 1u << NamesBrand;
        for (TextFacts &facts : m_fields) {
            facts.known &= ~brandBit;
            facts.promotionKnown = false;
        }
        for (TextFacts &facts : m_examples) {
            facts.known &= ~brandBit;
            facts.promotionKnown = false;
        }
        m_brandNamed.reset();
        m_contacts.reset(); // own domains are recognised by the brand, too
    }
    if (isMessage(field) || field == FieldId::SignupOptionText)
        m_brandNamed.reset();
    if (isContactField(field))
        m_contacts.reset();
    if (feedsCategories(field))
        m_categoriesKnown = false;
}

const text::Brands &ProgramModel::brands(const Context &c)
{
    if (!m_brands)
        m_brands.emplace(c.text(FieldId::CompanyBrandName), c.text(FieldId::CompanyProductName),
                         c.text(FieldId::CompanyName));
    return *m_brands;
}

ProgramModel::TextFacts &ProgramModel::slot(const Context &c, FieldId field, int item)
{
    if (item < 0)
        return m_fields[fieldIndex(field)];
    if (!m_examplesKnown) {
        m_examples.assign(std::size_t(c.examples().size()), TextFacts());
        m_examplesKnown = true;
    }
    return m_examples[std::size_t(item)];
}

bool ProgramModel::fact(const Context &c, FieldId field, Fact fact, int item)
{
    TextFacts &facts = slot(c, field, item);
    const unsigned bit = 1u << fact;
    if (facts.known & bit)
        return facts.value & bit;
    const text::Words &words = item < 0 ? c.words(field) : c.exampleWords(item);
    bool value = false;
    switch (fact) {
    case NamesBrand:
        value = brands(c).foundIn(words);
        break;
    case Rates:
        value = text::hasRatesDisclosure(words);
        break;
    case Frequency:
        value = this->frequency(c, field, item).isStated();
        break;
    case StopInstruction:
        value = text::hasStopInstruction(words);
        break;
    case HelpInstruction:
        value = text::hasHelpInstruction(words);
        break;
    case TextMention:
        value = text::hasTextMessageMention(words);
        break;
    case TermsMention:
        value = text::hasTermsOrPrivacy(words);
        break;
    case Consent:
        value = text::hasConsentWording(words);
        break;
    case Subscribed:
        value = text::hasSubscribedWording(words);
        break;
    case OptOutConfirmed:
        value = text::hasOptOutConfirmation(words);
        break;
    case Contact:
        value = text::hasContact(words);
        break;
    case PhoneOrEmail:
        value = text::hasPhoneNumber(words.text()) || text::hasEmailAddress(words.text());
        break;
    case NoPurchaseNecessary:
        value = text::hasNoPurchaseNecessary(words);
        break;
    case Appointment:
        value = text::mentionsAppointment(words);
        break;
    case FactCount:
        break;
    }
    facts.known |= bit;
    facts.value = value ? facts.value | bit : facts.value & ~bit;
    return value;
}

const text::Frequency &ProgramModel::frequency(const Context &c, FieldId field, int item)
{
    TextFacts &facts = slot(c, field, item);
    if (!facts.frequencyKnown) {
        facts.frequency = text::findFrequency(item < 0 ? c.words(field) : c.exampleWords(item));
        facts.frequencyKnown = true;
    }
    return facts.frequency;
}

const QString &ProgramModel::promotion(const Context &c, FieldId field, int item)
{
    TextFacts &facts = slot(c, field, item);
    if (!facts.promotionKnown) {
        const text::Brands &names = brands(c);
        facts.promotion = text::promotionalWording(item < 0 ? c.words(field) : c.exampleWords(item), &names);
        facts.promotionKnown = true;
    }
    return facts.promotion;
}

const QList<text::CategoryHit> &ProgramModel::categoriesOf(const Context &c, FieldId field, int item)
{
    TextFacts &facts = slot(c, field, item);
    if (!facts.categoriesKnown) {
        facts.categories.clear();
        if (item < 0 && isAddressField(field))
            text::findCategoriesInAddress(c.text(field), facts.categories);
        else
            text::findCategories(item < 0 ? c.words(field) : c.exampleWords(item), facts.categories);
        facts.categoriesKnown = true;
    }
    return facts.categories;
}

void ProgramModel::deriveCategories(const Context &c)
{
    m_categories = {};
    // What the industry says comes first: it is what the company declares.
    const QString &industry = c.text(FieldId::CompanyIndustry);
    if (const auto declared = text::industryCategory(industry))
        m_categories[std::size_t(*declared)] =
                CategorySource {*declared, FieldId::CompanyIndustry, -1, QString(), true};
    const auto note = [&](const text::CategoryHit &hit, FieldId field, int item) {
        auto &slot = m_categories[std::size_t(hit.category)];
        // Health details are what messages say, not a company's name or site.
        if (hit.category == text::Category::Health
            && !(isMessage(field) || field == FieldId::NotesDescription))
            return;
        if (!slot)
            slot = CategorySource {hit.category, field, item, hit.phrase, false};
    };
    // The fields read as words, in catalog order, listed once: this runs at
    // every keystroke in any of them.
    static const std::vector<FieldId> textFields = [] {
        std::vector<FieldId> fields;
        for (const FieldDef &def : Catalog::fields()) {
            if (feedsCategories(def.id) && def.id != FieldId::CompanyIndustry)
                fields.push_back(def.id);
        }
        return fields;
    }();
    for (const FieldId field : textFields) {
        if (field == FieldId::ContentExamples) {
            for (qsizetype i = 0; i < c.examples().size(); ++i) {
                for (const text::CategoryHit &hit : categoriesOf(c, field, int(i)))
                    note(hit, field, int(i));
            }
            continue;
        }
        if (c.text(field).isEmpty())
            continue;
        for (const text::CategoryHit &hit : categoriesOf(c, field, -1))
            note(hit, field, -1);
    }
    // A firearms industry whose texts only speak of safety training is a
    // training program (age-gated), not firearms sales.
    auto &firearms = m_categories[std::size_t(text::Category::Firearms)];
    auto &training = m_categories[std::size_t(text::Category::FirearmsTraining)];
    if (firearms && firearms->fromIndustry && training) {
        bool textSales = false;
        for (const FieldDef &def : Catalog::fields()) {
            if (!feedsCategories(def.id) || def.id == FieldId::CompanyIndustry)
                continue;
            if (def.id == FieldId::ContentExamples) {
                for (qsizetype i = 0; i < c.examples().size(); ++i) {
                    for (const text::CategoryHit &hit : categoriesOf(c, def.id, int(i)))
                        textSales = textSales || hit.category == text::Category::Firearms;
                }
            } else if (!c.text(def.id).isEmpty()) {
                for (const text::CategoryHit &hit : categoriesOf(c, def.id, -1))
                    textSales = textSales || hit.category == text::Category::Firearms;
            }
        }
        if (!textSales)
            firearms.reset();
    }
    // Appointments are health details when the program is a health one.
    if (!m_categories[std::size_t(text::Category::Health)]
        && (industry == u"healthcare" || industry == u"pharmacy")) {
        for (const FieldDef &def : Catalog::fields()) {
            if (!isMessage(def.id) || def.id == FieldId::ContentExamples || c.text(def.id).isEmpty())
                continue;
            if (fact(c, def.id, Appointment)) {
                m_categories[std::size_t(text::Category::Health)] = CategorySource {
                        text::Category::Health, def.id, -1, QStringLiteral("appointment"), false};
                break;
            }
        }
        for (qsizetype i = 0; !m_categories[std::size_t(text::Category::Health)] && i < c.examples().size();
             ++i) {
            if (fact(c, FieldId::ContentExamples, Appointment, int(i)))
                m_categories[std::size_t(text::Category::Health)] =
                        CategorySource {text::Category::Health, FieldId::ContentExamples, int(i),
                                        QStringLiteral("appointment"), false};
        }
    }
    m_categoriesKnown = true;
}

const std::optional<ProgramModel::CategorySource> &ProgramModel::category(const Context &c,
                                                                          text::Category category)
{
    if (!m_categoriesKnown)
        deriveCategories(c);
    return m_categories[std::size_t(category)];
}

const ProgramModel::Contacts &ProgramModel::contacts(const Context &c)
{
    if (m_contacts)
        return *m_contacts;
    Contacts contacts;
    for (const FieldId phone : {FieldId::CompanySupportTollFree, FieldId::CompanyContactPhone}) {
        if (const QString digits = text::phoneDigits(c.text(phone)); !digits.isEmpty())
            contacts.phones.append(digits);
    }
    const QString email = c.text(FieldId::CompanySupportEmail).trimmed().toLower();
    if (email.contains(u'@')) {
        contacts.emails.append(email);
        contacts.domains.append(text::registrableDomain(email.sliced(email.indexOf(u'@') + 1)));
    }
    for (const FieldId url :
         {FieldId::CaseSiteUrl, FieldId::SignupWebsite, FieldId::SignupTermsUrl, FieldId::SignupPrivacyUrl}) {
        if (const QString host = text::hostOf(c.text(url)); host.contains(u'.'))
            contacts.domains.append(text::registrableDomain(host));
    }
    contacts.domains.removeDuplicates();
    m_contacts = contacts;
    return *m_contacts;
}

bool ProgramModel::brandNamedAnywhere(const Context &c)
{
    if (m_brandNamed)
        return *m_brandNamed;
    bool named = false;
    for (const FieldId field :
         {FieldId::SignupOptionText, FieldId::SignupOptinRequest, FieldId::SignupConfirmation,
          FieldId::ContentKeywordResponse, FieldId::ContentHelpResponse, FieldId::ContentStopResponse,
          FieldId::ContentReminder}) {
        if (!c.text(field).trimmed().isEmpty() && fact(c, field, NamesBrand)) {
            named = true;
            break;
        }
    }
    for (qsizetype i = 0; !named && i < c.examples().size(); ++i)
        named = !c.examples()[i].text.trimmed().isEmpty()
                && fact(c, FieldId::ContentExamples, NamesBrand, int(i));
    m_brandNamed = named;
    return named;
}

} // namespace scs::rules

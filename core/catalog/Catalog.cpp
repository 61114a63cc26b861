#include "Catalog.h"

#include "CatalogTables.h"

#include <QCoreApplication>
#include <QLatin1StringView>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace scs::Catalog {

namespace {

constexpr const char *Context = "scs::Catalog";

QString translated(const char *source)
{
    return source ? QCoreApplication::translate(Context, source) : QString();
}

// Keys sorted once for binary search: the JSON reader and the CLI look up
// every key of every document.
template<typename Id, std::size_t N, typename Defs>
std::array<std::pair<QLatin1StringView, Id>, N> sortedKeys(Defs defs)
{
    std::array<std::pair<QLatin1StringView, Id>, N> keys;
    std::size_t i = 0;
    for (const auto &def : defs)
        keys[i++] = {QLatin1StringView(def.key), def.id};
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return keys;
}

template<typename Id, std::size_t N>
std::optional<Id> findKey(const std::array<std::pair<QLatin1StringView, Id>, N> &keys, QStringView key)
{
    const auto it =
            std::lower_bound(keys.begin(), keys.end(), key, [](const auto &entry, QStringView wanted) {
                return wanted.compare(entry.first) > 0;
            });
    if (it != keys.end() && key.compare(it->first) == 0)
        return it->second;
    return std::nullopt;
}

// Where each section's fields start in the field table (fields are grouped
// by section, in section order).
std::array<std::size_t, SectionCount + 1> sectionStarts()
{
    std::array<std::size_t, SectionCount + 1> starts {};
    const auto all = CatalogTables::fields();
    std::size_t f = 0;
    for (std::size_t s = 0; s < SectionCount; ++s) {
        starts[s] = f;
        while (f < all.size() && std::size_t(all[f].section) == s)
            ++f;
    }
    starts[SectionCount] = all.size();
    return starts;
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

const ChoiceDef *findChoice(FieldId id, QStringView value)
{
    for (const ChoiceDef &choice : field(id).choices) {
        if (value.compare(QLatin1StringView(choice.value)) == 0)
            return &choice;
    }
    return nullptr;
}

} // namespace

std::span<const FieldDef> fields()
{
    return CatalogTables::fields();
}

const FieldDef &field(FieldId id)
{
    return CatalogTables::fields()[fieldIndex(id)];
}

std::optional<FieldId> fieldByKey(QStringView key)
{
    static const auto keys = sortedKeys<FieldId, FieldCount>(CatalogTables::fields());
    return findKey(keys, key);
}

QString key(FieldId id)
{
    return QLatin1StringView(field(id).key).toString();
}

std::span<const SectionDef> sections()
{
    return CatalogTables::sections();
}

const SectionDef &section(SectionId id)
{
    return CatalogTables::sections()[std::size_t(id)];
}

std::optional<SectionId> sectionByKey(QStringView key)
{
    static const auto keys = sortedKeys<SectionId, SectionCount>(CatalogTables::sections());
    return findKey(keys, key);
}

std::span<const FieldDef> fieldsOf(SectionId id)
{
    static const auto starts = sectionStarts();
    const std::size_t s = std::size_t(id);
    return CatalogTables::fields().subspan(starts[s], starts[s + 1] - starts[s]);
}

std::span<const FixedValueDef> fixedRequestValueDefs()
{
    return CatalogTables::fixedRequestValues();
}

QList<std::pair<QString, QString>> fixedRequestValues()
{
    QList<std::pair<QString, QString>> values;
    for (const FixedValueDef &def : CatalogTables::fixedRequestValues())
        values.append({translated(def.label), translated(def.value)});
    return values;
}

QString defaultValue(FieldId id)
{
    const char *value = field(id).defaultValue;
    return value ? QLatin1StringView(value).toString() : QString();
}

QString label(FieldId id)
{
    return translated(field(id).label);
}

QString help(FieldId id)
{
    return translated(field(id).help);
}

QString sectionTitle(SectionId id)
{
    return translated(section(id).title);
}

QString sectionHelp(SectionId id)
{
    return translated(section(id).help);
}

QString choiceLabel(FieldId id, QStringView value)
{
    if (const ChoiceDef *choice = findChoice(id, value))
        return translated(choice->label);
    // A value the catalog does not know (only possible from code): show it
    // as it is rather than nothing.
    return value.toString();
}

bool isChoice(FieldId id, QStringView value)
{
    return findChoice(id, value) != nullptr;
}

bool conditionHolds(const Request &request, FieldId id)
{
    const FieldDef &def = field(id);
    if (def.requirement != Requirement::Conditional)
        return false;
    const FieldValue &condition = request.value(def.conditionField);
    for (const char *value : def.conditionValues) {
        const QLatin1StringView wanted(value);
        switch (field(def.conditionField).kind) {
        case FieldKind::Bool:
            if (const std::optional<bool> answer = condition.toBool();
                answer && wanted == (*answer ? "true"_L1 : "false"_L1))
                return true;
            break;
        case FieldKind::Choices:
            if (condition.toStringList().contains(wanted))
                return true;
            break;
        default:
            if (condition.stringRef() == wanted)
                return true;
            break;
        }
    }
    return false;
}

bool isRequired(const Request &request, FieldId id)
{
    switch (field(id).requirement) {
    case Requirement::Optional:
        return false;
    case Requirement::Required:
        return true;
    case Requirement::Conditional:
        break;
    }
    return conditionHolds(request, id);
}

bool isFilled(const Request &request, FieldId id)
{
    const FieldValue &value = request.value(id);
    if (field(id).kind == FieldKind::Examples) {
        const ExampleList examples = value.toExamples();
        const auto withText = std::count_if(examples.cbegin(), examples.cend(),
                                            [](const Example &e) { return !isBlank(e.text); });
        return withText >= 3;
    }
    if (value.isAttachments())
        return !value.toAttachments().isEmpty();
    if (value.isString())
        return !isBlank(value.stringRef());
    if (value.isStringList())
        return !value.toStringList().isEmpty();
    // A bool (answered), an integer, or nothing.
    return value.isSet() && !value.isEmpty();
}

namespace {

double completenessOf(const Request &request, std::span<const FieldDef> defs)
{
    int required = 0;
    int filled = 0;
    for (const FieldDef &def : defs) {
        if (!isRequired(request, def.id))
            continue;
        ++required;
        if (isFilled(request, def.id))
            ++filled;
    }
    return required == 0 ? 1.0 : double(filled) / double(required);
}

} // namespace

double completeness(const Request &request)
{
    return completenessOf(request, fields());
}

double completeness(const Request &request, SectionId section)
{
    return completenessOf(request, fieldsOf(section));
}

} // namespace scs::Catalog

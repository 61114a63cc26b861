#pragma once

#include "model/FieldId.h"
#include "model/Request.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>
#include <utility>

namespace scs {

// One allowed value of a choice/choices field. `label` is the untranslated
// source text (context "scs::Catalog"); Catalog::choiceLabel translates it.
struct ChoiceDef
{
    const char *value;
    const char *label;
};

enum class Requirement : unsigned char {
    Optional,
    Required,
    // Required only while `conditionField` holds one of `conditionValues`:
    // a choice field equal to one of them, a choices field containing one,
    // a bool field answered "true" or "false" as listed.
    Conditional,
};

// How the printed case description (report/CaseDescription) shows a field.
// Every field says it, so a field added to the catalog prints unless it
// says otherwise. How the value is shown follows the kind: a text message
// (sms) with its encoding and segments, examples as numbered messages,
// attachments as a list of files; anything else as label and value.
enum class Print : unsigned char {
    Always, // label and value; "Not provided" when empty
    WhenApplies, // while the field is required in the request (its condition holds) or filled anyway
    WhenSet, // only when filled: optional details where "Not provided" would read as a gap
    Body, // the text alone, as its section's body, when not blank (the notes)
    Never, // not for the reviewers: the user's own tracking and console settings
};

// Everything the app knows about one field. The single list of fields: the
// editor, the printed case description, the storage and the audit all read
// it. Text members are untranslated source texts (context "scs::Catalog").
struct FieldDef
{
    FieldId id;
    const char *key; // stable id, "case.site_url"
    SectionId section;
    FieldKind kind;
    Requirement requirement;
    const char *label;
    const char *help;
    std::span<const ChoiceDef> choices; // Choice / Choices only
    FieldId conditionField; // Conditional only
    std::span<const char *const> conditionValues; // Conditional only
    qint64 minimum = 0; // Integer only
    qint64 maximum = 0; // Integer only (0 = no maximum)
    const char *defaultValue = nullptr; // shown/printed when empty, e.g. "1.00"
    Print print = Print::Always;
    // A step of the numbered double opt-in sequence (1, 2, 3) in the case
    // description; 0 for other fields.
    unsigned char optInStep = 0;
};

// A value of the requests section that is fixed for every short code request
// (shown read-only and printed). Both texts are source texts; the value is
// the option's name in the provider's support form.
struct FixedValueDef
{
    const char *label;
    const char *value;
};

struct SectionDef
{
    SectionId id;
    const char *key; // "case"
    const char *title;
    const char *help;
};

namespace Catalog {

std::span<const FieldDef> fields();
const FieldDef &field(FieldId id);
std::optional<FieldId> fieldByKey(QStringView key);
QString key(FieldId id);

std::span<const SectionDef> sections();
const SectionDef &section(SectionId id);
std::optional<SectionId> sectionByKey(QStringView key);
// The fields of one section, in order.
std::span<const FieldDef> fieldsOf(SectionId id);

// The fixed, read-only values of the requests section ("Quota type":
// "Pinpoint SMS", ...), untranslated, and as translated label/value pairs.
std::span<const FixedValueDef> fixedRequestValueDefs();
QList<std::pair<QString, QString>> fixedRequestValues();

// The value shown or printed when the field is empty ("1.00", "draft"), or
// an empty string.
QString defaultValue(FieldId id);

// Translated texts in the current UI language.
QString label(FieldId id);
QString help(FieldId id);
QString sectionTitle(SectionId id);
QString sectionHelp(SectionId id);
QString choiceLabel(FieldId id, QStringView value);
bool isChoice(FieldId id, QStringView value);

// Whether the field must be filled in this request (required, or conditional
// with its condition holding).
bool isRequired(const Request &request, FieldId id);
// Whether a conditional field's condition holds (false for other fields).
bool conditionHolds(const Request &request, FieldId id);
// Whether the field counts as filled for completeness (a bool that is
// answered, text that is not blank, a list that is not empty; examples: at
// least three with text; attachments: at least one).
bool isFilled(const Request &request, FieldId id);
// Required fields filled / required fields, 0..1 (1 when nothing is required).
double completeness(const Request &request);
double completeness(const Request &request, SectionId section);

} // namespace Catalog

} // namespace scs

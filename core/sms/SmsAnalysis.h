#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace scs::sms {

// How a text message is sent (spec: sms.md, 3GPP TS 23.038 / 23.040).
enum class Encoding : unsigned char {
    Gsm7,
    Ucs2,
};

// "GSM-7" / "UCS-2", as in the JSON output of shortcode-audit sms.
QString encodingName(Encoding encoding);

// A code point that forces UCS-2, with its usual GSM-7 replacement (empty
// `replacement` and hasReplacement false when there is none).
struct NonGsmCharacter
{
    char32_t codePoint = 0;
    QString replacement;
    bool hasReplacement = false;

    friend bool operator==(const NonGsmCharacter &, const NonGsmCharacter &) = default;
};

// The counts only: computed without allocating, for hot paths (rules).
struct Counts
{
    Encoding encoding = Encoding::Gsm7;
    int units = 0; // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0; // 0 for the empty text
    int unitsLeft = 0; // units still free in the last segment

    friend bool operator==(const Counts &, const Counts &) = default;
};

// The whole analysis, for previews and the command line.
struct Analysis : Counts
{
    int characters = 0; // code points
    // UTF-16 index into the text where each segment after the first starts
    // (segments - 1 entries).
    QList<qsizetype> boundaries;
    // Distinct code points that force UCS-2, in order of first appearance.
    QList<NonGsmCharacter> nonGsm;
};

Counts count(QStringView text);
Analysis analyze(QStringView text);
// The same into `analysis`, whose lists keep their memory from one call to
// the next (for batches).
void analyze(QStringView text, Analysis &analysis);

// True when the code point is in the GSM 7-bit default alphabet or its
// extension table.
bool isGsm7(char32_t codePoint);
// 1 for the basic table, 2 for the extension table, 0 when not GSM-7.
int gsm7Septets(char32_t codePoint);

// The suggested GSM-7 replacement of a code point, if there is a usual one.
bool gsm7Replacement(char32_t codePoint, QString *replacement);
// The same without allocating: the view points into static data and stays
// valid for the life of the program. An empty view means "remove it".
bool gsm7ReplacementView(char32_t codePoint, QStringView *replacement);

// The text with every replaceable non-GSM character replaced; characters
// without a replacement stay as they are.
QString replaceNonGsm(QStringView text);

} // namespace scs::sms

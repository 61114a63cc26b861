#include "SmsCommand.h"

#include "CommandLine.h"
#include "SmsBatch.h"
#include "SmsJson.h"
#include "sms/SmsAnalysis.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace scs::cli {

namespace {

// The translation context of this command's messages.
class SmsCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmsCommand)

public:
    static QString usage()
    {
        return tr("Usage: shortcode-audit sms [--json | --jsonl]\n"
                  "\n"
                  "Counts a text message the way the network sends it: encoding (GSM-7 or UCS-2),\n"
                  "units, segments, and the characters that force UCS-2 with their usual GSM-7\n"
                  "replacements.\n"
                  "\n"
                  "Reads one message from standard input: the exact bytes, as UTF-8, no newline\n"
                  "stripped.\n"
                  "\n"
                  "Options:\n"
                  "  --json    print the analysis as one JSON object\n"
                  "  --jsonl   read one JSON string literal per line and print one JSON object per\n"
                  "            line: {\"encoding\", \"units\", \"segments\", \"non_gsm\", ...}; a line that\n"
                  "            cannot be read gets {\"line\": N, \"error\": \"...\"} instead\n"
                  "  -h, --help  show this help\n"
                  "\n"
                  "Exit status: 0, or 2 when the input (or any line of it) could not be read.\n");
    }
};

using sms_lines::LineError;
using sms_lines::LineProblem;

QString describe(LineError error)
{
    switch (error) {
    case LineError::None:
        break;
    case LineError::InvalidUtf8:
        return SmsCommand::tr("invalid UTF-8");
    case LineError::MissingOpeningQuote:
        return SmsCommand::tr("not a JSON string literal: expected an opening quote");
    case LineError::MissingClosingQuote:
        return SmsCommand::tr("not a JSON string literal: the closing quote is missing");
    case LineError::InvalidEscape:
        return SmsCommand::tr("not a JSON string literal: invalid escape sequence");
    case LineError::ControlCharacter:
        return SmsCommand::tr("not a JSON string literal: control characters must be escaped");
    case LineError::TextAfterString:
        return SmsCommand::tr("not a JSON string literal: text after the closing quote");
    }
    return {};
}

QString codePointText(char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        const char16_t pair[2] = {QChar::highSurrogate(codePoint), QChar::lowSurrogate(codePoint)};
        return QString(reinterpret_cast<const QChar *>(pair), 2);
    }
    return QString(QChar(char16_t(codePoint)));
}

// What a line that cannot be read is told, in the current language.
sms_lines::ErrorTexts errorTexts()
{
    sms_lines::ErrorTexts texts;
    texts.where = SmsCommand::tr("line %1, column %2: %3");
    for (std::size_t error = 0; error < texts.why.size(); ++error)
        texts.why.at(error) = describe(LineError(error));
    return texts;
}

// How a character looks in the text report: combining marks on a dotted
// circle, invisible ones not at all (the code point says what they are).
QString visibleCharacter(char32_t codePoint)
{
    if (QChar::isMark(codePoint))
        return u"\u25CC"_s + codePointText(codePoint);
    if (!QChar::isPrint(codePoint) || QChar::isSpace(codePoint)
        || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return QString();
    return codePointText(codePoint);
}

// A replacement in brackets, so a space or a quote stays visible.
QString bracketed(const QString &replacement)
{
    QString shown = replacement;
    shown.replace(u'\n', u"\\n"_s);
    return u'[' + shown + u']';
}

void printText(QTextStream &out, QStringView text, const sms::Analysis &analysis)
{
    const bool gsm = analysis.encoding == sms::Encoding::Gsm7;
    out << SmsCommand::tr("Encoding: %1").arg(sms::encodingName(analysis.encoding)) << u'\n';
    out << SmsCommand::tr("Characters: %1").arg(analysis.characters) << u'\n';
    out << (gsm ? SmsCommand::tr("Units: %1 (septets)") : SmsCommand::tr("Units: %1 (UTF-16 code units)"))
                    .arg(analysis.units)
        << u'\n';
    out << SmsCommand::tr("Segments: %1").arg(analysis.segments) << u'\n';
    out << SmsCommand::tr("Units left in the last segment: %1").arg(analysis.unitsLeft) << u'\n';
    // Where each segment after the first starts, as a character number.
    qsizetype characters = 0;
    qsizetype index = 0;
    for (qsizetype i = 0; i < analysis.boundaries.size(); ++i) {
        const qsizetype boundary = analysis.boundaries.at(i);
        for (; index < boundary; ++index) {
            if (!(text[index].isLowSurrogate() && index > 0 && text[index - 1].isHighSurrogate()))
                ++characters;
        }
        out << SmsCommand::tr("Segment %1 starts at character %2").arg(i + 2).arg(characters + 1) << u'\n';
    }
    if (gsm)
        return;
    out << SmsCommand::tr("Characters that force UCS-2:") << u'\n';
    bool allReplaceable = true;
    for (const sms::NonGsmCharacter &character : analysis.nonGsm) {
        const QString code =
                u"U+"_s + QString::number(uint(character.codePoint), 16).toUpper().rightJustified(4, u'0');
        const QString shown = visibleCharacter(character.codePoint);
        QString line;
        if (!character.hasReplacement) {
            allReplaceable = false;
            //: A character that forces UCS-2: its code point (U+1F600) and the character.
            line = SmsCommand::tr("%1 %2  (no usual GSM-7 replacement)").arg(code, shown);
        } else if (character.replacement.isEmpty()) {
            //: A character that forces UCS-2 and is best left out.
            line = SmsCommand::tr("%1 %2  -> remove it").arg(code, shown);
        } else {
            //: A character that forces UCS-2 and its GSM-7 replacement, in brackets.
            line = SmsCommand::tr("%1 %2  -> %3").arg(code, shown, bracketed(character.replacement));
        }
        line.prepend(u"  "_s);
        out << line << u'\n';
    }
    if (allReplaceable) {
        const sms::Counts replaced = sms::count(sms::replaceNonGsm(text));
        out << SmsCommand::tr("With the replacements: %1, units: %2, segments: %3")
                        .arg(sms::encodingName(replaced.encoding))
                        .arg(replaced.units)
                        .arg(replaced.segments)
            << u'\n';
    }
}

int runSingle(CommandContext &context, bool json)
{
    const QByteArray bytes = context.in->readAll();
    QString text;
    const qsizetype bad = sms_lines::decodeUtf8(bytes, text);
    if (bad >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1;
        const LineProblem problem {LineError::InvalidUtf8, bad - lineStart + 1};
        *context.err << u"shortcode-audit sms: "_s
                     << errorTexts().message(bytes.left(bad).count('\n') + 1, problem) << u'\n';
        return ExitUsage;
    }
    const sms::Analysis analysis = sms::analyze(text);
    if (json) {
        QByteArray out;
        sms_json::appendAnalysis(out, analysis);
        out += '\n';
        sms_lines::writeUtf8(*context.out, out);
    } else {
        printText(*context.out, text, analysis);
    }
    return ExitOk;
}

} // namespace

int runSms(CommandContext &context)
{
    CommandLine line(context, "sms", SmsCommand::usage());
    const QCommandLineOption jsonOption = line.option({u"json"_s});
    const QCommandLineOption linesOption = line.option({u"jsonl"_s});
    if (const auto status = line.parse(0))
        return *status;
    const bool json = line.isSet(jsonOption);
    const bool lines = line.isSet(linesOption);
    if (json && lines)
        return line.fail(SmsCommand::tr("use either --json or --jsonl"));
    if (!lines)
        return runSingle(context, json);
    return sms_lines::answerLines(context.in, *context.out, *context.err, errorTexts()) ? ExitOk : ExitUsage;
}

} // namespace scs::cli

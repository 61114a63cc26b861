#include "SmsCommand.h"

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

// Why a line could not be read.
enum class LineError {
    None,
    InvalidUtf8,
    MissingOpeningQuote,
    MissingClosingQuote,
    InvalidEscape,
    ControlCharacter,
    TextAfterString,
};

struct LineProblem
{
    LineError error = LineError::None;
    qsizetype column = 0; // 1-based: bytes for UTF-8, characters for JSON
};

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

const char *errorCode(LineError error)
{
    return error == LineError::InvalidUtf8 ? "invalid-utf8" : "invalid-json";
}

// Strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
// U+10FFFF) into UTF-16. Returns the offset of the first bad byte, or -1.
qsizetype decodeUtf8(QByteArrayView bytes, QString &out)
{
    out.resize(bytes.size()); // UTF-16 never needs more units than UTF-8 bytes
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    qsizetype o = 0;
    const auto cont = [&](qsizetype at, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return at < n && s[at] >= lo && s[at] <= hi;
    };
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            dst[o++] = b;
            ++i;
        } else if (b >= 0xC2 && b <= 0xDF) {
            if (!cont(i + 1))
                return i;
            dst[o++] = char16_t(((b & 0x1F) << 6) | (s[i + 1] & 0x3F));
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80;
            const unsigned char hi = b == 0xED ? 0x9F : 0xBF; // ED A0.. would be a surrogate
            if (!cont(i + 1, lo, hi) || !cont(i + 2))
                return i;
            dst[o++] = char16_t(((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
            i += 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            const unsigned char lo = b == 0xF0 ? 0x90 : 0x80;
            const unsigned char hi = b == 0xF4 ? 0x8F : 0xBF;
            if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3))
                return i;
            const char32_t c = ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6)
                    | (s[i + 3] & 0x3F);
            dst[o++] = QChar::highSurrogate(c);
            dst[o++] = QChar::lowSurrogate(c);
            i += 4;
        } else {
            return i;
        }
    }
    out.truncate(o);
    return -1;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

// One JSON string literal (RFC 8259), with optional white space around it.
// \u escapes may produce lone surrogates: they are counted, not rejected.
LineProblem parseJsonString(QStringView line, QString &out)
{
    out.clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && isJsonSpace(line[i]))
        ++i;
    if (i == n || line[i] != u'"')
        return {LineError::MissingOpeningQuote, i + 1};
    ++i;
    for (;;) {
        // Copy the run up to the next quote, backslash or control character.
        const qsizetype start = i;
        while (i < n && line[i] != u'"' && line[i] != u'\\' && line[i].unicode() >= 0x20)
            ++i;
        out.append(line.sliced(start, i - start));
        if (i == n)
            return {LineError::MissingClosingQuote, i + 1};
        const QChar c = line[i];
        if (c == u'"')
            break;
        if (c != u'\\')
            return {LineError::ControlCharacter, i + 1};
        if (i + 1 == n)
            return {LineError::InvalidEscape, i + 1};
        const QChar e = line[i + 1];
        char16_t decoded = 0;
        switch (e.unicode()) {
        case u'"':
        case u'\\':
        case u'/':
            decoded = e.unicode();
            break;
        case u'b':
            decoded = u'\b';
            break;
        case u'f':
            decoded = u'\f';
            break;
        case u'n':
            decoded = u'\n';
            break;
        case u'r':
            decoded = u'\r';
            break;
        case u't':
            decoded = u'\t';
            break;
        case u'u': {
            if (i + 6 > n)
                return {LineError::InvalidEscape, i + 1};
            int value = 0;
            for (qsizetype k = i + 2; k < i + 6; ++k) {
                const int digit = hexValue(line[k]);
                if (digit < 0)
                    return {LineError::InvalidEscape, i + 1};
                value = value * 16 + digit;
            }
            decoded = char16_t(value);
            i += 4;
            break;
        }
        default:
            return {LineError::InvalidEscape, i + 1};
        }
        out.append(QChar(decoded));
        i += 2;
    }
    ++i; // the closing quote
    while (i < n && isJsonSpace(line[i]))
        ++i;
    if (i != n)
        return {LineError::TextAfterString, i + 1};
    return {};
}

// A JSON string literal for `text`. Lone surrogates cannot be written as
// UTF-8, so they (and control characters) are escaped.
void appendJsonString(QString &json, QStringView text)
{
    json += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair) {
            json += c;
            json += text[++i];
        } else if (u == u'"' || u == u'\\') {
            json += u'\\';
            json += c;
        } else if (u == u'\n') {
            json += u"\\n"_s;
        } else if (u == u'\r') {
            json += u"\\r"_s;
        } else if (u == u'\t') {
            json += u"\\t"_s;
        } else if (u < 0x20 || c.isSurrogate() || u == 0xFEFF || u == 0x2028 || u == 0x2029) {
            // Also a byte order mark (some readers drop it) and the line
            // separators (JavaScript before ES2019 rejects them raw).
            json += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
        } else {
            json += c;
        }
    }
    json += u'"';
}

QString codePointText(char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        const char16_t pair[2] = {QChar::highSurrogate(codePoint), QChar::lowSurrogate(codePoint)};
        return QString(reinterpret_cast<const QChar *>(pair), 2);
    }
    return QString(QChar(char16_t(codePoint)));
}

void appendNumberList(QString &json, const QList<qsizetype> &numbers)
{
    json += u'[';
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i)
            json += u',';
        json += QString::number(numbers.at(i));
    }
    json += u']';
}

// {"encoding", "units", "segments", "non_gsm"} as sms.md says, then
// units_left, characters, boundaries (UTF-16 indices where segments 2.. start)
// and replacements (each replaceable non-GSM character -> its replacement).
QString analysisJson(const sms::Analysis &analysis)
{
    QString json;
    json.reserve(160);
    json += u"{\"encoding\":\""_s + sms::encodingName(analysis.encoding) + u"\",\"units\":"_s
            + QString::number(analysis.units) + u",\"segments\":"_s + QString::number(analysis.segments)
            + u",\"non_gsm\":["_s;
    for (qsizetype i = 0; i < analysis.nonGsm.size(); ++i) {
        if (i)
            json += u',';
        appendJsonString(json, codePointText(analysis.nonGsm.at(i).codePoint));
    }
    json += u"],\"units_left\":"_s + QString::number(analysis.unitsLeft) + u",\"characters\":"_s
            + QString::number(analysis.characters) + u",\"boundaries\":"_s;
    appendNumberList(json, analysis.boundaries);
    json += u",\"replacements\":{"_s;
    bool first = true;
    for (const sms::NonGsmCharacter &character : analysis.nonGsm) {
        if (!character.hasReplacement)
            continue;
        if (!first)
            json += u',';
        first = false;
        appendJsonString(json, codePointText(character.codePoint));
        json += u':';
        appendJsonString(json, character.replacement);
    }
    json += u"}}"_s;
    return json;
}

QString errorJson(qsizetype line, const LineProblem &problem, const QString &message)
{
    QString json = u"{\"line\":"_s + QString::number(line) + u",\"error\":"_s;
    appendJsonString(json, message);
    json += u",\"code\":\""_s + QLatin1StringView(errorCode(problem.error)) + u"\",\"column\":"_s
            + QString::number(problem.column) + u'}';
    return json;
}

QString lineMessage(qsizetype line, const LineProblem &problem)
{
    return SmsCommand::tr("line %1, column %2: %3")
            .arg(line)
            .arg(problem.column)
            .arg(describe(problem.error));
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
        QString line = u"  "_s + code + u' ' + visibleCharacter(character.codePoint);
        if (!character.hasReplacement) {
            allReplaceable = false;
            line += u"  "_s + SmsCommand::tr("(no usual GSM-7 replacement)");
        } else if (character.replacement.isEmpty()) {
            line += u"  -> "_s + SmsCommand::tr("remove it");
        } else {
            line += u"  -> "_s + bracketed(character.replacement);
        }
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
    const qsizetype bad = decodeUtf8(bytes, text);
    if (bad >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1;
        const LineProblem problem {LineError::InvalidUtf8, bad - lineStart + 1};
        *context.err << u"shortcode-audit sms: "_s << lineMessage(bytes.left(bad).count('\n') + 1, problem)
                     << u'\n';
        return ExitUsage;
    }
    const sms::Analysis analysis = sms::analyze(text);
    if (json)
        *context.out << analysisJson(analysis) << u'\n';
    else
        printText(*context.out, text, analysis);
    return ExitOk;
}

int runLines(CommandContext &context)
{
    int status = ExitOk;
    qsizetype lineNumber = 0;
    QString decoded;
    QString text;
    const auto answer = [&](QByteArrayView line) {
        ++lineNumber;
        const qsizetype bad = decodeUtf8(line, decoded);
        LineProblem problem {LineError::InvalidUtf8, bad + 1};
        if (bad < 0)
            problem = parseJsonString(decoded, text);
        if (problem.error == LineError::None) {
            *context.out << analysisJson(sms::analyze(text)) << u'\n';
            return;
        }
        const QString message = lineMessage(lineNumber, problem);
        *context.err << u"shortcode-audit sms: "_s << message << u'\n';
        *context.out << errorJson(lineNumber, problem, message) << u'\n';
        status = ExitUsage;
    };
    // Read in blocks so a large batch never has to fit in memory at once.
    QByteArray pending;
    for (;;) {
        const QByteArray block = context.in->read(1 << 16);
        if (block.isEmpty())
            break; // end of input (reads from standard input block until then)
        pending += block;
        qsizetype start = 0;
        for (qsizetype end; (end = pending.indexOf('\n', start)) >= 0; start = end + 1)
            answer(QByteArrayView(pending).sliced(start, end - start));
        pending.remove(0, start);
    }
    if (!pending.isEmpty())
        answer(pending);
    return status;
}

} // namespace

int runSms(CommandContext &context)
{
    bool json = false;
    bool lines = false;
    for (const QString &argument : std::as_const(context.arguments)) {
        if (argument == u"--help" || argument == u"-h") {
            *context.out << SmsCommand::usage();
            return ExitOk;
        }
        if (argument == u"--json") {
            json = true;
        } else if (argument == u"--jsonl") {
            lines = true;
        } else {
            *context.err << SmsCommand::tr("shortcode-audit sms: unknown argument %1").arg(argument) << u'\n'
                         << SmsCommand::tr("Try \"shortcode-audit sms --help\".") << u'\n';
            return ExitUsage;
        }
    }
    if (json && lines) {
        *context.err << SmsCommand::tr("shortcode-audit sms: use either --json or --jsonl") << u'\n';
        return ExitUsage;
    }
    return lines ? runLines(context) : runSingle(context, json);
}

} // namespace scs::cli

#include "CliRunner.h"
#include "FailOnWarning.h"
#include "sms/SmsAnalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = scs::test::CliResult;

Result runInProcess(const QStringList &arguments, const QByteArray &input = {})
{
    return scs::test::runAudit(arguments, input);
}

QJsonObject parseObject(const QString &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", qPrintable(line));
    return document.object();
}

QStringList codePoints(const QList<scs::sms::NonGsmCharacter> &characters)
{
    QStringList list;
    for (const scs::sms::NonGsmCharacter &c : characters) {
        // Not QString::fromUcs4: it drops a byte order mark.
        if (QChar::requiresSurrogates(c.codePoint))
            list.append(QString(QChar(QChar::highSurrogate(c.codePoint)))
                        + QChar(QChar::lowSurrogate(c.codePoint)));
        else
            list.append(QString(QChar(char16_t(c.codePoint))));
    }
    return list;
}

// What the library says about `text`, in the shape of the command's JSON.
QJsonObject expectedObject(const QString &text)
{
    const scs::sms::Analysis analysis = scs::sms::analyze(text);
    QJsonArray boundaries;
    for (qsizetype b : analysis.boundaries)
        boundaries.append(qint64(b));
    QJsonObject replacements;
    for (const scs::sms::NonGsmCharacter &c : analysis.nonGsm) {
        if (c.hasReplacement)
            replacements.insert(codePoints({c}).constFirst(), c.replacement);
    }
    return QJsonObject {
            {u"encoding"_s, scs::sms::encodingName(analysis.encoding)},
            {u"units"_s, analysis.units},
            {u"segments"_s, analysis.segments},
            {u"non_gsm"_s, QJsonArray::fromStringList(codePoints(analysis.nonGsm))},
            {u"units_left"_s, analysis.unitsLeft},
            {u"characters"_s, analysis.characters},
            {u"boundaries"_s, boundaries},
            {u"replacements"_s, replacements},
    };
}

QByteArray jsonLiteral(const QString &text)
{
    // QJsonDocument writes a one-element array: strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

class TestSmsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void help()
    {
        const Result result = runInProcess({u"sms"_s, u"--help"_s});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.startsWith(u"Usage: shortcode-audit sms"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"--jsonl"_s));
        QVERIFY(result.err.isEmpty());
        // Listed in the program's own help.
        QVERIFY(runInProcess({u"--help"_s}).out.contains(u"  sms "_s));
    }

    void helpInJapanese()
    {
        const Result result = runInProcess({u"--lang"_s, u"ja"_s, u"sms"_s, u"--help"_s});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(u"セグメント"_s), qPrintable(result.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown option") << QStringList {u"sms"_s, u"--frob"_s} << u"unknown option --frob"_s;
        QTest::addRow("a file") << QStringList {u"sms"_s, u"message.txt"_s}
                                << u"unexpected argument message.txt"_s;
        QTest::addRow("both formats") << QStringList {u"sms"_s, u"--json"_s, u"--jsonl"_s} << u"--jsonl"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = runInProcess(arguments, "hello");
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // --json: the exact bytes of standard input, nothing stripped.
    void json_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<QStringList>("nonGsm");
        QTest::addRow("empty") << QByteArray() << u"GSM-7"_s << 0 << 0 << QStringList {};
        QTest::addRow("newline kept") << QByteArray("Hello\n") << u"GSM-7"_s << 6 << 1 << QStringList {};
        QTest::addRow("CRLF kept") << QByteArray("Hi\r\n") << u"GSM-7"_s << 4 << 1 << QStringList {};
        QTest::addRow("extension") << QByteArray("{x} \xE2\x82\xAC") << u"GSM-7"_s << 8 << 1
                                   << QStringList {};
        QTest::addRow("161 septets") << QByteArray(161, 'a') << u"GSM-7"_s << 161 << 2 << QStringList {};
        QTest::addRow("curly apostrophe")
                << QByteArray("It\xE2\x80\x99s") << u"UCS-2"_s << 4 << 1 << QStringList {u"\u2019"_s};
        QTest::addRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << u"UCS-2"_s << 2 << 1
                               << QStringList {u"\U0001F600"_s};
        QTest::addRow("Japanese")
                << QByteArray("\xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF") << u"UCS-2"_s
                << 5 << 1 << QStringList {u"\u3053"_s, u"\u3093"_s, u"\u306B"_s, u"\u3061"_s, u"\u306F"_s};
        QTest::addRow("byte order mark is a character")
                << QByteArray("\xEF\xBB\xBFHi") << u"UCS-2"_s << 3 << 1 << QStringList {u"\uFEFF"_s};
        QTest::addRow("tab") << QByteArray("a\tb") << u"UCS-2"_s << 3 << 1 << QStringList {u"\t"_s};
    }
    void json()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoding);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(QStringList, nonGsm);
        const Result result = runInProcess({u"sms"_s, u"--json"_s}, input);
        QCOMPARE(result.status, 0);
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.out.endsWith(u"}\n"_s));
        QCOMPARE(result.out.count(u'\n'), 1);
        const QJsonObject object = parseObject(result.out);
        QCOMPARE(object.value(u"encoding"_s).toString(), encoding);
        QCOMPARE(object.value(u"units"_s).toInt(), units);
        QCOMPARE(object.value(u"segments"_s).toInt(), segments);
        QCOMPARE(object.value(u"non_gsm"_s).toVariant().toStringList(), nonGsm);
        // QString::fromUtf8 would drop a leading byte order mark; the command
        // counts the exact bytes.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        QCOMPARE(object, expectedObject(decoder.decode(input)));
    }

    void text_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("lines");
        const QStringList sms {u"sms"_s};
        QTest::addRow("GSM-7") << sms << QByteArray("Reply STOP to end")
                               << QStringList {u"Encoding: GSM-7"_s, u"Characters: 17"_s,
                                               u"Units: 17 (septets)"_s, u"Segments: 1"_s,
                                               u"Units left in the last segment: 143"_s};
        QTest::addRow("boundaries") << sms << QByteArray(200, 'a') + "\xE2\x80\x99"
                                    << QStringList {u"Encoding: UCS-2"_s, u"Segments: 3"_s,
                                                    u"Segment 2 starts at character 68"_s,
                                                    u"Segment 3 starts at character 135"_s};
        QTest::addRow("replacements")
                << sms << QByteArray("\xE2\x80\x9CSale\xE2\x80\x9D \xE2\x80\x94 e\xCC\x81")
                << QStringList {u"Characters that force UCS-2:"_s, u"  U+201C \u201C  -> [\"]"_s,
                                u"  U+2014 \u2014  -> [-]"_s, u"  U+0301 \u25CC\u0301  -> "_s,
                                u"With the replacements: GSM-7, units: 10, segments: 1"_s};
        QTest::addRow("no replacement")
                << sms << QByteArray("\xF0\x9F\x98\x80")
                << QStringList {u"  U+1F600 \U0001F600  (no usual GSM-7 replacement)"_s};
        QTest::addRow("Japanese") << QStringList {u"--lang"_s, u"ja"_s, u"sms"_s} << QByteArray("Hi")
                                  << QStringList {u"GSM-7"_s, u"セグメント"_s};
    }
    void text()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, lines);
        const Result result = runInProcess(arguments, input);
        QCOMPARE(result.status, 0);
        QVERIFY(result.err.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(result.out.contains(line), qPrintable(result.out));
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("where");
        QTest::addRow("lone continuation") << QByteArray("ab\x80") << u"line 1, column 3"_s;
        QTest::addRow("on line 3") << QByteArray("one\ntwo\nth\xFFree\n") << u"line 3, column 3"_s;
        QTest::addRow("overlong slash") << QByteArray("\xC0\xAF") << u"line 1, column 1"_s;
        QTest::addRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << u"line 1, column 1"_s;
        QTest::addRow("encoded surrogate") << QByteArray("x\xED\xA0\x80") << u"line 1, column 2"_s;
        QTest::addRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << u"line 1, column 1"_s;
        QTest::addRow("F5") << QByteArray("\xF5\x80\x80\x80") << u"line 1, column 1"_s;
        QTest::addRow("truncated at the end") << QByteArray("ok\n\xE2\x80") << u"line 2, column 1"_s;
    }
    void invalidUtf8()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, where);
        for (const QString &format : {u"--json"_s, QString()}) {
            QStringList arguments {u"sms"_s};
            if (!format.isEmpty())
                arguments.append(format);
            const Result result = runInProcess(arguments, input);
            QCOMPARE(result.status, 2);
            QVERIFY(result.out.isEmpty());
            QVERIFY2(result.err.contains(where + u": invalid UTF-8"_s), qPrintable(result.err));
        }
    }

    // --jsonl: one answer per line, in order; a bad line gets an error object
    // in its place and the others are still answered.
    void jsonl()
    {
        const QByteArray input = "\"Hello\"\n"
                                 "\"It\xE2\x80\x99s\"\r\n"
                                 "\"\\u00e7a \\ud83d\\ude00\"\n"
                                 "not json\n"
                                 "\"bad \xC3\x28 utf-8\"\n"
                                 "\"unterminated\n"
                                 "\"a\" \"b\"\n"
                                 "\n"
                                 "\"tab\tinside\"\n"
                                 "\"bad \\x escape\"\n"
                                 "  \"spaces around\"  \n"
                                 "\"lone \\udc00\"\n"
                                 "\"last, no newline\"";
        const Result result = runInProcess({u"sms"_s, u"--jsonl"_s}, input);
        QCOMPARE(result.status, 2);
        const QStringList lines = result.out.split(u'\n');
        QCOMPARE(lines.size(), 14);
        QVERIFY(lines.last().isEmpty());
        const auto answer = [&](int line) { return parseObject(lines.at(line - 1)); };
        QCOMPARE(answer(1), expectedObject(u"Hello"_s));
        QCOMPARE(answer(2), expectedObject(u"It\u2019s"_s));
        QCOMPARE(answer(3), expectedObject(u"\u00E7a \U0001F600"_s));
        QCOMPARE(answer(3).value(u"non_gsm"_s).toVariant().toStringList(),
                 (QStringList {u"\u00E7"_s, u"\U0001F600"_s}));
        const QList<std::pair<int, QString>> errors {
                {4, u"invalid-json"_s},  {5, u"invalid-utf8"_s}, {6, u"invalid-json"_s},
                {7, u"invalid-json"_s},  {8, u"invalid-json"_s}, {9, u"invalid-json"_s},
                {10, u"invalid-json"_s},
        };
        for (const auto &[line, code] : errors) {
            const QJsonObject object = answer(line);
            QCOMPARE(object.value(u"line"_s).toInt(), line);
            QCOMPARE(object.value(u"code"_s).toString(), code);
            const QString error = object.value(u"error"_s).toString();
            QVERIFY2(error.startsWith(u"line %1, column "_s.arg(line)), qPrintable(error));
            QVERIFY2(result.err.contains(u"shortcode-audit sms: "_s + error), qPrintable(result.err));
        }
        QCOMPARE(result.err.count(u'\n'), errors.size());
        QCOMPARE(answer(11), expectedObject(u"spaces around"_s));
        // A lone surrogate is counted as one UCS-2 unit and written escaped.
        QVERIFY2(lines.at(11).contains(u"\"non_gsm\":[\"\\udc00\"]"_s), qPrintable(lines.at(11)));
        QCOMPARE(answer(12).value(u"units"_s).toInt(), 6);
        QCOMPARE(answer(13), expectedObject(u"last, no newline"_s));
    }

    // The exact bytes: key order, escapes (control characters, lone
    // surrogates, the byte order mark and the line separators as \u, other
    // characters as UTF-8), numbers and lists, as shortcode-audit has always
    // written them.
    void jsonlBytes()
    {
        const QByteArray input = "\"Hello\"\n"
                                 "\"\\u201cQuoted\\u201d \\\\ \\/ \\b\\f\\n\\r\\t\\u0001\"\n"
                                 "\"\\ud83d\\ude00 \\udc00 \\ufeff \\u2028\\u2029 \\u00e7\"\n"
                                 "\"{[~]}|^\\u20ac\"\n"
                                 "\""
                + QByteArray(200, 'a') + "\\u20ac\"\nx\n";
        const QByteArray expected =
                "{\"encoding\":\"GSM-7\",\"units\":5,\"segments\":1,\"non_gsm\":[],\"units_left\":155,"
                "\"characters\":5,\"boundaries\":[],\"replacements\":{}}\n"
                "{\"encoding\":\"UCS-2\",\"units\":19,\"segments\":1,\"non_gsm\":[\"\xE2\x80\x9C\","
                "\"\xE2\x80\x9D\","
                "\"\\u0008\",\"\\t\",\"\\u0001\"],\"units_left\":51,\"characters\":19,\"boundaries\":[],"
                "\"replacements\":{\"\xE2\x80\x9C\":\"\\\"\",\"\xE2\x80\x9D\":\"\\\"\",\"\\u0008\":\"\","
                "\"\\t\":\" \","
                "\"\\u0001\":\"\"}}\n"
                "{\"encoding\":\"UCS-2\",\"units\":11,\"segments\":1,\"non_gsm\":[\"\xF0\x9F\x98\x80\","
                "\"\\udc00\","
                "\"\\ufeff\",\"\\u2028\",\"\\u2029\",\"\xC3\xA7\"],\"units_left\":59,\"characters\":10,"
                "\"boundaries\":[],\"replacements\":{\"\\ufeff\":\"\",\"\\u2028\":\"\\n\",\"\\u2029\":"
                "\"\\n\","
                "\"\xC3\xA7\":\"\xC3\x87\"}}\n"
                "{\"encoding\":\"GSM-7\",\"units\":16,\"segments\":1,\"non_gsm\":[],\"units_left\":144,"
                "\"characters\":8,\"boundaries\":[],\"replacements\":{}}\n"
                "{\"encoding\":\"GSM-7\",\"units\":202,\"segments\":2,\"non_gsm\":[],\"units_left\":104,"
                "\"characters\":201,\"boundaries\":[153],\"replacements\":{}}\n"
                "{\"line\":6,\"error\":\"line 6, column 1: not a JSON string literal: expected an opening "
                "quote\","
                "\"code\":\"invalid-json\",\"column\":1}\n";
        const Result result = runInProcess({u"sms"_s, u"--jsonl"_s}, input);
        QCOMPARE(result.status, 2);
        QCOMPARE(result.out.toUtf8(), expected);
    }

    void jsonlAllValid()
    {
        const Result result =
                runInProcess({u"sms"_s, u"--jsonl"_s}, "\"a\"\n\"\\\"quoted\\\" \\\\ \\/ \\n\"\n");
        QCOMPARE(result.status, 0);
        QVERIFY(result.err.isEmpty());
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(parseObject(lines.at(1)), expectedObject(u"\"quoted\" \\ / \n"_s));
        QCOMPARE(runInProcess({u"sms"_s, u"--jsonl"_s}).out, QString());
    }

    // The real executable over 200,000 messages from a file, in one run: every
    // answer matches the library.
    void batchOf200000()
    {
        const QList<QString> pieces {
                u"Reply STOP to end. "_s,
                u"Msg&data rates may apply. "_s,
                u"{code} "_s,
                u"\u20AC5 "_s,
                u"\u3053\u3093\u306B\u3061\u306F "_s,
                u"\U0001F600"_s,
                u"It\u2019s "_s,
                u"\u00E7a "_s,
                u"[x]~|^\\ "_s,
                u"\t"_s,
        };
        QRandomGenerator random(4);
        QStringList messages;
        QByteArray input;
        constexpr int count = 200000;
        messages.reserve(count);
        for (int i = 0; i < count; ++i) {
            QString message;
            const int parts = int(random.bounded(1, 12));
            for (int p = 0; p < parts; ++p)
                message += pieces.at(random.bounded(10) < 7 ? int(random.bounded(2))
                                                            : int(random.bounded(pieces.size())));
            messages.append(message);
            input += jsonLiteral(message);
            input += '\n';
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"messages.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(input);
        file.close();

        QProcess process;
        process.setStandardInputFile(path);
        process.start(QStringLiteral(SCS_AUDIT_EXECUTABLE), {u"sms"_s, u"--jsonl"_s});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().isEmpty());
        const QByteArray output = process.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        QCOMPARE(lines.size(), count + 1);
        for (int i = 0; i < count; ++i) {
            // Every line is parsed as JSON; the full answer is compared on a
            // sample (the counts on all of them).
            const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
            const scs::sms::Counts counts = scs::sms::count(messages.at(i));
            if (object.value(u"units"_s).toInt(-1) != counts.units
                || object.value(u"segments"_s).toInt(-1) != counts.segments
                || object.value(u"encoding"_s).toString() != scs::sms::encodingName(counts.encoding))
                QFAIL(qPrintable(u"line %1: %2"_s.arg(i + 1).arg(QString::fromUtf8(lines.at(i)))));
            if (i % 97 == 0)
                QCOMPARE(object, expectedObject(messages.at(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSmsCommand)
#include "tst_smscommand.moc"

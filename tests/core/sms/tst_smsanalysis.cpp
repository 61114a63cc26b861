#include "FailOnWarning.h"
#include "sms/SmsAnalysis.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>

using namespace Qt::StringLiterals;
using namespace scs::sms;

// count() must not allocate: every allocation of this test program goes
// through these, and the test checks the counter around count() calls.
static std::atomic<long> g_allocations {0};

void *operator new(std::size_t size)
{
    ++g_allocations;
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

namespace {

// TS 23.038 6.2.1, written out again here (not taken from the library) so
// the test checks the library against the standard, not against itself.
const char16_t kBasic[] =
        u"@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
        u"\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u00C6\u00E6\u00DF\u00C9"
        u" !\"#\u00A4%&'()*+,-./0123456789:;<=>?"
        u"\u00A1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
        u"\u00BFabcdefghijklmnopqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0";
const char16_t kExtension[] = u"\f^{}\\[~]|\u20AC";

QString repeated(QStringView piece, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += piece;
    return text;
}

QString codePointName(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

// A deliberately plain reference: split the text into atoms (a character of
// the basic or extension table, a surrogate pair, a lone unit), then fill
// segments greedily. Used to check the fast walk on random texts.
Counts reference(QStringView text, QList<qsizetype> *boundaries)
{
    struct Atom
    {
        qsizetype index;
        int units;
    };
    QList<Atom> atoms;
    bool gsm = true;
    QString basic = QString::fromUtf16(kBasic);
    QString extension = QString::fromUtf16(kExtension);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (basic.contains(c))
            atoms.append({i, 1});
        else if (extension.contains(c))
            atoms.append({i, 2});
        else
            gsm = false;
    }
    if (!gsm) {
        atoms.clear();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool pair =
                    text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
            atoms.append({i, pair ? 2 : 1});
            if (pair)
                ++i;
        }
    }
    const int single = gsm ? 160 : 70;
    const int part = gsm ? 153 : 67;
    Counts counts;
    counts.encoding = gsm ? Encoding::Gsm7 : Encoding::Ucs2;
    for (const Atom &atom : atoms)
        counts.units += atom.units;
    if (counts.units == 0) {
        counts.unitsLeft = 160;
        return counts;
    }
    if (counts.units <= single) {
        counts.segments = 1;
        counts.unitsLeft = single - counts.units;
        return counts;
    }
    int fill = 0;
    counts.segments = 1;
    for (const Atom &atom : atoms) {
        if (fill + atom.units > part) {
            ++counts.segments;
            fill = 0;
            boundaries->append(atom.index);
        }
        fill += atom.units;
    }
    counts.unitsLeft = part - fill;
    return counts;
}

} // namespace

class TestSmsAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void basicTable_data()
    {
        QTest::addColumn<char32_t>("codePoint");
        for (QChar c : QStringView(kBasic))
            QTest::addRow("%s", qPrintable(codePointName(c.unicode()))) << char32_t(c.unicode());
    }
    void basicTable()
    {
        QFETCH(char32_t, codePoint);
        QVERIFY(isGsm7(codePoint));
        QCOMPARE(gsm7Septets(codePoint), 1);
        const QString one {QChar(char16_t(codePoint))};
        const Analysis analysis = analyze(one);
        QCOMPARE(analysis.encoding, Encoding::Gsm7);
        QCOMPARE(analysis.units, 1);
        QCOMPARE(analysis.segments, 1);
        QCOMPARE(analysis.unitsLeft, 159);
        QVERIFY(analysis.nonGsm.isEmpty());
        // 160 of them fit one message, 161 need two.
        QCOMPARE(count(repeated(one, 160)), (Counts {Encoding::Gsm7, 160, 1, 0}));
        QCOMPARE(count(repeated(one, 161)), (Counts {Encoding::Gsm7, 161, 2, 145}));
        QVERIFY(!gsm7Replacement(codePoint, nullptr));
    }

    void extensionTable_data()
    {
        QTest::addColumn<char32_t>("codePoint");
        for (QChar c : QStringView(kExtension))
            QTest::addRow("%s", qPrintable(codePointName(c.unicode()))) << char32_t(c.unicode());
    }
    void extensionTable()
    {
        QFETCH(char32_t, codePoint);
        QVERIFY(isGsm7(codePoint));
        QCOMPARE(gsm7Septets(codePoint), 2);
        const QString one {QChar(char16_t(codePoint))};
        QCOMPARE(count(one), (Counts {Encoding::Gsm7, 2, 1, 158}));
        QCOMPARE(count(repeated(one, 80)), (Counts {Encoding::Gsm7, 160, 1, 0}));
        // 81 pairs: 76 fill the first part (152 septets, the 77th would be
        // split), 5 the second.
        const Analysis analysis = analyze(repeated(one, 81));
        QCOMPARE(static_cast<const Counts &>(analysis), (Counts {Encoding::Gsm7, 162, 2, 143}));
        QCOMPARE(analysis.boundaries, QList<qsizetype> {76});
    }

    // Every code point: GSM-7 exactly when it is one of the 137 above.
    void everyCodePoint()
    {
        const QString basic = QString::fromUtf16(kBasic);
        const QString extension = QString::fromUtf16(kExtension);
        QCOMPARE(basic.size(), 127);
        QCOMPARE(extension.size(), 10);
        int gsm = 0;
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            const bool inBasic = c <= 0xFFFF && basic.contains(QChar(char16_t(c)));
            const bool inExtension = c <= 0xFFFF && extension.contains(QChar(char16_t(c)));
            const int expected = inBasic ? 1 : inExtension ? 2 : 0;
            if (gsm7Septets(c) != expected)
                QFAIL(qPrintable(u"%1: %2 septets, expected %3"_s.arg(codePointName(c))
                                         .arg(gsm7Septets(c))
                                         .arg(expected)));
            gsm += expected != 0;
        }
        QCOMPARE(gsm, 137);
    }

    void notGsm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<char32_t>("codePoint");
        QTest::addRow("lower-case c cedilla") << u"\u00E7"_s << U'\u00E7';
        QTest::addRow("tab") << u"\t"_s << U'\t';
        QTest::addRow("backtick") << u"`"_s << U'`';
        QTest::addRow("escape is not a character") << u"\x1B"_s << U'\x1B';
        QTest::addRow("nul") << QString(QChar(u'\0')) << U'\0';
        QTest::addRow("upper-case A grave") << u"\u00C0"_s << U'\u00C0';
        QTest::addRow("a acute") << u"\u00E1"_s << U'\u00E1';
        QTest::addRow("Greek capital alpha") << u"\u0391"_s << U'\u0391';
        QTest::addRow("Greek small delta") << u"\u03B4"_s << U'\u03B4';
        QTest::addRow("right single quote") << u"\u2019"_s << U'\u2019';
        QTest::addRow("no-break space") << u"\u00A0"_s << U'\u00A0';
        QTest::addRow("pound sign lookalike lira") << u"\u20A4"_s << U'\u20A4';
        QTest::addRow("hiragana a") << u"\u3042"_s << U'\u3042';
        QTest::addRow("emoji") << u"\U0001F600"_s << U'\U0001F600';
        QTest::addRow("lone high surrogate") << QString(QChar(char16_t(0xD83D))) << char32_t(0xD83D);
        QTest::addRow("lone low surrogate") << QString(QChar(char16_t(0xDE00))) << char32_t(0xDE00);
    }
    void notGsm()
    {
        QFETCH(QString, text);
        QFETCH(char32_t, codePoint);
        QVERIFY(!isGsm7(codePoint));
        const Analysis analysis = analyze(u"Hi "_s + text + u" there"_s);
        QCOMPARE(analysis.encoding, Encoding::Ucs2);
        QCOMPARE(analysis.units, 9 + int(text.size()));
        QCOMPARE(analysis.nonGsm.size(), 1);
        QCOMPARE(analysis.nonGsm.first().codePoint, codePoint);
    }

    void segments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("unitsLeft");
        QTest::addColumn<QList<qsizetype>>("boundaries");
        const auto a = [](int n) { return QString(n, u'a'); };
        const auto ja = [](int n) { return QString(n, QChar(u'\u3042')); };
        const QString euro = u"\u20AC"_s;
        const QString emoji = u"\U0001F600"_s;
        using B = QList<qsizetype>;
        const auto G = Encoding::Gsm7;
        const auto U = Encoding::Ucs2;

        QTest::addRow("empty") << QString() << G << 0 << 0 << 160 << B {};
        QTest::addRow("1") << a(1) << G << 1 << 1 << 159 << B {};
        QTest::addRow("159") << a(159) << G << 159 << 1 << 1 << B {};
        QTest::addRow("160") << a(160) << G << 160 << 1 << 0 << B {};
        QTest::addRow("161") << a(161) << G << 161 << 2 << 145 << B {153};
        QTest::addRow("306 = 153x2") << a(306) << G << 306 << 2 << 0 << B {153};
        QTest::addRow("307") << a(307) << G << 307 << 3 << 152 << B {153, 306};
        QTest::addRow("459 = 153x3") << a(459) << G << 459 << 3 << 0 << B {153, 306};
        QTest::addRow("460") << a(460) << G << 460 << 4 << 152 << B {153, 306, 459};
        QTest::addRow("1530 = 153x10")
                << a(1530) << G << 1530 << 10 << 0 << B {153, 306, 459, 612, 765, 918, 1071, 1224, 1377};
        QTest::addRow("158 + euro = 160") << a(158) + euro << G << 160 << 1 << 0 << B {};
        QTest::addRow("159 + euro = 161") << a(159) + euro << G << 161 << 2 << 145 << B {153};
        QTest::addRow("euro ends part 1") << a(151) + euro + a(8) << G << 161 << 2 << 145 << B {152};
        QTest::addRow("euro straddles 153") << a(152) + euro + a(7) << G << 161 << 2 << 144 << B {152};
        QTest::addRow("straddle fills part 2") << a(152) + euro + a(151) << G << 305 << 2 << 0 << B {152};
        QTest::addRow("straddle costs a part")
                << a(152) + euro + a(152) << G << 306 << 3 << 152 << B {152, 304};
        QTest::addRow("brace straddles 306")
                << a(305) + u"{"_s + a(10) << G << 317 << 3 << 141 << B {153, 305};
        QTest::addRow("CR LF split at 153") << a(152) + u"\r\n"_s + a(10) << G << 164 << 2 << 142 << B {153};
        QTest::addRow("CRLF counts 2") << u"a\r\nb"_s << G << 4 << 1 << 156 << B {};
        QTest::addRow("form feed") << u"\f"_s << G << 2 << 1 << 158 << B {};

        QTest::addRow("UCS-2 1") << ja(1) << U << 1 << 1 << 69 << B {};
        QTest::addRow("UCS-2 70") << ja(70) << U << 70 << 1 << 0 << B {};
        QTest::addRow("UCS-2 71") << ja(71) << U << 71 << 2 << 63 << B {67};
        QTest::addRow("UCS-2 134 = 67x2") << ja(134) << U << 134 << 2 << 0 << B {67};
        QTest::addRow("UCS-2 135") << ja(135) << U << 135 << 3 << 66 << B {67, 134};
        QTest::addRow("UCS-2 201 = 67x3") << ja(201) << U << 201 << 3 << 0 << B {67, 134};
        QTest::addRow("UCS-2 202") << ja(202) << U << 202 << 4 << 66 << B {67, 134, 201};
        QTest::addRow("one c cedilla makes 160 UCS-2")
                << a(159) + u"\u00E7"_s << U << 160 << 3 << 41 << B {67, 134};
        QTest::addRow("emoji alone") << emoji << U << 2 << 1 << 68 << B {};
        QTest::addRow("emoji ends at 70") << ja(68) + emoji << U << 70 << 1 << 0 << B {};
        QTest::addRow("emoji past 70") << ja(69) + emoji << U << 71 << 2 << 63 << B {67};
        QTest::addRow("emoji ends part 1") << ja(65) + emoji + ja(5) << U << 72 << 2 << 62 << B {67};
        QTest::addRow("emoji straddles 67") << ja(66) + emoji + ja(4) << U << 72 << 2 << 61 << B {66};
        QTest::addRow("emoji straddles 134") << ja(133) + emoji + ja(1) << U << 136 << 3 << 64 << B {67, 133};
        QTest::addRow("emoji only, 36") << repeated(emoji, 36) << U << 72 << 2 << 61 << B {66};
        // Lone surrogates are one unit each and are not kept with anything.
        QTest::addRow("lone high at 67")
                << ja(66) + QChar(char16_t(0xD83D)) + ja(4) << U << 71 << 2 << 63 << B {67};
        QTest::addRow("low then high at 67")
                << ja(66) + QChar(char16_t(0xDE00)) + QChar(char16_t(0xD83D)) + ja(4) << U << 72 << 2 << 62
                << B {67};
        QTest::addRow("lone high at the end")
                << ja(70) + QChar(char16_t(0xD83D)) << U << 71 << 2 << 63 << B {67};
        // Combining marks are units of their own and may be split.
        QTest::addRow("combining acute split") << u"e\u0301"_s.repeated(36) << U << 72 << 2 << 62 << B {67};
        QTest::addRow("Japanese") << u"\u3053\u3093\u306B\u3061\u306F\u3001\u4E16\u754C\uFF01"_s << U << 9
                                  << 1 << 61 << B {};
    }
    void segments()
    {
        QFETCH(QString, text);
        QFETCH(Encoding, encoding);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(int, unitsLeft);
        QFETCH(QList<qsizetype>, boundaries);
        const Counts expected {encoding, units, segments, unitsLeft};
        QCOMPARE(count(text), expected);
        const Analysis analysis = analyze(text);
        QCOMPARE(static_cast<const Counts &>(analysis), expected);
        QCOMPARE(analysis.boundaries, boundaries);
        // The same text inside a longer buffer (the vector loop sees other
        // alignments and tails).
        const QString padded = u"xyz"_s + text + u"`"_s;
        QCOMPARE(count(QStringView(padded).mid(3, text.size())), expected);
    }

    void characters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::addColumn<QList<char32_t>>("nonGsm");
        using L = QList<char32_t>;
        QTest::addRow("empty") << QString() << 0 << L {};
        QTest::addRow("GSM-7 lists nothing") << u"Reply STOP {to} end \u20AC5"_s << 22 << L {};
        QTest::addRow("order of first appearance")
                << u"\u201Ca\u201D \u2018b\u2019 \u201Cc\u201D"_s << 11 << L {0x201C, 0x201D, 0x2018, 0x2019};
        QTest::addRow("emoji is one code point") << u"ok \U0001F44D\U0001F44D"_s << 5 << L {0x1F44D};
        QTest::addRow("combining mark alone is listed") << u"Cafe\u0301 \u00E9"_s << 7 << L {0x0301};
        QTest::addRow("ZWJ family lists each once")
                << u"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"_s << 7
                << L {0x1F468, 0x200D, 0x1F469, 0x1F467, 0x1F466};
        QTest::addRow("flag") << u"\U0001F1EF\U0001F1F5"_s << 2 << L {0x1F1EF, 0x1F1F5};
        QTest::addRow("Japanese") << u"\u3053\u3093\u306B\u3061\u306F\u3001\u3053\u3093\u306B\u3061\u306F"_s
                                  << 11 << L {0x3053, 0x3093, 0x306B, 0x3061, 0x306F, 0x3001};
        QTest::addRow("lone surrogates")
                << QString(QChar(char16_t(0xD800))) + u"a"_s + QChar(char16_t(0xDC00)) << 3
                << L {0xD800, 0xDC00};
        QTest::addRow("tab and backtick") << u"a\tb`c\t"_s << 6 << L {0x09, 0x60};
    }
    void characters()
    {
        QFETCH(QString, text);
        QFETCH(int, characters);
        QFETCH(QList<char32_t>, nonGsm);
        const Analysis analysis = analyze(text);
        QCOMPARE(analysis.characters, characters);
        QList<char32_t> listed;
        for (const NonGsmCharacter &c : analysis.nonGsm) {
            listed.append(c.codePoint);
            QString replacement;
            QCOMPARE(c.hasReplacement, gsm7Replacement(c.codePoint, &replacement));
            QCOMPARE(c.replacement, replacement);
        }
        QCOMPARE(listed, nonGsm);
    }

    void suggestedReplacements()
    {
        const Analysis analysis = analyze(u"It\u2019s \U0001F600\u2026"_s);
        QCOMPARE(analysis.nonGsm.size(), 3);
        QCOMPARE(analysis.nonGsm.at(0), (NonGsmCharacter {0x2019, u"'"_s, true}));
        QCOMPARE(analysis.nonGsm.at(1), (NonGsmCharacter {0x1F600, QString(), false}));
        QCOMPARE(analysis.nonGsm.at(2), (NonGsmCharacter {0x2026, u"..."_s, true}));
    }

    // The fast walk against the plain reference on random texts drawn from
    // characters that exercise every path (vector blocks, table, escapes,
    // surrogates, lone surrogates).
    void randomTexts()
    {
        const QList<QString> pieces {u"a"_s,          u"Z"_s,
                                     u" "_s,          u"\n"_s,
                                     u"\r"_s,         u"{"_s,
                                     u"~"_s,          u"^"_s,
                                     u"\\"_s,         u"\u20AC"_s,
                                     u"\u00E9"_s,     u"\u0394"_s,
                                     u"`"_s,          u"\u00E7"_s,
                                     u"\U0001F600"_s, u"\u3042"_s,
                                     u"\f"_s,         u"\u0301"_s,
                                     u"\t"_s,         QString(QChar(char16_t(0xD83D))),
                                     u"abcdefgh"_s,   u"Reply STOP to end. "_s};
        QRandomGenerator random(20240611);
        int gsmLong = 0;
        int ucsLong = 0;
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = int(random.bounded(400));
            // Mostly plain text, sometimes a rarer piece.
            const int rare = int(random.bounded(4));
            while (text.size() < length) {
                const bool plain = random.bounded(100) >= rare * 3;
                text += plain ? pieces.at(int(random.bounded(3))) + pieces.at(20 + int(random.bounded(2)))
                              : pieces.at(int(random.bounded(pieces.size())));
            }
            QList<qsizetype> boundaries;
            const Counts expected = reference(text, &boundaries);
            const Counts counted = count(text);
            if (counted != expected)
                QFAIL(qPrintable(u"round %1: %2 units %3 segments, expected %4 / %5"_s.arg(round)
                                         .arg(counted.units)
                                         .arg(counted.segments)
                                         .arg(expected.units)
                                         .arg(expected.segments)));
            QCOMPARE(analyze(text).boundaries, boundaries);
            if (expected.segments > 1)
                ++(expected.encoding == Encoding::Gsm7 ? gsmLong : ucsLong);
        }
        // The mix reaches both kinds of concatenated message often.
        QVERIFY2(gsmLong > 300 && ucsLong > 300, qPrintable(u"%1 %2"_s.arg(gsmLong).arg(ucsLong)));
    }

    void countDoesNotAllocate()
    {
        const QList<QString> texts {QString(),
                                    QString(5000, u'a'),
                                    u"Hi {there} \u20AC"_s,
                                    QString(900, QChar(u'\u3042')),
                                    u"\U0001F600"_s.repeated(300),
                                    u"x"_s.repeated(152) + u"[]"_s.repeated(200)};
        int total = 0;
        const long before = g_allocations.load();
        for (const QString &text : texts)
            total += count(text).units;
        QCOMPARE(g_allocations.load(), before);
        QVERIFY(total > 0);
    }

    void encodingNames()
    {
        QCOMPARE(encodingName(Encoding::Gsm7), u"GSM-7"_s);
        QCOMPARE(encodingName(Encoding::Ucs2), u"UCS-2"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmsAnalysis)
#include "tst_smsanalysis.moc"

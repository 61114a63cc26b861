#include "FailOnWarning.h"
#include "sms/SmsAnalysis.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs::sms;

class TestGsm7Replacements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    // The usual replacements sms.md names, and our decisions where the
    // provider table we started from differs (docs/sms.md).
    void replacement_data()
    {
        QTest::addColumn<char32_t>("codePoint");
        QTest::addColumn<bool>("has");
        QTest::addColumn<QString>("replacement");
        QTest::addRow("left double quote") << U'\u201C' << true << u"\""_s;
        QTest::addRow("right double quote") << U'\u201D' << true << u"\""_s;
        QTest::addRow("double low-9 quote") << U'\u201E' << true << u"\""_s;
        QTest::addRow("left single quote") << U'\u2018' << true << u"'"_s;
        QTest::addRow("right single quote") << U'\u2019' << true << u"'"_s;
        QTest::addRow("single low-9 quote is a quote") << U'\u201A' << true << u"'"_s;
        QTest::addRow("guillemet left") << U'\u00AB' << true << u"\""_s;
        QTest::addRow("guillemet right") << U'\u00BB' << true << u"\""_s;
        QTest::addRow("single guillemet left, not reversed") << U'\u2039' << true << u"<"_s;
        QTest::addRow("single guillemet right, not reversed") << U'\u203A' << true << u">"_s;
        QTest::addRow("backtick") << U'`' << true << u"'"_s;
        QTest::addRow("acute accent") << U'\u00B4' << true << u"'"_s;
        QTest::addRow("en dash") << U'\u2013' << true << u"-"_s;
        QTest::addRow("em dash") << U'\u2014' << true << u"-"_s;
        QTest::addRow("minus sign") << U'\u2212' << true << u"-"_s;
        QTest::addRow("non-breaking hyphen") << U'\u2011' << true << u"-"_s;
        QTest::addRow("bullet") << U'\u2022' << true << u"-"_s;
        QTest::addRow("ellipsis") << U'\u2026' << true << u"..."_s;
        QTest::addRow("no-break space: one space") << U'\u00A0' << true << u" "_s;
        QTest::addRow("narrow no-break space") << U'\u202F' << true << u" "_s;
        QTest::addRow("em space") << U'\u2003' << true << u" "_s;
        QTest::addRow("ideographic space") << U'\u3000' << true << u" "_s;
        QTest::addRow("tab: one space") << U'\t' << true << u" "_s;
        QTest::addRow("line separator: a line feed") << U'\u2028' << true << u"\n"_s;
        QTest::addRow("zero-width space: removed") << U'\u200B' << true << QString();
        QTest::addRow("byte order mark: removed") << U'\uFEFF' << true << QString();
        QTest::addRow("soft hyphen: removed") << U'\u00AD' << true << QString();
        QTest::addRow("nul: removed") << U'\0' << true << QString();
        QTest::addRow("C1 control: removed") << U'\u0080' << true << QString();
        QTest::addRow("combining acute: removed") << U'\u0301' << true << QString();
        QTest::addRow("combining circumflex: removed") << U'\u0302' << true << QString();
        QTest::addRow("lower-case c cedilla") << U'\u00E7' << true << u"\u00C7"_s;
        QTest::addRow("a acute") << U'\u00E1' << true << u"a"_s;
        QTest::addRow("A grave (only a grave is GSM-7)") << U'\u00C0' << true << u"A"_s;
        QTest::addRow("o circumflex") << U'\u00F4' << true << u"o"_s;
        QTest::addRow("Polish l stroke") << U'\u0142' << true << u"l"_s;
        QTest::addRow("s caron") << U'\u0161' << true << u"s"_s;
        QTest::addRow("oe ligature") << U'\u0153' << true << u"oe"_s;
        QTest::addRow("Greek capital alpha") << U'\u0391' << true << u"A"_s;
        QTest::addRow("full-width A") << U'\uFF21' << true << u"A"_s;
        QTest::addRow("full-width z") << U'\uFF5A' << true << u"z"_s;
        QTest::addRow("full-width exclamation") << U'\uFF01' << true << u"!"_s;
        QTest::addRow("full-width tilde") << U'\uFF5E' << true << u"~"_s;
        QTest::addRow("full-width backtick") << U'\uFF40' << true << u"'"_s;
        QTest::addRow("ideographic comma") << U'\u3001' << true << u","_s;
        QTest::addRow("ideographic full stop") << U'\u3002' << true << u"."_s;
        QTest::addRow("one half") << U'\u00BD' << true << u"1/2"_s;
        QTest::addRow("trade mark") << U'\u2122' << true << u"TM"_s;
        QTest::addRow("double exclamation") << U'\u203C' << true << u"!!"_s;
        QTest::addRow("hiragana: none") << U'\u3042' << false << QString();
        QTest::addRow("kanji: none") << U'\u4E16' << false << QString();
        QTest::addRow("emoji: none") << U'\U0001F600' << false << QString();
        QTest::addRow("ZWJ: none") << U'\u200D' << false << QString();
        QTest::addRow("Greek small alpha: none") << U'\u03B1' << false << QString();
        QTest::addRow("Cyrillic: none") << U'\u0416' << false << QString();
        QTest::addRow("lone surrogate: none") << char32_t(0xD800) << false << QString();
        QTest::addRow("GSM-7 itself: none") << U'a' << false << QString();
        QTest::addRow("euro is GSM-7: none") << U'\u20AC' << false << QString();
    }
    void replacement()
    {
        QFETCH(char32_t, codePoint);
        QFETCH(bool, has);
        QFETCH(QString, replacement);
        QString found = u"unchanged"_s;
        QCOMPARE(gsm7Replacement(codePoint, &found), has);
        if (has)
            QCOMPARE(found, replacement);
        QStringView view;
        QCOMPARE(gsm7ReplacementView(codePoint, &view), has);
        if (has)
            QCOMPARE(view.toString(), replacement);
    }

    // Whatever the table offers is GSM-7 text and never the character itself.
    void everyReplacementIsGsm7()
    {
        int offered = 0;
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            QString replacement;
            if (!gsm7Replacement(c, &replacement))
                continue;
            ++offered;
            if (isGsm7(c) || count(replacement).encoding != Encoding::Gsm7)
                QFAIL(qPrintable(u"U+%1 -> \"%2\""_s.arg(QString::number(uint(c), 16), replacement)));
        }
        QVERIFY2(offered > 400, qPrintable(QString::number(offered)));
    }

    void replaceNonGsm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("GSM-7 unchanged")
                << u"Reply STOP {x} \u20AC5 @\u00C7"_s << u"Reply STOP {x} \u20AC5 @\u00C7"_s;
        QTest::addRow("typographic") << u"It\u2019s \u201Cfine\u201D \u2014 really\u2026"_s
                                     << u"It's \"fine\" - really..."_s;
        QTest::addRow("spaces and tab") << u"a\u00A0b\tc\u2009d"_s << u"a b c d"_s;
        QTest::addRow("emoji stays") << u"Hi \U0001F600!"_s << u"Hi \U0001F600!"_s;
        QTest::addRow("Japanese stays, punctuation replaced")
                << u"\u3053\u3093\u306B\u3061\u306F\u3001\u4E16\u754C\uFF01"_s
                << u"\u3053\u3093\u306B\u3061\u306F,\u4E16\u754C!"_s;
        QTest::addRow("combining acute composes to GSM-7") << u"Cafe\u0301"_s << u"Caf\u00E9"_s;
        QTest::addRow("combining grave on a composes") << u"a\u0300 la"_s << u"\u00E0 la"_s;
        QTest::addRow("combining without GSM-7 form drops") << u"e\u0302te"_s << u"ete"_s;
        QTest::addRow("combining on A grave drops") << u"A\u0300"_s << u"A"_s;
        QTest::addRow("combining at the start") << u"\u0301x"_s << u"x"_s;
        QTest::addRow("precomposed accents") << u"Ma\u00F1ana \u00E1 \u00E7a"_s << u"Ma\u00F1ana a \u00C7a"_s;
        QTest::addRow("zero-width removed") << u"a\u200Bb\uFEFF"_s << u"ab"_s;
        QTest::addRow("lone surrogate stays") << u"a"_s + QChar(char16_t(0xD800)) + u"\u2019"_s
                                              << u"a"_s + QChar(char16_t(0xD800)) + u"'"_s;
        QTest::addRow("CRLF unchanged") << u"a\r\nb"_s << u"a\r\nb"_s;
    }
    void replaceNonGsm()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(scs::sms::replaceNonGsm(text), expected);
    }

    // Replacing turns a text whose only non-GSM characters have a
    // replacement into GSM-7.
    void replacedTextIsGsm7()
    {
        const QString text =
                u"\u201CSale\u201D \u2013 50\uFF05 off\u2026 caf\u00E9 na\u00EFve \u00E7a \u00A0ok\t!"_s;
        QCOMPARE(count(text).encoding, Encoding::Ucs2);
        const QString replaced = scs::sms::replaceNonGsm(text);
        QCOMPARE(count(replaced).encoding, Encoding::Gsm7);
        QVERIFY(analyze(replaced).nonGsm.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGsm7Replacements)
#include "tst_gsm7replacements.moc"

// Reading GNU .mo catalogs: both byte orders, the header skipped, plural
// forms by their first form, and every kind of damage refused, not crashed on.
#include "FailOnWarning.h"
#include "i18n/MoCatalog.h"

#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using scs::MoCatalog;

Q_DECLARE_METATYPE(MoCatalog::Messages)

namespace {

using Pairs = QList<std::pair<QByteArray, QByteArray>>;

// A .mo file as msgfmt writes it: header, two tables of (length, offset),
// then the strings, each followed by a NUL.
QByteArray makeMo(const Pairs &messages, bool bigEndian = false)
{
    const auto word = [bigEndian](quint32 value) {
        QByteArray bytes(4, '\0');
        if (bigEndian)
            qToBigEndian(value, bytes.data());
        else
            qToLittleEndian(value, bytes.data());
        return bytes;
    };
    const auto count = quint32(messages.size());
    const quint32 originals = 28;
    const quint32 translations = originals + 8 * count;
    quint32 offset = translations + 8 * count;
    QByteArray tables[2];
    QByteArray strings;
    for (int side = 0; side < 2; ++side) {
        for (const auto &message : messages) {
            const QByteArray &text = side == 0 ? message.first : message.second;
            tables[side] += word(quint32(text.size())) + word(offset);
            strings += text + '\0';
            offset += quint32(text.size()) + 1;
        }
    }
    return word(0x950412de) + word(0) + word(count) + word(originals) + word(translations) + word(0) + word(0)
            + tables[0] + tables[1] + strings;
}

} // namespace

class TestMoCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { scs::test::failOnWarnings(); }
    void parses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<MoCatalog::Messages>("expected");
        const Pairs names {{"", "Content-Type: text/plain; charset=UTF-8\n"},
                           {"Japan", "日本"},
                           {"United States", "米国"}};
        const MoCatalog::Messages translated {{u"Japan"_s, u"日本"_s}, {u"United States"_s, u"米国"_s}};
        QTest::addRow("little-endian, header skipped") << makeMo(names) << translated;
        QTest::addRow("big-endian") << makeMo(names, true) << translated;
        QTest::addRow("empty catalog") << makeMo({}) << MoCatalog::Messages();
        QTest::addRow("plural: the first forms")
                << makeMo({{QByteArray("%n country\0%n countries", 22), QByteArray("%n か国", 9)}})
                << MoCatalog::Messages {{u"%n country"_s, u"%n か国"_s}};
        QTest::addRow("untranslated message left out") << makeMo({{"Japan", ""}, {"Chad", "チャド"}})
                                                       << MoCatalog::Messages {{u"Chad"_s, u"チャド"_s}};
    }

    void parses()
    {
        QFETCH(QByteArray, data);
        QFETCH(MoCatalog::Messages, expected);
        const std::optional<MoCatalog::Messages> messages = MoCatalog::parse(data);
        QVERIFY(messages);
        QCOMPARE(*messages, expected);
    }

    void refusesDamage_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray good = makeMo({{"Japan", "日本"}, {"Chad", "チャド"}});
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not a catalog") << QByteArray("{\"3166-1\": []}                              ");
        QTest::addRow("wrong magic") << QByteArray(4, '\x7f') + good.mid(4);
        // (The final NUL is not needed: lengths say where strings end.)
        for (const qsizetype cut : {27, 40, 60, int(good.size()) - 3})
            QTest::addRow("cut at %d", int(cut)) << good.left(cut);
        QByteArray farOffset = good;
        qToLittleEndian(quint32(0x7fffffff), farOffset.data() + 12);
        QTest::addRow("table beyond the end") << farOffset;
        QByteArray longString = good;
        qToLittleEndian(quint32(1 << 30), longString.data() + 28);
        QTest::addRow("string beyond the end") << longString;
        QByteArray hugeCount = good;
        qToLittleEndian(quint32(0xffffffff), hugeCount.data() + 8);
        QTest::addRow("absurd count") << hugeCount;
    }

    void refusesDamage()
    {
        QFETCH(QByteArray, data);
        QVERIFY(!MoCatalog::parse(data));
    }

    void readsTheSystemCountryNames()
    {
        const QString path = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                    u"locale/ja/LC_MESSAGES/iso_3166-1.mo"_s);
        QVERIFY2(!path.isEmpty(),
                 "iso-codes is not installed (scripts/setup-deps installs it; the package depends on it)");
        const std::optional<MoCatalog::Messages> messages = MoCatalog::read(path);
        QVERIFY(messages);
        QVERIFY(messages->size() > 200);
        QCOMPARE(messages->value(u"Japan"_s), u"日本"_s);
        QVERIFY(!MoCatalog::read(u"/nonexistent/iso_3166-1.mo"_s));
    }
};

QTEST_GUILESS_MAIN(TestMoCatalog)
#include "tst_mocatalog.moc"

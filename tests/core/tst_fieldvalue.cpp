#include "FailOnWarning.h"
#include "model/Project.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using scs::FieldId;
using scs::FieldValue;

class TestFieldValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void emptiness_data()
    {
        QTest::addColumn<FieldValue>("value");
        QTest::addColumn<bool>("empty");
        QTest::addColumn<bool>("set");
        QTest::addRow("unset") << FieldValue() << true << false;
        QTest::addRow("empty string") << FieldValue(QString()) << true << true;
        QTest::addRow("blank string") << FieldValue(u"  "_s) << false << true;
        QTest::addRow("text") << FieldValue(u"ACME"_s) << false << true;
        QTest::addRow("empty list") << FieldValue(QStringList {}) << true << true;
        QTest::addRow("list") << FieldValue(QStringList {u"US"_s}) << false << true;
        QTest::addRow("false is an answer") << FieldValue(false) << false << true;
        QTest::addRow("zero is a number") << FieldValue(0) << false << true;
        QTest::addRow("no examples") << FieldValue(scs::ExampleList {}) << true << true;
        QTest::addRow("examples") << FieldValue(scs::ExampleList {{u"a"_s, u"b"_s}}) << false << true;
    }
    void emptiness()
    {
        QFETCH(FieldValue, value);
        QFETCH(bool, empty);
        QFETCH(bool, set);
        QCOMPARE(value.isEmpty(), empty);
        QCOMPARE(value.isSet(), set);
        // Normalized, an empty value is no value; anything else is itself.
        QCOMPARE(value.normalized(), empty ? FieldValue() : value);
    }

    void typedAccessNeverConverts()
    {
        const FieldValue text(u"true"_s);
        QCOMPARE(text.toString(), u"true"_s);
        QVERIFY(!text.toBool().has_value());
        QVERIFY(!text.toInteger().has_value());
        QVERIFY(text.toStringList().isEmpty());

        const FieldValue answer(false);
        QCOMPARE(answer.toBool(), std::optional<bool>(false));
        QVERIFY(answer.toString().isEmpty());
        QVERIFY(!FieldValue().toBool().has_value());
        QCOMPARE(FieldValue(qint64(5'000'000'000)).toInteger(), std::optional<qint64>(5'000'000'000));
    }

    void requestHoldsOneValuePerField()
    {
        scs::Request request;
        QVERIFY(!request.uuid().isNull());
        request.setTitle(u"Northwind US"_s);
        request.setValue(FieldId::CompanyName, u"Northwind Outfitters, Inc."_s);
        request.setValue(FieldId::PurposePhi, false);
        QCOMPARE(request.text(FieldId::CompanyName), u"Northwind Outfitters, Inc."_s);
        QCOMPARE(request.value(FieldId::PurposePhi).toBool(), std::optional<bool>(false));
        QVERIFY(request.value(FieldId::ConsoleTwoWayEnabled).isEmpty());

        scs::Request copy = request;
        QCOMPARE(copy, request);
        copy.clearValue(FieldId::PurposePhi);
        QVERIFY(!(copy == request));
        QVERIFY(!copy.value(FieldId::PurposePhi).isSet());
    }
};

QTEST_GUILESS_MAIN(TestFieldValue)
#include "tst_fieldvalue.moc"

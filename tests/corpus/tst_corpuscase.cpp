// The corpus case format and the scoring of corpus-eval: a case is a base
// program with fields replaced or removed; outcomes follow the verdict.
#include "CorpusCase.h"
#include "CorpusEvaluation.h"
#include "FailOnWarning.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scs::corpus;

Q_DECLARE_METATYPE(scs::corpus::Verdict)
Q_DECLARE_METATYPE(scs::corpus::Outcome)

class TestCorpusCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { scs::test::failOnWarnings(); }
    void buildRequestReplacesAndRemoves();
    void buildRequestRejectsMalformedCases_data();
    void buildRequestRejectsMalformedCases();
    void synthesizedAttachmentHasItsSize_data();
    void synthesizedAttachmentHasItsSize();
    void loadCorpusRejectsBadFiles_data();
    void loadCorpusRejectsBadFiles();
    void classify_data();
    void classify();
    void goal_data();
    void goal();
    void repositoryCorpusIsWellFormed();
};

namespace {

QJsonObject baseFields()
{
    return QJsonObject {
            {u"company.name"_s, u"Woodgrove Bank, N.A."_s},
            {u"company.brand_name"_s, u"Woodgrove Bank"_s},
            {u"content.help_response"_s, u"Woodgrove Bank: Help at 1-888-555-0126."_s},
            {u"purpose.phi"_s, false},
    };
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

QJsonObject goodCase(const QString &id)
{
    return QJsonObject {
            {u"id"_s, id},
            {u"verdict"_s, u"noncompliant"_s},
            {u"family"_s, u"help_reply"_s},
            {u"source"_s, u"AWS keywords"_s},
            {u"base"_s, u"bank"_s},
            {u"fields"_s, QJsonObject {{u"content.help_response"_s, u"Help."_s}}},
    };
}

QList<AuditFinding> findingsOf(const QStringList &severities)
{
    QList<AuditFinding> findings;
    for (const QString &severity : severities)
        findings.append({u"rule"_s, severity, u"field"_s, u"message"_s});
    return findings;
}

} // namespace

void TestCorpusCase::buildRequestReplacesAndRemoves()
{
    const QJsonObject caseObject {
            {u"id"_s, u"help-x"_s},
            {u"fields"_s,
             QJsonObject {{u"content.help_response"_s, u"Help at woodgrovebank.com."_s},
                          {u"purpose.phi"_s, true}}},
            {u"remove"_s, QJsonArray {u"company.brand_name"_s}},
    };
    QJsonObject request;
    QString error;
    QVERIFY2(buildRequest(caseObject, baseFields(), &request, &error), qPrintable(error));
    QCOMPARE(request.value(u"format"_s).toString(), u"shortcode-request"_s);
    QCOMPARE(request.value(u"version"_s).toInt(), 2);
    QCOMPARE(request.value(u"title"_s).toString(), u"help-x"_s);
    const QJsonObject fields = request.value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"content.help_response"_s).toString(), u"Help at woodgrovebank.com."_s);
    QCOMPARE(fields.value(u"purpose.phi"_s).toBool(), true);
    QVERIFY(!fields.contains(u"company.brand_name"_s));
    QCOMPARE(fields.value(u"company.name"_s).toString(), u"Woodgrove Bank, N.A."_s);
}

void TestCorpusCase::buildRequestRejectsMalformedCases_data()
{
    QTest::addColumn<QJsonObject>("caseObject");
    QTest::addRow("fields not an object") << QJsonObject {{u"fields"_s, QJsonArray {}}};
    QTest::addRow("remove not an array") << QJsonObject {{u"remove"_s, u"company.name"_s}};
    QTest::addRow("remove with a number") << QJsonObject {{u"remove"_s, QJsonArray {1}}};
    QTest::addRow("attachment too large") << QJsonObject {
            {u"fields"_s,
             QJsonObject {
                     {u"evidence.optin_mockups"_s,
                      QJsonArray {QJsonObject {{u"media_type"_s, u"image/png"_s}, {u"size"_s, 1 << 30}}}}}}};
}

void TestCorpusCase::buildRequestRejectsMalformedCases()
{
    QFETCH(QJsonObject, caseObject);
    QJsonObject request;
    QString error;
    QVERIFY(!buildRequest(caseObject, baseFields(), &request, &error));
    QVERIFY(!error.isEmpty());
}

void TestCorpusCase::synthesizedAttachmentHasItsSize_data()
{
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("png over 1 MiB") << u"image/png"_s << 1572864 << QByteArray("\x89PNG\r\n\x1a\n", 8);
    QTest::addRow("pdf") << u"application/pdf"_s << 2048 << QByteArray("%PDF-1.4\n");
    QTest::addRow("gif has no signature") << u"image/gif"_s << 16 << QByteArray(4, '\0');
    QTest::addRow("shorter than the signature") << u"image/png"_s << 3 << QByteArray("\x89PN");
}

void TestCorpusCase::synthesizedAttachmentHasItsSize()
{
    QFETCH(QString, mediaType);
    QFETCH(int, size);
    QFETCH(QByteArray, start);
    const QJsonObject kept {
            {u"name"_s, u"a.png"_s}, {u"media_type"_s, u"image/png"_s}, {u"data"_s, u"AAAA"_s}};
    const QJsonObject sized {{u"name"_s, u"b"_s}, {u"media_type"_s, mediaType}, {u"size"_s, size}};
    const QJsonObject caseObject {
            {u"fields"_s, QJsonObject {{u"evidence.optin_mockups"_s, QJsonArray {kept, sized}}}}};
    QJsonObject request;
    QString error;
    QVERIFY2(buildRequest(caseObject, baseFields(), &request, &error), qPrintable(error));
    const QJsonArray items =
            request.value(u"fields"_s).toObject().value(u"evidence.optin_mockups"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject(), kept);
    const QJsonObject made = items.at(1).toObject();
    QVERIFY(!made.contains(u"size"_s));
    QCOMPARE(made.value(u"media_type"_s).toString(), mediaType);
    const QByteArray data = QByteArray::fromBase64(made.value(u"data"_s).toString().toLatin1());
    QCOMPARE(data.size(), size);
    QVERIFY(data.startsWith(start));
}

void TestCorpusCase::loadCorpusRejectsBadFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QJsonObject>("caseObject");
    QTest::addColumn<QString>("message");
    QJsonObject wrongId = goodCase(u"other"_s);
    QJsonObject badVerdict = goodCase(u"c1"_s);
    badVerdict.insert(u"verdict"_s, u"maybe"_s);
    QJsonObject noSource = goodCase(u"c1"_s);
    noSource.remove(u"source"_s);
    QJsonObject noBase = goodCase(u"c1"_s);
    noBase.insert(u"base"_s, u"winery"_s);
    QTest::addRow("id differs from the file name") << u"c1.json"_s << wrongId << u"\"id\""_s;
    QTest::addRow("unknown verdict") << u"c1.json"_s << badVerdict << u"\"verdict\""_s;
    QTest::addRow("no source") << u"c1.json"_s << noSource << u"\"source\""_s;
    QTest::addRow("unknown base") << u"c1.json"_s << noBase << u"no base"_s;
}

void TestCorpusCase::loadCorpusRejectsBadFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QJsonObject, caseObject);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeJson(dir.filePath(u"bases/bank.json"_s), QJsonObject {{u"fields"_s, baseFields()}});
    writeJson(dir.filePath(u"tuned/good.json"_s), goodCase(u"good"_s));
    QDir(dir.path()).mkpath(u"heldout"_s);

    QList<CorpusCase> cases;
    QString error;
    QVERIFY2(loadCorpus(dir.path(), {}, &cases, &error), qPrintable(error));
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().part, u"tuned"_s);
    QCOMPARE(cases.first().verdict, Verdict::Noncompliant);

    writeJson(dir.filePath(u"heldout/"_s + fileName), caseObject);
    cases.clear();
    QVERIFY(!loadCorpus(dir.path(), {}, &cases, &error));
    QVERIFY2(error.contains(message) && error.contains(fileName), qPrintable(error));
}

void TestCorpusCase::classify_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("severities");
    QTest::addColumn<Outcome>("outcome");
    const QStringList none;
    const QStringList info {u"info"_s};
    const QStringList warning {u"info"_s, u"warning"_s};
    const QStringList error {u"error"_s};
    QTest::addRow("compliant, nothing") << Verdict::Compliant << none << Outcome::Pass;
    QTest::addRow("compliant, info only") << Verdict::Compliant << info << Outcome::Pass;
    QTest::addRow("compliant, a warning") << Verdict::Compliant << warning << Outcome::FalseAlarm;
    QTest::addRow("compliant, an error") << Verdict::Compliant << error << Outcome::FalseAlarm;
    QTest::addRow("noncompliant, info only") << Verdict::Noncompliant << info << Outcome::Miss;
    QTest::addRow("noncompliant, a warning") << Verdict::Noncompliant << warning << Outcome::Pass;
    QTest::addRow("refused, info only") << Verdict::Refused << info << Outcome::Miss;
    QTest::addRow("refused, a warning") << Verdict::Refused << warning << Outcome::RefusedWithoutError;
    QTest::addRow("refused, an error") << Verdict::Refused << error << Outcome::Pass;
}

void TestCorpusCase::classify()
{
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, severities);
    QFETCH(Outcome, outcome);
    QCOMPARE(scs::corpus::classify(verdict, findingsOf(severities)), outcome);
}

void TestCorpusCase::goal_data()
{
    QTest::addColumn<int>("compliant");
    QTest::addColumn<int>("falseAlarms");
    QTest::addColumn<int>("noncompliant");
    QTest::addColumn<int>("missed");
    QTest::addColumn<int>("refusedWithWarningOnly");
    QTest::addColumn<int>("unreadable");
    QTest::addColumn<bool>("met");
    QTest::addRow("perfect") << 20 << 0 << 20 << 0 << 0 << 0 << true;
    QTest::addRow("5 percent false alarms") << 20 << 1 << 20 << 0 << 0 << 0 << true;
    QTest::addRow("10 percent false alarms") << 20 << 2 << 20 << 0 << 0 << 0 << false;
    QTest::addRow("95 percent caught") << 20 << 0 << 20 << 1 << 0 << 0 << true;
    QTest::addRow("90 percent caught") << 20 << 0 << 20 << 2 << 0 << 0 << false;
    QTest::addRow("refused with a warning only") << 20 << 0 << 40 << 0 << 1 << 0 << false;
    QTest::addRow("an unreadable noncompliant case") << 20 << 0 << 40 << 0 << 0 << 1 << false;
}

void TestCorpusCase::goal()
{
    QFETCH(int, compliant);
    QFETCH(int, falseAlarms);
    QFETCH(int, noncompliant);
    QFETCH(int, missed);
    QFETCH(int, refusedWithWarningOnly);
    QFETCH(int, unreadable);
    QFETCH(bool, met);
    Tally tally;
    auto add = [&tally](Verdict verdict, Outcome outcome) {
        CaseResult result;
        result.corpusCase.verdict = verdict;
        result.outcome = outcome;
        tally.add(result);
    };
    for (int i = 0; i < compliant; ++i)
        add(Verdict::Compliant, i < falseAlarms ? Outcome::FalseAlarm : Outcome::Pass);
    for (int i = 0; i < noncompliant; ++i)
        add(Verdict::Noncompliant,
            i < missed ? Outcome::Miss : (i < missed + unreadable ? Outcome::Unreadable : Outcome::Pass));
    for (int i = 0; i < refusedWithWarningOnly; ++i)
        add(Verdict::Refused, Outcome::RefusedWithoutError);
    add(Verdict::Refused, Outcome::Pass);
    QStringList reasons;
    QCOMPARE(meetsGoal(tally, &reasons), met);
    QCOMPARE(reasons.isEmpty(), met);
}

void TestCorpusCase::repositoryCorpusIsWellFormed()
{
    // Every case of the repository's corpus loads, ids are unique across the
    // parts, and every compliant case is a whole request with a mockup.
    QList<CorpusCase> cases;
    QString error;
    QVERIFY2(loadCorpus(QStringLiteral(SCS_SOURCE_DIR "/tests/corpus"), {}, &cases, &error),
             qPrintable(error));
    QVERIFY(cases.size() >= 100);
    QSet<QString> ids;
    QMap<QString, QSet<QString>> partsOfFamily;
    int heldOut = 0;
    for (const CorpusCase &c : cases) {
        QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
        ids.insert(c.id);
        partsOfFamily[c.family].insert(c.part);
        heldOut += c.part == u"heldout" ? 1 : 0;
        QVERIFY2(c.request.value(u"fields"_s).toObject().contains(u"evidence.optin_mockups"_s)
                         || c.verdict != Verdict::Compliant,
                 qPrintable(c.id));
    }
    // Where the held-out part is present (not on a branch that tunes the
    // rules): about a third of the cases, every family in both parts.
    if (heldOut > 0) {
        for (auto it = partsOfFamily.cbegin(); it != partsOfFamily.cend(); ++it)
            QVERIFY2(it.value().size() == 2, qPrintable(it.key()));
        QVERIFY(heldOut * 4 >= cases.size() && heldOut * 5 <= cases.size() * 2);
    }
}

QTEST_GUILESS_MAIN(TestCorpusCase)
#include "tst_corpuscase.moc"

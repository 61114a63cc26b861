// The limits of model/Limits.h: every reader refuses a value one past its
// limit with a message naming the place and the limit, takes a value at the
// limit, and never cuts anything; a save refuses what would not open again;
// the field_too_long rule reports text typed beyond a limit.
#include "FailOnWarning.h"
#include "catalog/Catalog.h"
#include "model/Limits.h"
#include "rules/RuleEngine.h"
#include "storage/ContentChecksum.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectLimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace scs;
using namespace Qt::StringLiterals;

namespace {

using Edit = std::function<void(Project &, qsizetype extra)>;

// Sets a value `extra` past its limit (0: exactly at the limit).
Edit text(FieldId id)
{
    return [id](Project &p, qsizetype extra) {
        const qsizetype limit = limits::maxLength(Catalog::field(id).kind);
        p.requests[0].setValue(id, QString(limit + extra, u'a'));
    };
}

Edit examples(qsizetype count, qsizetype labelLength, qsizetype textLength)
{
    return [=](Project &p, qsizetype extra) {
        ExampleList list;
        for (qsizetype i = 0; i < count + (count > 3 ? extra : 0); ++i)
            list.append({QString(labelLength + (labelLength > 10 ? extra : 0), u'l'),
                         QString(textLength + (textLength > 10 ? extra : 0), u't')});
        p.requests[0].setValue(FieldId::ContentExamples, list);
    };
}

// Attachments: `count` files (plus `extra` when count > 3) with a name and
// bytes of the given sizes (plus `extra` when large).
Edit attachments(qsizetype count, qsizetype nameLength, qsizetype bytes)
{
    return [=](Project &p, qsizetype extra) {
        // One buffer shared by every file: large limits stay cheap.
        const QByteArray data(bytes + (bytes > 10 ? extra : 0), 'b');
        AttachmentList list;
        for (qsizetype i = 0; i < count + (count > 3 ? extra : 0); ++i)
            list.append({QString(nameLength + (nameLength > 10 ? extra : 0), u'n'), u"image/png"_s, QString(),
                         data});
        p.requests[0].setValue(FieldId::EvidenceOptinMockups, list);
    };
}

Edit keywords(qsizetype count)
{
    return [=](Project &p, qsizetype extra) {
        QStringList list;
        for (qsizetype i = 0; i < count + extra; ++i)
            list.append(u"K%1"_s.arg(i));
        p.requests[0].setValue(FieldId::SignupJoinKeywords, list);
    };
}

Project baseProject()
{
    Project project;
    project.name = u"Limits"_s;
    Request request;
    request.setTitle(u"US"_s);
    request.setValue(FieldId::CaseCountries, QStringList {u"US"_s});
    project.requests.append(request);
    return project;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(scs::FieldValue)

namespace {

// The rows of json() and save(): each limit, and where a reader says it is.
void limitRows()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("pointer"); // where JsonFormat::read says the problem is
    QTest::addColumn<QString>("named"); // what every message names
    QTest::addColumn<qsizetype>("limit");

    QTest::addRow("text") << text(FieldId::CompanyName) << u"/requests/0/fields/company.name"_s
                          << u"company.name"_s << limits::TextLength;
    QTest::addRow("url") << text(FieldId::CaseSiteUrl) << u"/requests/0/fields/case.site_url"_s
                         << u"case.site_url"_s << limits::TextLength;
    QTest::addRow("multiline") << text(FieldId::NotesDescription) << u"/requests/0/fields/notes.description"_s
                               << u"notes.description"_s << limits::MultilineLength;
    QTest::addRow("sms") << text(FieldId::ContentHelpResponse)
                         << u"/requests/0/fields/content.help_response"_s << u"content.help_response"_s
                         << limits::SmsLength;
    QTest::addRow("example count") << examples(limits::Examples, 1, 1)
                                   << u"/requests/0/fields/content.examples"_s << u"content.examples"_s
                                   << limits::Examples;
    QTest::addRow("example text") << examples(3, 1, limits::SmsLength)
                                  << u"/requests/0/fields/content.examples/0/text"_s << u"content.examples"_s
                                  << limits::SmsLength;
    QTest::addRow("example label") << examples(3, limits::NameLength, 1)
                                   << u"/requests/0/fields/content.examples/0/label"_s
                                   << u"content.examples"_s << limits::NameLength;
    QTest::addRow("keyword count") << keywords(limits::Keywords)
                                   << u"/requests/0/fields/signup.join_keywords"_s
                                   << u"signup.join_keywords"_s << limits::Keywords;
    QTest::addRow("attachment count")
            << attachments(limits::Attachments, 1, 1) << u"/requests/0/fields/evidence.optin_mockups"_s
            << u"evidence.optin_mockups"_s << limits::Attachments;
    QTest::addRow("attachment name") << attachments(1, limits::NameLength, 1)
                                     << u"/requests/0/fields/evidence.optin_mockups/0/name"_s
                                     << u"evidence.optin_mockups"_s << limits::NameLength;
    QTest::addRow("title") << Edit([](Project &p, qsizetype extra) {
        p.requests[0].setTitle(QString(limits::NameLength + extra, u'T'));
    }) << u"/requests/0/title"_s
                           << u"request 1"_s << limits::NameLength;
    QTest::addRow("project name") << Edit(
            [](Project &p, qsizetype extra) { p.name = QString(limits::NameLength + extra, u'N'); })
                                  << u"/name"_s << u"project name"_s << limits::NameLength;
    QTest::addRow("requests") << Edit([](Project &p, qsizetype extra) {
        while (p.requests.size() < limits::Requests + extra) {
            Request request;
            request.setTitle(QString::number(p.requests.size()));
            p.requests.append(request);
        }
    }) << u"/requests"_s << u"requests"_s
                              << limits::Requests;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void json_data() { limitRows(); }
    void save_data() { limitRows(); }

    // JSON: at the limit it reads back unchanged; one past it is refused
    // with the place and the limit.
    void json()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, pointer);
        QFETCH(QString, named);
        QFETCH(qsizetype, limit);

        Project atLimit = baseProject();
        edit(atLimit, 0);
        const JsonFormat::ReadResult ok = JsonFormat::read(JsonFormat::writeProject(atLimit));
        QVERIFY2(ok.ok, qPrintable(ok.message()));
        Project read = ok.project;
        QCOMPARE(read.requests.size(), atLimit.requests.size());
        for (qsizetype i = 0; i < read.requests.size(); ++i)
            read.requests[i].setUuid(atLimit.requests[i].uuid()); // not part of the JSON
        QVERIFY(read == atLimit); // nothing cut

        Project beyond = baseProject();
        edit(beyond, 1);
        const JsonFormat::ReadResult refused = JsonFormat::read(JsonFormat::writeProject(beyond));
        QVERIFY(!refused.ok);
        QVERIFY(refused.project.requests.isEmpty());
        QCOMPARE(refused.location, pointer);
        QVERIFY2(refused.error.contains(named), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QLocale().toString(limit)), qPrintable(refused.error));
    }

    // A save refuses what would not open again, and leaves the file as it was.
    void save()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, named);
        QFETCH(qsizetype, limit);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        ProjectFile file;
        QVERIFY2(file.saveAs(path, baseProject()), qPrintable(file.errorString()));
        const QByteArray before = readAll(path);

        Project beyond = baseProject();
        edit(beyond, 1);
        QVERIFY(!file.save(beyond));
        QCOMPARE(file.error(), ProjectFile::Error::SaveExceedsLimits);
        QVERIFY2(file.errorString().contains(named), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(QLocale().toString(limit)), qPrintable(file.errorString()));
        QVERIFY(file.isOpen()); // still open: the user shortens it and saves again
        QCOMPARE(readAll(path), before);
        QVERIFY(!file.saveAs(dir.filePath(u"q.scproj"_s), beyond));
        QVERIFY(!QFile::exists(dir.filePath(u"q.scproj"_s)));

        Project atLimit = baseProject();
        edit(atLimit, 0);
        QVERIFY2(file.save(atLimit), qPrintable(file.errorString()));
        ProjectFile again;
        QVERIFY2(again.open(path, ProjectFile::OpenMode::ReadOnly), qPrintable(again.errorString()));
        QCOMPARE(again.project(), atLimit);
    }

    // A file written by something else with a value beyond a limit (checksum
    // and all intact) is refused on open with the place and the limit.
    void open()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.scproj"_s);
        Project project = baseProject();
        {
            ProjectFile file;
            QVERIFY2(file.saveAs(path, project), qPrintable(file.errorString()));
        }
        const QString tooLong(limits::TextLength + 1, u'x');
        project.requests[0].setValue(FieldId::CompanyName, tooLong);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.prepare(u"INSERT INTO field_value (request_id, field_key, kind, text_value) "
                                  "SELECT id, 'company.name', 'text', ? FROM request"_s));
            query.addBindValue(tooLong);
            QVERIFY(query.exec());
            QVERIFY(query.prepare(u"UPDATE meta SET value = ? WHERE key = 'content_sha256'"_s));
            query.addBindValue(contentChecksum(project));
            QVERIFY(query.exec());
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"edit"_s);
        const QByteArray before = readAll(path);

        ProjectFile file;
        QVERIFY(!file.open(path));
        QCOMPARE(file.error(), ProjectFile::Error::ExceedsLimits);
        QVERIFY2(file.errorString().contains(u"company.name"_s), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(QLocale().toString(limits::TextLength)),
                 qPrintable(file.errorString()));
        QCOMPARE(readAll(path), before);
        Project loaded;
        QString error;
        QVERIFY(!ProjectFile::load(path, &loaded, &error));
        QCOMPARE(error, file.errorString());
    }

    // The sizes of attachments, checked where every reader checks them
    // (ProjectLimits; JsonFormat::read and ProjectFile::open refuse what it
    // reports, tst_jsonformat reads a file over the cap): a file over the
    // cap, and all files of a request over theirs. A file over the carriers'
    // 1 MiB is no violation: the rules report it.
    void attachmentBytes_data()
    {
        QTest::addColumn<QList<qsizetype>>("sizes");
        QTest::addColumn<int>("part"); // -1: none
        QTest::addColumn<qsizetype>("item");
        using Part = ProjectLimits::Violation::Part;
        const qsizetype cap = limits::AttachmentHardBytes;
        QTest::addRow("over 1 MiB") << QList<qsizetype> {limits::AttachmentBytes + 1} << -1 << qsizetype(-1);
        QTest::addRow("at the cap") << QList<qsizetype> {cap} << -1 << qsizetype(-1);
        QTest::addRow("over the cap")
                << QList<qsizetype> {1, cap + 1} << int(Part::AttachmentData) << qsizetype(1);
        QTest::addRow("all at the total") << QList<qsizetype> {cap, cap, cap, cap} << -1 << qsizetype(-1);
        QTest::addRow("one byte over the total")
                << QList<qsizetype> {cap, cap, cap, cap, 1} << int(Part::AttachmentsTotal) << qsizetype(-1);
    }
    void attachmentBytes()
    {
        QFETCH(QList<qsizetype>, sizes);
        QFETCH(int, part);
        QFETCH(qsizetype, item);
        const QByteArray largest(*std::max_element(sizes.begin(), sizes.end()), 'b');
        AttachmentList files;
        for (qsizetype size : sizes)
            files.append({u"f.png"_s, u"image/png"_s, QString(), largest.left(size)}); // shared bytes
        Request request;
        request.setValue(FieldId::EvidenceOptinMockups, files);
        const auto violation = ProjectLimits::check(request);
        QCOMPARE(violation.has_value(), part >= 0);
        if (!violation)
            return;
        QCOMPARE(int(violation->part), part);
        QCOMPARE(violation->item, item);
        QCOMPARE(violation->field, FieldId::EvidenceOptinMockups);
        QVERIFY2(violation->message().contains(QLocale().toString(violation->limit)),
                 qPrintable(violation->message()));
    }

    // The editor keeps what was typed; the rule says what to shorten.
    void rule_data()
    {
        QTest::addColumn<FieldId>("field");
        QTest::addColumn<FieldValue>("value");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<int>("item");
        const auto text = [](qsizetype n) { return FieldValue(QString(n, u'a')); };
        const auto examples = [](qsizetype count, qsizetype textLength) {
            ExampleList list;
            for (qsizetype i = 0; i < count; ++i)
                list.append({u"label"_s, QString(i == count - 1 ? textLength : 5, u't')});
            return FieldValue(list);
        };
        QTest::addRow("text at limit") << FieldId::CompanyName << text(limits::TextLength) << false << -1;
        QTest::addRow("text beyond") << FieldId::CompanyName << text(limits::TextLength + 1) << true << -1;
        QTest::addRow("multiline at limit")
                << FieldId::NotesDescription << text(limits::MultilineLength) << false << -1;
        QTest::addRow("multiline beyond")
                << FieldId::NotesDescription << text(limits::MultilineLength + 1) << true << -1;
        QTest::addRow("sms beyond") << FieldId::ContentStopResponse << text(limits::SmsLength + 1) << true
                                    << -1;
        QTest::addRow("examples at limit")
                << FieldId::ContentExamples << examples(limits::Examples, 5) << false << -1;
        QTest::addRow("examples beyond")
                << FieldId::ContentExamples << examples(limits::Examples + 1, 5) << true << -1;
        QTest::addRow("example text beyond")
                << FieldId::ContentExamples << examples(4, limits::SmsLength + 1) << true << 3;
    }

    void rule()
    {
        QFETCH(FieldId, field);
        QFETCH(FieldValue, value);
        QFETCH(bool, fires);
        QFETCH(int, item);
        Request request;
        request.setValue(field, value);
        QList<Finding> found;
        for (const Finding &f : RuleEngine().check(request)) {
            if (QLatin1StringView(f.rule) == "field_too_long"_L1)
                found.append(f);
        }
        QCOMPARE(!found.isEmpty(), fires);
        if (fires) {
            QCOMPARE(found.front().field, field);
            QCOMPARE(found.front().item, item);
            QCOMPARE(found.front().severity, Severity::Error);
            QVERIFY(!found.front().text().contains(u"%1"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"

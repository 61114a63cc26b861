// Files of every older version open: a frozen version 1 file (kept as SQL
// in data/, never regenerated) opens with its content and history, is
// migrated to version 2 in a private copy, and a save writes version 2 with
// the history kept; a stand-in version 3 exercises the path for the next
// step.
#include "FailOnWarning.h"
#include "storage/JsonFormat.h"
#include "storage/Migrations.h"
#include "storage/ProjectFile.h"
#include "storage/Schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace scs;

namespace {

const QString dataDir = QStringLiteral(SCS_SOURCE_DIR "/tests/core/projectfile/data/");

// Builds a file from a frozen SQL dump (statements end with ";" at the end
// of a line; the dump's values contain no such line ends).
bool buildFromSql(const QString &sqlPath, const QString &path)
{
    QFile sql(sqlPath);
    if (!sql.open(QIODevice::ReadOnly))
        return false;
    const QString text = QString::fromUtf8(sql.readAll());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : text.split(u";\n"_s, Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty() || statement.trimmed().startsWith(u"--"))
                continue;
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement.left(80)), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A stand-in version 3 for the tests: a column added to project.
bool testStepToVersion3(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(u"ALTER TABLE project ADD COLUMN test_note TEXT NOT NULL DEFAULT 'migrated'"_s))
        return true;
    *error = query.lastError().text();
    return false;
}

// The real steps, then the stand-in.
std::array<Migrations::Step, 2> version3Steps()
{
    return {Migrations::plan().steps[0], &testStepToVersion3};
}

QStringList tables(const QString &path)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tables"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
            while (query.next())
                names << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"tables"_s);
    return names;
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"version"_s);
    return version;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void planHasAStepPerVersion()
    {
        const Migrations::Plan plan = Migrations::plan();
        QCOMPARE(plan.currentVersion, Schema::CurrentVersion);
        QCOMPARE(qsizetype(plan.steps.size()), qsizetype(Schema::CurrentVersion - 1));
    }

    void frozenVersion1FileOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.scproj"_s);
        QVERIFY(buildFromSql(dataDir + u"project-v1.sql"_s, path));
        const QByteArray before = readAll(path);

        ProjectFile file;
        QVERIFY2(file.open(path, ProjectFile::OpenMode::ReadOnly), qPrintable(file.errorString()));
        const JsonFormat::ReadResult expected = JsonFormat::read(readAll(dataDir + u"project-v1.json"_s));
        QVERIFY2(expected.ok, qPrintable(expected.error));
        QCOMPARE(file.project().name, expected.project.name);
        QCOMPARE(file.project().requests.size(), expected.project.requests.size());
        for (qsizetype i = 0; i < expected.project.requests.size(); ++i) {
            Request request = expected.project.requests.at(i);
            request.setUuid(file.project().requests.at(i).uuid());
            QCOMPARE(file.project().requests.at(i), request);
        }
        QCOMPARE(file.project().requests.at(0).uuid(),
                 QUuid::fromString(u"6f1d2c9e-3a43-4c3e-8d0b-5b6f0e2a7c11"_s));
        QCOMPARE(file.revisions().size(), 2);
        QCOMPARE(file.revisions().at(1).userName, u"fixture"_s);
        QVERIFY(file.projectAtRevision(1));
        file.close();
        QCOMPARE(readAll(path), before);
    }

    // The real step: version 1 -> 2 (attachments). A file of the current
    // release opens unchanged, is migrated in a copy, keeps its history, and
    // takes the version 2 fields once saved.
    void version1MigratesToVersion2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.scproj"_s);
        QVERIFY(buildFromSql(dataDir + u"project-v1.sql"_s, path));
        QCOMPARE(userVersion(path), 1);
        QVERIFY(!tables(path).contains(u"attachment"_s));
        const QByteArray before = readAll(path);

        ProjectFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        QVERIFY(!file.isReadOnly());
        const Project original = file.project();
        QCOMPARE(original.requests.size(), 1);
        const QList<Revision> history = file.revisions();
        QCOMPARE(history.size(), 2);
        QCOMPARE(readAll(path), before); // opening migrated a private copy only

        // The version 2 fields, a save, and the file is version 2 with its
        // history and the new revision.
        Project changed = original;
        Request &request = changed.requests[0];
        request.setValue(FieldId::SignupTermsUrl, u"https://www.northwindparcel.com/sms-terms"_s);
        request.setValue(FieldId::SignupJoinKeywords, QStringList {u"TRACK"_s, u"ALERTS"_s});
        request.setValue(FieldId::EvidenceOptinMockups,
                         AttachmentList {{u"signup.png"_s, u"image/png"_s, u"The form"_s,
                                          QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)}});
        QVERIFY2(file.save(changed), qPrintable(file.errorString()));
        file.close();
        QCOMPARE(userVersion(path), 2);
        QVERIFY(tables(path).contains(u"attachment"_s));
        QVERIFY(tables(path).contains(u"attachment_blob"_s));

        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        QCOMPARE(file.project(), changed);
        const QList<Revision> after = file.revisions();
        QCOMPARE(after.size(), 3);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after.at(i).number, history.at(i).number);
            QCOMPARE(after.at(i).changes, history.at(i).changes);
        }
        QCOMPARE(after.at(2).changes.size(), 3);
        QCOMPARE(file.projectAtRevision(2), std::optional(original));
        QCOMPARE(file.projectAtRevision(3), std::optional(changed));
    }

    void version1OpensThroughTwoSteps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.scproj"_s);
        QVERIFY(buildFromSql(dataDir + u"project-v1.sql"_s, path));
        const QByteArray before = readAll(path);
        Project original;
        QVERIFY(ProjectFile::load(path, &original));

        static const auto steps = version3Steps();
        const Migrations::ScopedPlanOverride version3({3, steps});
        ProjectFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        QVERIFY(!file.isReadOnly());
        QCOMPARE(file.project(), original);
        QCOMPARE(file.revisions().size(), 2);
        QCOMPARE(readAll(path), before);

        Project changed = original;
        changed.name = u"after the migration"_s;
        QVERIFY2(file.save(changed), qPrintable(file.errorString()));
        file.close();
        QCOMPARE(userVersion(path), 3);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT test_note FROM project"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"migrated"_s);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        QVERIFY(file.open(path));
        QCOMPARE(file.project(), changed);
        QCOMPARE(file.revisions().size(), 3);
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.scproj"_s);
        QVERIFY(buildFromSql(dataDir + u"project-v1.sql"_s, path));
        const QByteArray before = readAll(path);
        constexpr Migrations::Step failing[] = {[](QSqlDatabase &, QString *error) {
            *error = u"step failed"_s;
            return false;
        }};
        const Migrations::ScopedPlanOverride version2({2, failing});
        ProjectFile file;
        QVERIFY(!file.open(path));
        QCOMPARE(file.error(), ProjectFile::Error::Corrupt);
        QCOMPARE(readAll(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

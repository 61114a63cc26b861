// Files of every older version open: a frozen version 1 file (kept as SQL
// in data/, never regenerated) opens with its content and history, and a
// version 1 file goes through the migration path once there is a step.
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

// A stand-in version 2 for the tests: a column added to project.
bool testStepToVersion2(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(u"ALTER TABLE project ADD COLUMN test_note TEXT NOT NULL DEFAULT 'migrated'"_s))
        return true;
    *error = query.lastError().text();
    return false;
}

constexpr Migrations::Step testSteps[] = {testStepToVersion2};

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

    void version1OpensThroughAMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.scproj"_s);
        QVERIFY(buildFromSql(dataDir + u"project-v1.sql"_s, path));
        const QByteArray before = readAll(path);
        Project original;
        QVERIFY(ProjectFile::load(path, &original));

        const Migrations::ScopedPlanOverride version2({2, testSteps});
        ProjectFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        QVERIFY(!file.isReadOnly());
        QCOMPARE(file.project(), original);
        QCOMPARE(file.revisions().size(), 2);
        // Opening migrated a private copy only.
        QCOMPARE(readAll(path), before);

        // Saving writes a version 2 file, history included.
        Project changed = original;
        changed.name = u"after the migration"_s;
        QVERIFY2(file.save(changed), qPrintable(file.errorString()));
        file.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 2);
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

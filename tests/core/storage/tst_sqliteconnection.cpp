// The protections every connection to a project file runs with
// (SqliteConnection, docs/reliability.md "Hostile files"): each one is
// seen to work on a real connection, so that a project file that slipped
// past the schema check would still meet them.
#include "FailOnWarning.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace Qt::StringLiterals;

class TestSqliteConnection : public QObject
{
    Q_OBJECT

    // Runs `sql` and returns the first column of the first row, or nothing.
    static std::optional<QVariant> value(const SqliteConnection &connection, const QString &sql)
    {
        QSqlQuery query(connection.database());
        if (!query.exec(sql) || !query.next())
            return std::nullopt;
        return query.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }
    void cleanup() { QCOMPARE(QSqlDatabase::connectionNames(), QStringList()); }

    // The handle we protect belongs to the library Qt's driver runs.
    void sameLibraryAsTheDriver()
    {
        SqliteConnection connection;
        QVERIFY(connection.open(QString(), SqliteConnection::Mode::Memory));
        const auto version = value(connection, u"SELECT sqlite_version()"_s);
        QVERIFY(version);
        QCOMPARE(version->toString(), SqliteConnection::libraryVersion());
    }

    // A query that never ends is stopped by the work budget, quickly.
    void endlessQueryIsStopped()
    {
        SqliteConnection connection;
        QVERIFY(connection.open(QString(), SqliteConnection::Mode::Memory));
        connection.setWorkBudget(5'000'000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!value(connection,
                       u"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
                       " SELECT count(*) FROM r"_s));
        QVERIFY(connection.workLimitReached());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        // The budget is per statement: the next one starts afresh.
        QCOMPARE(value(connection, u"SELECT 1"_s).value_or(QVariant()).toInt(), 1);
    }

    void budgetFollowsTheFileSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f.db"_s);
        {
            SqliteConnection writer;
            QVERIFY(writer.open(path, SqliteConnection::Mode::ReadWrite));
            QVERIFY(writer.exec(u"CREATE TABLE t (x)"_s));
            QVERIFY(writer.exec(u"INSERT INTO t VALUES (randomblob(100000))"_s));
        }
        SqliteConnection reader;
        QVERIFY(reader.open(path, SqliteConnection::Mode::ReadOnly));
        QCOMPARE(reader.workBudget(),
                 SqliteConnection::BaseWorkBudget + SqliteConnection::WorkPerByte * QFileInfo(path).size());
    }

    // Values beyond MaxValueBytes are refused (or, by printf(), cut).
    void hugeValuesAreRefused()
    {
        SqliteConnection connection;
        QVERIFY(connection.open(QString(), SqliteConnection::Mode::Memory));
        QVERIFY(!value(connection, u"SELECT zeroblob(%1)"_s.arg(SqliteConnection::MaxValueBytes + 1)));
        QVERIFY(connection.tooBig());
        // printf() stops at the limit instead (SQLite truncates its result).
        const auto printed = value(connection, u"SELECT length(printf('%.*c', 40000000, 'x'))"_s);
        QVERIFY(!printed || printed->toLongLong() <= SqliteConnection::MaxValueBytes);
        QVERIFY(value(connection, u"SELECT length(zeroblob(1000))"_s));
    }

    // Views and triggers do nothing, and the schema is not trusted.
    void viewsAndTriggersAreOff()
    {
        SqliteConnection connection;
        QVERIFY(connection.open(QString(), SqliteConnection::Mode::Memory));
        QVERIFY(connection.exec(u"CREATE TABLE t (x)"_s));
        QVERIFY(connection.exec(u"CREATE TABLE log (x)"_s));
        connection.exec(u"CREATE VIEW v AS SELECT 1"_s);
        QVERIFY(!value(connection, u"SELECT * FROM v"_s));
        connection.exec(u"CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); END"_s);
        QVERIFY(connection.exec(u"INSERT INTO t VALUES (1)"_s));
        QCOMPARE(value(connection, u"SELECT count(*) FROM log"_s).value_or(QVariant(-1)).toInt(), 0);
        QCOMPARE(value(connection, u"PRAGMA trusted_schema"_s).value_or(QVariant(-1)).toInt(), 0);
        // Defensive mode: the schema cannot be written directly.
        QVERIFY(!connection.exec(u"PRAGMA writable_schema = ON"_s)
                || !connection.exec(u"UPDATE sqlite_master SET sql = 'x' WHERE name = 't'"_s));
        QVERIFY(!connection.exec(u"ATTACH DATABASE ':memory:' AS other"_s));
    }
};

QTEST_GUILESS_MAIN(TestSqliteConnection)
#include "tst_sqliteconnection.moc"

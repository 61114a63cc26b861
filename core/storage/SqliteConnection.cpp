#include "SqliteConnection.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace scs {

// What the progress handler counts: the instructions of the statement
// running now (reset when a statement starts, SQLITE_TRACE_STMT).
struct SqliteConnection::Guard
{
    qint64 budget = BaseWorkBudget;
    qint64 used = 0;
    bool exceeded = false;
};

namespace {

constexpr int ProgressInterval = 1000; // instructions between two calls

QString uniqueName()
{
    static std::atomic<quint64> counter {0};
    return u"scs-storage-%1"_s.arg(++counter);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int onProgress(void *context)
{
    auto *guard = static_cast<SqliteConnection::Guard *>(context);
    guard->used += ProgressInterval;
    if (guard->used <= guard->budget)
        return 0;
    guard->exceeded = true;
    return 1; // SQLITE_INTERRUPT
}

int onTrace(unsigned type, void *context, void *, void *)
{
    if (type == SQLITE_TRACE_STMT)
        static_cast<SqliteConnection::Guard *>(context)->used = 0;
    return 0;
}

// SQLite's advice for untrusted databases (https://sqlite.org/security.html),
// before the first statement reads anything of the file.
bool protect(sqlite3 *db, SqliteConnection::Guard *guard)
{
    if (!db)
        return false;
    int ok = 1;
    const auto config = [&](int option, int value) {
        int applied = -1;
        ok &= sqlite3_db_config(db, option, value, &applied) == SQLITE_OK && applied == value;
    };
    config(SQLITE_DBCONFIG_DEFENSIVE, 1);
    config(SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0);
    // Our schema has neither (SchemaCheck refuses files that do).
    config(SQLITE_DBCONFIG_ENABLE_VIEW, 0);
    config(SQLITE_DBCONFIG_ENABLE_TRIGGER, 0);
    config(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, SqliteConnection::MaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100'000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 50);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 100'000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_progress_handler(db, ProgressInterval, onProgress, guard);
    ok &= sqlite3_trace_v2(db, SQLITE_TRACE_STMT, onTrace, guard) == SQLITE_OK;
    return ok != 0;
}

} // namespace

SqliteConnection::SqliteConnection()
    : m_guard(std::make_unique<Guard>())
{ }

SqliteConnection::~SqliteConnection()
{
    close();
}

QString SqliteConnection::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString SqliteConnection::uriFor(const QString &path, Mode mode)
{
    if (mode == Mode::Memory)
        return u":memory:"_s;
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    if (mode == Mode::ReadOnly)
        url.setQuery(u"mode=ro&immutable=1"_s);
    return url.toString(QUrl::FullyEncoded);
}

bool SqliteConnection::open(const QString &path, Mode mode, QString *error, QString *nativeCode)
{
    close();
    const QString name = uniqueName();
    *m_guard = Guard();
    if (mode != Mode::Memory)
        m_guard->budget = BaseWorkBudget + WorkPerByte * std::max<qint64>(QFileInfo(path).size(), 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(uriFor(path, mode));
        db.setConnectOptions(mode == Mode::ReadOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s
                                                    : u"QSQLITE_OPEN_URI"_s);
        bool opened = db.open();
        if (opened && !protect(handleOf(db), m_guard.get())) {
            opened = false;
            if (error)
                *error = u"the SQLite library does not take the protections this program needs"_s;
            if (nativeCode)
                nativeCode->clear();
        } else if (!opened) {
            if (error)
                *error = db.lastError().text();
            if (nativeCode)
                *nativeCode = db.lastError().nativeErrorCode();
        }
        if (!opened) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    m_name = name;
    m_path = path;
    return true;
}

void SqliteConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
    m_path.clear();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqliteConnection::exec(const QString &sql, QString *error, QString *nativeCode) const
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    if (nativeCode)
        *nativeCode = query.lastError().nativeErrorCode();
    return false;
}

void SqliteConnection::setWorkBudget(qint64 instructions)
{
    m_guard->budget = instructions;
}

qint64 SqliteConnection::workBudget() const
{
    return m_guard->budget;
}

bool SqliteConnection::workLimitReached() const
{
    return m_guard->exceeded;
}

bool SqliteConnection::diskFull() const
{
    sqlite3 *db = handleOf(database());
    return db && (sqlite3_errcode(db) & 0xff) == SQLITE_FULL;
}

bool SqliteConnection::tooBig() const
{
    sqlite3 *db = handleOf(database());
    return db && (sqlite3_errcode(db) & 0xff) == SQLITE_TOOBIG;
}

void SqliteConnection::allowAttached(int count)
{
    if (sqlite3 *db = handleOf(database()))
        sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, count);
}

} // namespace scs

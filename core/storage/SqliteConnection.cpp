#include "SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

QString uniqueName()
{
    static std::atomic<quint64> counter {0};
    return u"scs-storage-%1"_s.arg(++counter);
}

} // namespace

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString &path, Mode mode, QString *error, QString *nativeCode)
{
    close();
    const QString name = uniqueName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(mode == Mode::ReadOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s
                                                    : u"QSQLITE_OPEN_URI"_s);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            if (nativeCode)
                *nativeCode = db.lastError().nativeErrorCode();
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

} // namespace scs

#include "WorkspaceConnection.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

QAtomicInteger<quint64> connectionCounter;

// A value quoted as libpq's keyword/value syntax wants it.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

bool hasPasswordKeyword(const QString &conninfo)
{
    // keyword = value pairs; "password" as a keyword, not inside a value.
    static const QRegularExpression keyword(uR"((^|\s)password\s*=)"_s);
    return keyword.match(conninfo).hasMatch();
}

} // namespace

WorkspaceConnection::WorkspaceConnection()
    : m_name(u"scs-workspace-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

WorkspaceConnection::~WorkspaceConnection()
{
    close();
}

QString WorkspaceConnection::passwordRefused()
{
    return tr("The workspace address holds a password. Give it to PostgreSQL in ~/.pgpass, the "
              "PGPASSWORD variable or a service file instead, so it is not kept in lists of recent "
              "workspaces or shell histories.");
}

std::optional<QString> WorkspaceConnection::conninfo(const QString &url, QString *error)
{
    auto fail = [&](const QString &text) -> std::optional<QString> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("No workspace was given: name its server as a connection string "
                       "(\"host=… dbname=…\") or a postgresql:// address."));
    QString result;
    if (trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://")) {
        // Parsed as libpq does, not by QUrl: a host may be a socket
        // directory ("%2Fvar%2Frun%2Fpostgresql") or a list ("a:5432,b").
        QString rest = trimmed.mid(trimmed.indexOf(u"://") + 3);
        QString query;
        if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
            query = rest.mid(mark + 1);
            rest.truncate(mark);
        }
        QString authority = rest;
        QString database;
        if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
            authority = rest.left(slash);
            database = rest.mid(slash + 1);
        }
        QStringList pairs;
        if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
            const QString userInfo = authority.left(at);
            authority = authority.mid(at + 1);
            if (userInfo.contains(u':'))
                return fail(passwordRefused());
            pairs.append(u"user="_s + quoted(decoded(userInfo)));
        }
        QStringList hosts;
        QStringList ports;
        bool anyPort = false;
        for (const QString &spec : authority.split(u',')) {
            QString host = spec;
            QString port;
            const qsizetype bracket = spec.lastIndexOf(u']');
            const qsizetype colon = spec.lastIndexOf(u':');
            if (colon > bracket) {
                host = spec.left(colon);
                port = spec.mid(colon + 1);
                anyPort = anyPort || !port.isEmpty();
            }
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
            hosts.append(decoded(host));
            ports.append(port);
        }
        if (!hosts.join(QString()).isEmpty())
            pairs.append(u"host="_s + quoted(hosts.join(u',')));
        if (anyPort)
            pairs.append(u"port="_s + quoted(ports.join(u',')));
        if (!database.isEmpty())
            pairs.append(u"dbname="_s + quoted(decoded(database)));
        for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
            const QString key = decoded(item.section(u'=', 0, 0));
            if (key == u"password")
                return fail(passwordRefused());
            pairs.append(key + u'=' + quoted(decoded(item.section(u'=', 1))));
        }
        result = pairs.join(u' ');
    } else {
        if (hasPasswordKeyword(trimmed))
            return fail(passwordRefused());
        result = trimmed;
    }
    // Qt's driver reads ';' as a separator between options.
    if (result.contains(u';'))
        return fail(tr("The workspace address \"%1\" contains \";\", which Qt's PostgreSQL driver "
                       "cannot pass on.")
                            .arg(trimmed));
    return result;
}

bool WorkspaceConnection::open(const QString &url)
{
    close();
    m_url = url;
    const auto info = conninfo(url, &m_error);
    if (!info)
        return false;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        m_error = tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it is the "
                     "libqt6sql6-psql package.");
        return false;
    }
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    // QPSQL hands the options to libpq's PQconnectdb as they are: the whole
    // connection string, so libpq alone reads it (and its password file).
    // A server that cannot be reached fails the connection after 10 s
    // rather than when TCP gives up (minutes, with the editor waiting); an
    // address may set its own connect_timeout.
    m_db.setConnectOptions(info->contains(u"connect_timeout") ? *info : *info + u" connect_timeout=10"_s);
    if (!m_db.open()) {
        m_error = tr("Could not connect to the workspace server: %1")
                          .arg(m_db.lastError().driverText() + u' ' + m_db.lastError().databaseText())
                          .trimmed();
        close();
        return false;
    }
    QSqlQuery query(m_db);
    query.exec(u"SET client_min_messages = warning"_s);
    m_error.clear();
    return true;
}

void WorkspaceConnection::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool WorkspaceConnection::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool WorkspaceConnection::reopen()
{
    const QString url = m_url;
    return open(url);
}

bool WorkspaceConnection::isAlive()
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_db);
    return query.exec(u"SELECT 1"_s) && query.next();
}

} // namespace scs

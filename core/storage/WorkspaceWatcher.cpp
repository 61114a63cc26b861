#include "WorkspaceWatcher.h"

#include "Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace scs {

WorkspaceWatcher::WorkspaceWatcher(QObject *parent)
    : QObject(parent)
{ }

WorkspaceWatcher::~WorkspaceWatcher() = default;

QString WorkspaceWatcher::presencePrefix(qint64 projectId)
{
    return u"scs-editor %1 "_s.arg(projectId);
}

bool WorkspaceWatcher::watch(const QString &url, qint64 projectId, const QString &userName)
{
    m_url = url;
    m_projectId = projectId;
    m_userName = userName;
    return connectAndListen();
}

bool WorkspaceWatcher::connectAndListen()
{
    if (!m_connection.open(m_url)) {
        m_error = m_connection.errorString();
        return false;
    }
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT set_config('application_name', ?, false)"_s);
    query.addBindValue(presencePrefix(m_projectId) + m_userName);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    QSqlDriver *driver = m_connection.database().driver();
    connect(driver, &QSqlDriver::notification, this, &WorkspaceWatcher::onNotification, Qt::UniqueConnection);
    if (!driver->subscribeToNotification(Workspace::channel())) {
        m_error = driver->lastError().text();
        return false;
    }
    return true;
}

void WorkspaceWatcher::pollNow(int knownRevision)
{
    Q_EMIT othersEditing(poll(knownRevision).value_or(QStringList()));
}

std::optional<QStringList> WorkspaceWatcher::poll(int knownRevision)
{
    auto ask = [this](QStringList *names) {
        if (!m_connection.isOpen())
            return false;
        QSqlQuery query(m_connection.database());
        query.prepare(u"SELECT DISTINCT substr(application_name, ?) FROM pg_stat_activity"
                      " WHERE starts_with(application_name, ?) AND pid <> pg_backend_pid() ORDER BY 1"_s);
        const QString prefix = presencePrefix(m_projectId);
        query.addBindValue(int(prefix.size()) + 1);
        query.addBindValue(prefix);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
        names->clear();
        while (query.next())
            names->append(query.value(0).toString());
        return true;
    };
    QStringList names;
    if (ask(&names))
        return names;
    // The server went away (restarted, a network cut): listen again on a new
    // connection, and tell of a save made while nobody listened. After a
    // failed attempt the next waits longer (2 s, doubling to a minute): a
    // connection attempt to a host that does not answer blocks its caller.
    if (!m_retry.hasExpired())
        return std::nullopt;
    if (!connectAndListen()) {
        m_retryWait = qBound(2000, m_retryWait * 2, 60000);
        m_retry.setRemainingTime(m_retryWait);
        return std::nullopt;
    }
    m_retryWait = 1000;
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT revision, saved_by FROM scs.project WHERE id = ?"_s);
    query.addBindValue(m_projectId);
    if (query.exec() && query.next() && query.value(0).toInt() > knownRevision)
        Q_EMIT saved(query.value(0).toInt(), query.value(1).toString());
    if (ask(&names))
        return names;
    return std::nullopt;
}

void WorkspaceWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                      const QVariant &payload)
{
    Q_UNUSED(source)
    if (name != Workspace::channel())
        return;
    // "project-id revision user" (the user name may hold spaces).
    const QString text = payload.toString();
    const QStringList parts = text.split(u' ');
    if (parts.size() < 3 || parts.at(0).toLongLong() != m_projectId)
        return;
    Q_EMIT saved(parts.at(1).toInt(), text.section(u' ', 2));
}

} // namespace scs

#include "WorkspaceWatcher.h"

#include "Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace scs {

WorkspaceWatcher::WorkspaceWatcher(QObject *parent)
    : QObject(parent)
{ }

WorkspaceWatcher::~WorkspaceWatcher() = default;

bool WorkspaceWatcher::watch(const QString &url, qint64 projectId)
{
    m_projectId = projectId;
    if (!m_connection.open(url)) {
        m_error = m_connection.errorString();
        return false;
    }
    QSqlDriver *driver = m_connection.database().driver();
    connect(driver, &QSqlDriver::notification, this, &WorkspaceWatcher::onNotification);
    if (!driver->subscribeToNotification(Workspace::channel())) {
        m_error = driver->lastError().text();
        return false;
    }
    return true;
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

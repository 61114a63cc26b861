#pragma once

#include "WorkspaceConnection.h"

#include <QObject>
#include <QSqlDriver>

namespace scs {

// Tells an editor of a workspace project that someone saved it: LISTENs on
// the workspace's channel on a connection of its own (PostgreSQL delivers a
// save's NOTIFY when its transaction commits) and emits saved() for the
// project watched. Needs a running event loop (Qt's driver reads the
// notifications from the connection's socket).
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWatcher(QObject *parent = nullptr);
    ~WorkspaceWatcher() override;

    // Starts watching `projectId` in the workspace `url`.
    bool watch(const QString &url, qint64 projectId);
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // Someone saved revision `revision` of the project (this process's own
    // saves included: compare with the revision you saved).
    void saved(int revision, const QString &userName);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    WorkspaceConnection m_connection;
    qint64 m_projectId = 0;
    QString m_error;
};

} // namespace scs

#pragma once

#include "WorkspaceConnection.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSqlDriver>
#include <QStringList>

#include <optional>

namespace scs {

// Tells an editor of a workspace project that someone saved it: LISTENs on
// the workspace's channel on a connection of its own (PostgreSQL delivers a
// save's NOTIFY when its transaction commits) and emits saved() for the
// project watched. Needs a running event loop (Qt's driver reads the
// notifications from the connection's socket).
//
// The connection also says who has the project open: its application name
// is "scs-editor <project id> <user name>" (presencePrefix()), which every
// role may read in pg_stat_activity; a client that dies takes its
// connection, and so its presence, with it. poll() asks who else is there
// and, when the server dropped the connection, connects again, listens
// again and reports a save it missed meanwhile.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWatcher(QObject *parent = nullptr);
    ~WorkspaceWatcher() override;

    // Starts watching `projectId` in the workspace `url`, as `userName`.
    bool watch(const QString &url, qint64 projectId, const QString &userName);
    QString errorString() const { return m_error; }

    // The names of the others who have the project open now (this
    // connection left out), or std::nullopt when the server cannot be
    // reached (errorString() says why). Reconnects once when the
    // connection was dropped; a save made meanwhile is reported with
    // saved() when it is newer than `knownRevision`.
    std::optional<QStringList> poll(int knownRevision);

    // poll(), its answer sent with othersEditing() (an empty list when the
    // server cannot be reached). For a watcher living in a thread of its
    // own: the editor asks with a queued call and is told by the signal.
    void pollNow(int knownRevision);

    // "scs-editor 42 " for project 42.
    static QString presencePrefix(qint64 projectId);

Q_SIGNALS:
    // Someone saved revision `revision` of the project (this process's own
    // saves included: compare with the revision you saved).
    void saved(int revision, const QString &userName);
    // After pollNow(): who else has the project open.
    void othersEditing(const QStringList &names);

private:
    bool connectAndListen();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    WorkspaceConnection m_connection;
    QString m_url;
    QString m_userName;
    QDeadlineTimer m_retry; // no new connection attempt before it expires
    int m_retryWait = 1000; // ms
    qint64 m_projectId = 0;
    QString m_error;
};

} // namespace scs

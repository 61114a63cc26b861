#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scs {

// A connection to a team workspace's PostgreSQL server through Qt's QPSQL
// driver. The workspace is named by what libpq takes: a connection string
// ("host=db.example.com dbname=shortcodes sslmode=verify-full") or a
// postgresql:// URI. Passwords come from libpq's own means only (~/.pgpass,
// PGPASSWORD, a service file): one written into the URL is refused, as it
// would stay in shell histories, process lists and recent-workspace lists.
// Every other keyword (sslmode, sslrootcert, service, ...) goes to libpq
// unchanged.
class WorkspaceConnection
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceConnection)

public:
    WorkspaceConnection();
    ~WorkspaceConnection();
    WorkspaceConnection(const WorkspaceConnection &) = delete;
    WorkspaceConnection &operator=(const WorkspaceConnection &) = delete;

    // The libpq keyword/value connection string for `url` (a URI is
    // converted: user, host, port, database and its query parameters), or
    // std::nullopt with a translated reason.
    static std::optional<QString> conninfo(const QString &url, QString *error);

    bool open(const QString &url);
    void close();
    bool isOpen() const;
    // Closes and opens again (after the server went away).
    bool reopen();
    // Whether the connection still answers (a cheap round trip).
    bool isAlive();

    QSqlDatabase &database() { return m_db; }
    QString url() const { return m_url; }
    QString errorString() const { return m_error; }

private:
    static QString passwordRefused();

    QString m_url;
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace scs

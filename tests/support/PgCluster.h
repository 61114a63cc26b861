#pragma once

// A PostgreSQL cluster of the test's own, for the team workspace tests: made
// with initdb in a temporary directory, started with pg_ctl on a Unix socket
// in that directory (no TCP), fsync off, and removed afterwards. Debian's
// `postgresql` package provides the programs (/usr/lib/postgresql/N/bin).
// initdb refuses to run as root: then the programs run as the unprivileged
// `postgres` user (which Debian's package creates) through runuser, and the
// directory is made theirs. One cluster per test executable: starting one
// takes seconds.
//
// When the cluster cannot start, start() returns false with the reason, and
// the tests fail with it (never skip: a workspace test that did not run must
// not look like one that passed).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

#include <memory>

namespace scs::test {

class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster() { stop(); }
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // The superuser the cluster is made with (trust authentication on the
    // private socket).
    static QString superUser() { return QStringLiteral("scs_admin"); }

    bool start(QString *why)
    {
        const QString bin = binDir();
        if (bin.isEmpty())
            return fail(why,
                        QStringLiteral("PostgreSQL's programs are not installed (no "
                                       "/usr/lib/postgresql/*/bin/initdb); scripts/setup-deps "
                                       "installs the postgresql package"));
        m_bin = bin;
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/scs-pg-XXXXXX"));
        if (!m_dir->isValid())
            return fail(why, QStringLiteral("no temporary directory: %1").arg(m_dir->errorString()));
        if (::geteuid() == 0) {
            const passwd *user = ::getpwnam("postgres");
            if (!user)
                return fail(why,
                            QStringLiteral("running as root, and there is no unprivileged `postgres` "
                                           "user to run initdb as (Debian's postgresql package "
                                           "creates it)"));
            m_runAs = QStringLiteral("postgres");
            if (::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0)
                return fail(why, QStringLiteral("could not give %1 to the postgres user").arg(m_dir->path()));
        }
        QString output;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superUser(),
                  QStringLiteral("--auth=trust"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
                 &output))
            return fail(why, QStringLiteral("initdb failed: %1").arg(output));
        m_initialised = true;
        if (!startServer(&output))
            return fail(why, QStringLiteral("pg_ctl start failed: %1\nserver log:\n%2").arg(output, log()));
        return true;
    }

    // Stops the server (fast: connections are cut) and removes it all.
    void stop()
    {
        if (m_running) {
            QString ignored;
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w")},
                &ignored);
            m_running = false;
        }
        m_dir.reset();
    }

    // Stops the server under its clients (they see their connection cut)
    // and, when `startAgain`, starts it again.
    bool stopServer(QString *why)
    {
        QString output;
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                  QStringLiteral("fast"), QStringLiteral("-w")},
                 &output))
            return fail(why, QStringLiteral("pg_ctl stop failed: %1").arg(output));
        m_running = false;
        return true;
    }
    bool startServer(QString *why)
    {
        QString output;
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off "
                                               "-c max_connections=60 -c shared_buffers=16MB")
                                        .arg(m_dir->path())
                                        .arg(port());
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("start"), QStringLiteral("-D"), dataDir(), QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-l"), logFile(),
                  QStringLiteral("-o"), options},
                 &output)) {
            if (why)
                *why = output;
            return false;
        }
        m_running = true;
        return true;
    }

    bool isRunning() const { return m_running; }
    // The socket directory (libpq's `host` for a Unix socket).
    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }
    // The socket file names the port; nothing listens on TCP.
    static int port() { return 5432; }

    // A libpq connection string (keyword = value) for `database` as `user`.
    QString conninfo(const QString &database = QStringLiteral("postgres"),
                     const QString &user = superUser()) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                .arg(socketDir())
                .arg(port())
                .arg(database, user);
    }
    // The same as a postgresql:// URI (the socket directory percent-encoded).
    QString uri(const QString &database = QStringLiteral("postgres"), const QString &user = superUser()) const
    {
        // Put together, not .arg(): the encoded directory holds "%2F".
        return QStringLiteral("postgresql://") + user + u'@'
                + QString::fromLatin1(QUrl::toPercentEncoding(socketDir())) + u':' + QString::number(port())
                + u'/' + database;
    }

    QString log() const
    {
        QFile file(logFile());
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(4000))
                                              : QString();
    }

    // Runs SQL through psql as the superuser; false with psql's output on
    // an error.
    bool psql(const QString &database, const QString &sql, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_bin + QStringLiteral("/psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(database),
                       QStringLiteral("-c"), sql});
        const bool finished = process.waitForFinished(60000);
        if (output)
            *output = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

private:
    static QString binDir()
    {
        QVersionNumber best;
        QString found;
        const QDir root(QStringLiteral("/usr/lib/postgresql"));
        for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString bin = root.filePath(version + QStringLiteral("/bin"));
            const QVersionNumber number = QVersionNumber::fromString(version);
            if (QFile::exists(bin + QStringLiteral("/initdb")) && (found.isEmpty() || best < number)) {
                best = number;
                found = bin;
            }
        }
        return found;
    }

    QString dataDir() const { return m_dir->path() + QStringLiteral("/data"); }
    QString logFile() const { return m_dir->path() + QStringLiteral("/server.log"); }

    bool run(const QString &program, const QStringList &arguments, QString *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir->path());
        const QString path = m_bin + u'/' + program;
        if (m_runAs.isEmpty())
            process.start(path, arguments);
        else
            process.start(QStringLiteral("runuser"),
                          QStringList {QStringLiteral("-u"), m_runAs, QStringLiteral("--"), path}
                                  + arguments);
        if (!process.waitForStarted(10000)) {
            *output = process.errorString();
            return false;
        }
        const bool finished = process.waitForFinished(120000);
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    static bool fail(QString *why, const QString &reason)
    {
        if (why)
            *why = reason;
        return false;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_runAs;
    bool m_initialised = false;
    bool m_running = false;
};

} // namespace scs::test

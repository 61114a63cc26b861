#pragma once

#include "Revision.h"
#include "WorkspaceConnection.h"

#include "model/Project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scs {

// A team workspace: many projects in one PostgreSQL database
// (docs/workspace.md). This class creates and upgrades its tables, lists
// its projects and brings a project in with its history; a project is
// opened for editing through WorkspaceProject.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class InitResult { Created, Upgraded, UpToDate, Failed };

    struct ProjectInfo
    {
        qint64 id = 0;
        QString name;
        int revision = 0;
        int requests = 0;
        QDateTime savedUtc;
        QString savedBy;
        // Who has it open in an editor now (WorkspaceWatcher's presence).
        QStringList openBy;
    };

    // Creates the workspace's tables in the database `url` names, or brings
    // older ones up to date (`shortcode-audit workspace init URL`).
    InitResult init(const QString &url);

    // Connects to an existing workspace of this version.
    bool open(const QString &url);
    QList<ProjectInfo> projects();
    std::optional<qint64> projectId(const QString &name);

    // A new project named project.name with `history` (a project file's
    // revisions, oldest first; empty: one revision recording everything),
    // in one transaction. `history` must replay to `project`.
    std::optional<qint64> importProject(const Project &project, const QList<Revision> &history,
                                        const QString &userName);

    QString errorString() const { return m_error; }
    WorkspaceConnection &connection() { return m_connection; }

    // The channel saves notify on; the payload is "project-id revision user".
    static QString channel() { return QStringLiteral("scs_saved"); }

    // Translated messages shared by the workspace classes.
    static QString noWorkspaceMessage(const QString &url);
    static QString newerVersionMessage(int version);
    static QString olderVersionMessage(int version);
    static QString connectionLostMessage(const QString &reason);

private:
    bool fail(const QString &text);
    bool checkVersion();

    WorkspaceConnection m_connection;
    QString m_error;
};

} // namespace scs

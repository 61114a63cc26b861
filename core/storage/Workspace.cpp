#include "Workspace.h"

#include "ProjectDiff.h"
#include "WorkspaceSchema.h"
#include "WorkspaceStore.h"

#include "i18n/Version.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace scs {

bool Workspace::fail(const QString &text)
{
    m_error = text;
    return false;
}

QString Workspace::noWorkspaceMessage(const QString &url)
{
    return tr("The database \"%1\" holds no Shortcode Studio workspace yet; "
              "\"shortcode-audit workspace init\" creates one.")
            .arg(url);
}

QString Workspace::newerVersionMessage(int version)
{
    return tr("The workspace was made by a newer version of Shortcode Studio (workspace version %1); "
              "nothing was changed.")
            .arg(version);
}

QString Workspace::olderVersionMessage(int version)
{
    return tr("The workspace is of an older version (%1); \"shortcode-audit workspace init\" brings it "
              "up to date.")
            .arg(version);
}

QString Workspace::connectionLostMessage(const QString &reason)
{
    return tr("The connection to the workspace server was lost and could not be made again (%1). "
              "Nothing was saved; your changes are kept: save again when the server is back.")
            .arg(reason);
}

Workspace::InitResult Workspace::init(const QString &url)
{
    if (!m_connection.open(url)) {
        fail(m_connection.errorString());
        return InitResult::Failed;
    }
    QSqlDatabase &db = m_connection.database();
    QString detail;
    QSqlQuery query(db);
    // Two inits at once: the second waits, then finds the tables made.
    if (!db.transaction() || !query.exec(u"SELECT pg_advisory_xact_lock(5395273)"_s)) {
        fail(tr("Could not create the workspace: %1").arg(db.lastError().text()));
        return InitResult::Failed;
    }
    const int version = WorkspaceSchema::version(db, &detail);
    if (version < 0 || version > WorkspaceSchema::CurrentVersion) {
        db.rollback();
        fail(version < 0 ? tr("Could not create the workspace: %1").arg(detail)
                         : newerVersionMessage(version));
        return InitResult::Failed;
    }
    if (version == WorkspaceSchema::CurrentVersion) {
        db.rollback();
        return InitResult::UpToDate;
    }
    if (!WorkspaceSchema::migrate(db, version, &detail) || !db.commit()) {
        db.rollback();
        fail(tr("Could not create the workspace: %1").arg(detail));
        return InitResult::Failed;
    }
    return version == 0 ? InitResult::Created : InitResult::Upgraded;
}

bool Workspace::open(const QString &url)
{
    if (!m_connection.open(url))
        return fail(m_connection.errorString());
    return checkVersion();
}

bool Workspace::checkVersion()
{
    QString detail;
    const int version = WorkspaceSchema::version(m_connection.database(), &detail);
    if (version < 0)
        return fail(tr("Could not read the workspace: %1").arg(detail));
    if (version == 0)
        return fail(noWorkspaceMessage(m_connection.url()));
    if (version > WorkspaceSchema::CurrentVersion)
        return fail(newerVersionMessage(version));
    if (version < WorkspaceSchema::CurrentVersion)
        return fail(olderVersionMessage(version));
    return true;
}

QList<Workspace::ProjectInfo> Workspace::projects()
{
    QList<ProjectInfo> result;
    QSqlQuery query(m_connection.database());
    // Editors name themselves in their watcher's application name
    // (WorkspaceWatcher::presencePrefix): "scs-editor <id> <user>".
    if (!query.exec(u"SELECT p.id, p.name, p.revision, p.saved_utc, p.saved_by,"
                    " (SELECT count(*) FROM scs.request r WHERE r.project_id = p.id),"
                    " (SELECT string_agg(DISTINCT substr(a.application_name,"
                    "   length('scs-editor ' || p.id || ' ') + 1), E'\\n')"
                    "  FROM pg_stat_activity a"
                    "  WHERE starts_with(a.application_name, 'scs-editor ' || p.id || ' '))"
                    " FROM scs.project p ORDER BY p.name"_s)) {
        fail(tr("Could not read the workspace: %1").arg(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        ProjectInfo info;
        info.id = query.value(0).toLongLong();
        info.name = query.value(1).toString();
        info.revision = query.value(2).toInt();
        info.savedUtc = query.value(3).toDateTime().toUTC();
        info.savedBy = query.value(4).toString();
        info.requests = query.value(5).toInt();
        info.openBy = query.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
        result.append(info);
    }
    return result;
}

std::optional<qint64> Workspace::projectId(const QString &name)
{
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT id FROM scs.project WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec()) {
        fail(tr("Could not read the workspace: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("The workspace has no project named \"%1\".").arg(name));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<qint64> Workspace::importProject(const Project &project, const QList<Revision> &history,
                                               const QString &userName)
{
    QList<Revision> revisions = history;
    if (revisions.isEmpty()) {
        Revision revision;
        revision.number = 1;
        revision.timeUtc = QDateTime::currentDateTimeUtc();
        revision.userName = userName;
        revision.hostName = QSysInfo::machineHostName();
        revision.appVersion = applicationVersion();
        for (const Request &request : project.requests)
            revision.requestOrder.append(request.uuid());
        revision.changes = ProjectDiff::compute(Project(), project);
        revisions.append(revision);
    }
    QSqlDatabase &db = m_connection.database();
    QSqlQuery query(db);
    QString detail;
    auto failed = [&](const QString &text) -> std::optional<qint64> {
        db.rollback();
        fail(text);
        return std::nullopt;
    };
    if (!db.transaction())
        return failed(tr("Could not bring the project into the workspace: %1").arg(db.lastError().text()));
    query.prepare(u"SELECT 1 FROM scs.project WHERE name = ?"_s);
    query.addBindValue(project.name);
    if (!query.exec())
        return failed(tr("Could not bring the project into the workspace: %1").arg(query.lastError().text()));
    if (query.next())
        return failed(tr("The workspace already has a project named \"%1\"; nothing was changed.")
                              .arg(project.name));
    query.prepare(u"INSERT INTO scs.project (name) VALUES (?) RETURNING id"_s);
    query.addBindValue(project.name);
    if (!query.exec() || !query.next())
        return failed(tr("Could not bring the project into the workspace: %1").arg(query.lastError().text()));
    const qint64 id = query.value(0).toLongLong();
    for (const Revision &revision : std::as_const(revisions)) {
        if (!WorkspaceStore::writeRevision(db, id, revision, &detail))
            return failed(tr("Could not bring the project into the workspace: %1").arg(detail));
    }
    if (!WorkspaceStore::writeProject(db, id, Project(), project, revisions.size(), userName, &detail))
        return failed(tr("Could not bring the project into the workspace: %1").arg(detail));
    if (!db.commit())
        return failed(tr("Could not bring the project into the workspace: %1").arg(db.lastError().text()));
    return id;
}

} // namespace scs

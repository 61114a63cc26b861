#include "WorkspaceProject.h"

#include "ProjectDiff.h"
#include "ProjectFile.h"
#include "WorkspaceStore.h"

#include "i18n/Version.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

Request *find(Project &project, const QUuid &uuid)
{
    for (Request &request : project.requests) {
        if (request.uuid() == uuid)
            return &request;
    }
    return nullptr;
}

const Request *find(const Project &project, const QUuid &uuid)
{
    for (const Request &request : project.requests) {
        if (request.uuid() == uuid)
            return &request;
    }
    return nullptr;
}

} // namespace

WorkspaceProject::WorkspaceProject()
    : m_userName(ProjectFile::defaultUserName())
{ }

WorkspaceProject::~WorkspaceProject() = default;

bool WorkspaceProject::fail(const QString &text)
{
    m_error = text;
    return false;
}

QString WorkspaceProject::location() const
{
    return tr("%1 in the workspace %2").arg(m_name, url());
}

bool WorkspaceProject::open(const QString &url, const QString &projectName)
{
    m_name = projectName;
    if (!m_workspace.open(url))
        return fail(m_workspace.errorString());
    const auto id = m_workspace.projectId(projectName);
    if (!id)
        return fail(m_workspace.errorString());
    m_projectId = *id;
    if (!reload())
        return false;
    return checkPrivileges();
}

bool WorkspaceProject::readCurrent(Project *project, int *revision, QString *detail) const
{
    return WorkspaceStore::readProject(m_workspace.connection().database(), m_projectId, project, revision,
                                       detail);
}

bool WorkspaceProject::readSaved(Project *project, int *revision)
{
    QString detail;
    if (readCurrent(project, revision, &detail))
        return true;
    // Once more on a new connection, if the server went away.
    if (!m_workspace.connection().isAlive() && m_workspace.connection().reopen()
        && readCurrent(project, revision, &detail))
        return true;
    return fail(tr("Could not read the project \"%1\" from the workspace: %2").arg(m_name, detail));
}

bool WorkspaceProject::reload()
{
    if (!readSaved(&m_project, &m_baseRevision))
        return false;
    m_conflicts.clear();
    return true;
}

bool WorkspaceProject::checkPrivileges()
{
    QSqlQuery query(m_workspace.connection().database());
    if (!query.exec(u"SELECT current_user, pg_is_in_recovery(),"
                    " has_table_privilege('scs.project', 'UPDATE')"
                    " AND has_table_privilege('scs.request', 'INSERT, UPDATE, DELETE')"
                    " AND has_table_privilege('scs.revision', 'INSERT')"
                    " AND has_table_privilege('scs.revision_change', 'INSERT')"
                    " AND has_table_privilege('scs.attachment_blob', 'INSERT')"_s)
        || !query.next())
        return fail(tr("Could not read the project \"%1\" from the workspace: %2")
                            .arg(m_name, query.lastError().text()));
    if (query.value(1).toBool())
        m_readOnly = tr("The workspace server is a read-only standby: the project can be read, not saved.");
    else if (!query.value(2).toBool())
        m_readOnly = tr("The database role \"%1\" may read this workspace but not change it: the project "
                        "is read-only. Ask the workspace's administrator for the editors' privileges.")
                             .arg(query.value(0).toString());
    else
        m_readOnly.clear();
    return true;
}

ProjectBackend::SaveResult WorkspaceProject::save(const Project &project)
{
    m_error.clear();
    if (isReadOnly()) {
        fail(m_readOnly);
        return SaveResult::Failed;
    }
    SaveResult result = SaveResult::Failed;
    if (trySave(project, &result) == Attempt::Done)
        return result;
    // The server dropped the connection (restarted, or a network cut): the
    // transaction did not happen. Connect again and save once more.
    if (!m_workspace.connection().reopen()) {
        fail(Workspace::connectionLostMessage(m_workspace.connection().errorString()));
        return SaveResult::Failed;
    }
    if (trySave(project, &result) == Attempt::Retry)
        fail(Workspace::connectionLostMessage(m_error));
    return result;
}

WorkspaceProject::Attempt WorkspaceProject::trySave(const Project &mine, SaveResult *result)
{
    QSqlDatabase &db = m_workspace.connection().database();
    QString detail;
    auto failed = [&](const QString &reason) {
        if (db.isOpen())
            db.rollback();
        *result = SaveResult::Failed;
        if (!m_workspace.connection().isAlive()) {
            m_error = reason;
            return Attempt::Retry;
        }
        fail(tr("Could not save the project \"%1\" in the workspace; nothing was saved: %2")
                     .arg(m_name, reason));
        return Attempt::Done;
    };
    if (!db.transaction())
        return failed(db.lastError().text());
    QSqlQuery query(db);
    // The project's row is the lock: saves of one project take turns.
    query.prepare(u"SELECT revision FROM scs.project WHERE id = ? FOR UPDATE"_s);
    query.addBindValue(m_projectId);
    if (!query.exec())
        return failed(query.lastError().text());
    if (!query.next())
        return failed(tr("the project was removed from the workspace"));
    const int current = query.value(0).toInt();

    Project theirs = m_project;
    Project toSave = mine;
    bool merged = false;
    if (current != m_baseRevision) {
        int revision = 0;
        if (!readCurrent(&theirs, &revision, &detail))
            return failed(detail);
        const ProjectMerge merge = ProjectMerge::merge(m_project, mine, theirs, false);
        if (!merge.conflicts.isEmpty()) {
            db.rollback();
            recordConflicts(merge, mine, theirs, current);
            *result = SaveResult::Conflict;
            m_error = tr("Someone else saved changes to the same fields of \"%1\" since you opened it: "
                         "choose, field by field, whose to keep.")
                              .arg(m_name);
            return Attempt::Done;
        }
        toSave = merge.project;
        merged = true;
    }

    const QList<Change> changes = ProjectDiff::compute(theirs, toSave);
    if (changes.isEmpty()) {
        db.rollback();
        m_project = theirs;
        m_baseRevision = current;
        *result = merged ? SaveResult::Merged : SaveResult::Saved;
        return Attempt::Done;
    }
    Revision revision;
    revision.number = current + 1;
    revision.timeUtc = QDateTime::currentDateTimeUtc();
    revision.userName = m_userName;
    revision.hostName = QSysInfo::machineHostName();
    revision.appVersion = applicationVersion();
    for (const Request &request : toSave.requests)
        revision.requestOrder.append(request.uuid());
    revision.changes = changes;
    if (!WorkspaceStore::writeProject(db, m_projectId, theirs, toSave, revision.number, m_userName, &detail)
        || !WorkspaceStore::writeRevision(db, m_projectId, revision, &detail))
        return failed(detail);
    // Delivered to the listeners when (and only if) the transaction commits.
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(Workspace::channel());
    query.addBindValue(u"%1 %2 %3"_s.arg(m_projectId).arg(revision.number).arg(m_userName));
    if (!query.exec())
        return failed(query.lastError().text());
    if (m_beforeCommit)
        m_beforeCommit();
    if (!db.commit())
        return failed(db.lastError().text());
    m_project = toSave;
    m_baseRevision = revision.number;
    m_conflicts.clear();
    *result = merged ? SaveResult::Merged : SaveResult::Saved;
    return Attempt::Done;
}

void WorkspaceProject::recordConflicts(const ProjectMerge &merge, const Project &mine, const Project &theirs,
                                       int revision)
{
    m_conflicts.clear();
    for (const ProjectMerge::Conflict &conflict : merge.conflicts) {
        Conflict entry;
        entry.request = conflict.request;
        entry.field = conflict.field;
        const Request *own = find(mine, conflict.request);
        const Request *other = find(theirs, conflict.request);
        entry.requestTitle = other ? other->title() : own ? own->title() : QString();
        if (conflict.field) {
            entry.mine = own ? own->value(*conflict.field) : FieldValue();
            entry.theirs = other ? other->value(*conflict.field) : FieldValue();
        } else if (conflict.request.isNull()) {
            entry.mine = mine.name;
            entry.theirs = theirs.name;
        } else {
            entry.mine = own ? FieldValue(own->title()) : FieldValue();
            entry.theirs = other ? FieldValue(other->title()) : FieldValue();
        }
        m_conflicts.append(entry);
    }
    m_conflictMine = mine;
    m_conflictTheirs = theirs;
    m_conflictRevision = revision;
}

ProjectBackend::SaveResult WorkspaceProject::takeIn(const Project &mine, Project *merged)
{
    m_error.clear();
    Project theirs;
    int revision = 0;
    if (!readSaved(&theirs, &revision))
        return SaveResult::Failed;
    if (revision == m_baseRevision)
        return SaveResult::Saved; // nothing new
    const ProjectMerge merge = ProjectMerge::merge(m_project, mine, theirs, false);
    if (!merge.conflicts.isEmpty()) {
        recordConflicts(merge, mine, theirs, revision);
        m_error = tr("You and someone else changed the same fields of \"%1\": choose, field by field, "
                     "whose to keep.")
                          .arg(m_name);
        return SaveResult::Conflict;
    }
    m_project = theirs;
    m_baseRevision = revision;
    m_conflicts.clear();
    *merged = merge.project;
    return SaveResult::Merged;
}

Project WorkspaceProject::resolve(const QList<bool> &takeMine)
{
    const Project &mine = m_conflictMine;
    Project resolved = ProjectMerge::merge(m_project, mine, m_conflictTheirs, false).project;
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        if (i >= takeMine.size() || !takeMine.at(i))
            continue;
        const Conflict &conflict = m_conflicts.at(i);
        const Request *own = find(mine, conflict.request);
        if (conflict.request.isNull()) {
            resolved.name = mine.name;
        } else if (conflict.field) {
            if (Request *request = find(resolved, conflict.request); request && own)
                request->setValue(*conflict.field, own->value(*conflict.field));
        } else if (!own) {
            resolved.requests.removeIf([&](const Request &r) { return r.uuid() == conflict.request; });
        } else if (Request *request = find(resolved, conflict.request)) {
            *request = *own;
        } else {
            resolved.requests.append(*own);
        }
    }
    // What is saved next goes on top of their revision.
    m_project = m_conflictTheirs;
    m_baseRevision = m_conflictRevision;
    m_conflicts.clear();
    return resolved;
}

std::optional<QList<Revision>> WorkspaceProject::readRevisions(bool withChanges, int upTo,
                                                               QString *detail) const
{
    auto revisions = WorkspaceStore::readRevisions(m_workspace.connection().database(), m_projectId,
                                                   withChanges, upTo, detail);
    if (!revisions && !m_workspace.connection().isAlive() && m_workspace.connection().reopen())
        revisions = WorkspaceStore::readRevisions(m_workspace.connection().database(), m_projectId,
                                                  withChanges, upTo, detail);
    return revisions;
}

QList<Revision> WorkspaceProject::revisions(bool withChanges) const
{
    QString detail;
    return readRevisions(withChanges, -1, &detail).value_or(QList<Revision>());
}

std::optional<Project> WorkspaceProject::projectAtRevision(int number) const
{
    QString detail;
    const auto revisions = readRevisions(true, number, &detail);
    if (number < 1 || !revisions || revisions->size() < number)
        return std::nullopt;
    Project project;
    for (const Revision &revision : *revisions) {
        if (!ProjectDiff::apply(project, revision.changes, revision.requestOrder))
            return std::nullopt;
    }
    return project;
}

std::optional<QList<Change>> WorkspaceProject::diff(int from, int to) const
{
    const auto before = projectAtRevision(from);
    const auto after = projectAtRevision(to);
    if (!before || !after)
        return std::nullopt;
    return ProjectDiff::compute(*before, *after);
}

} // namespace scs

#include "ProjectWriter.h"

#include "ContentChecksum.h"
#include "FileOps.h"
#include "ProjectStore.h"
#include "Schema.h"
#include "SqliteConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace scs::ProjectWriter {

namespace {

// Targets being written in this process: a second save of the same file
// while one runs (re-entered from an event loop, or another thread) is
// refused instead of racing on the temporary file.
QMutex busyMutex;
QSet<QString> busyTargets;

class BusyGuard
{
public:
    explicit BusyGuard(const QString &target)
        : m_target(target)
    {
        const QMutexLocker locker(&busyMutex);
        m_acquired = !busyTargets.contains(target);
        if (m_acquired)
            busyTargets.insert(target);
    }
    ~BusyGuard()
    {
        if (!m_acquired)
            return;
        const QMutexLocker locker(&busyMutex);
        busyTargets.remove(m_target);
    }
    bool acquired() const { return m_acquired; }

private:
    QString m_target;
    bool m_acquired = false;
};

bool buildDatabase(const Job &job, const QString &path, QString *error, int *revisionNumber)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::ReadWrite, error))
        return false;
    QSqlDatabase db = connection.database();
    // The file is thrown away if anything fails, and fsync'ed as a whole at
    // the end: no rollback journal on disk, no syncs while building.
    if (!connection.exec(u"PRAGMA journal_mode = MEMORY"_s, error)
        || !connection.exec(u"PRAGMA synchronous = OFF"_s, error) || !Schema::configure(db, error))
        return false;
    const bool withHistory = !job.historySource.isEmpty();
    if (withHistory && !ProjectStore::attachSource(db, job.historySource, error))
        return false;
    if (!db.transaction()) {
        *error = u"cannot begin a transaction"_s;
        return false;
    }
    QMap<QString, QString> meta = job.meta;
    meta.insert(u"content_sha256"_s, contentChecksum(*job.project));
    bool ok = Schema::create(db, error) && ProjectStore::writeProject(db, *job.project, error)
            && ProjectStore::writeMeta(db, meta, error);
    if (ok && withHistory)
        ok = ProjectStore::copyRevisionsFromSource(db, error);
    if (ok && job.revision) {
        QSqlQuery query(db);
        ok = query.exec(u"SELECT COALESCE(MAX(number), 0) FROM main.revision"_s) && query.next();
        Revision revision = *job.revision;
        revision.number = query.value(0).toInt() + 1;
        query.finish();
        ok = ok && ProjectStore::writeRevision(db, revision, error);
        if (ok && revisionNumber)
            *revisionNumber = revision.number;
    }
    if (ok && job.beforeCommit)
        job.beforeCommit();
    if (!ok || !db.commit()) {
        if (ok)
            *error = u"the commit failed"_s;
        db.rollback();
        return false;
    }
    if (withHistory)
        ProjectStore::detachSource(db);

    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA foreign_key_check"_s) || check.next()) {
        *error = u"foreign_key_check failed"_s;
        return false;
    }
    if (!check.exec(u"PRAGMA integrity_check"_s) || !check.next() || check.value(0).toString() != u"ok") {
        *error = u"integrity_check failed"_s;
        return false;
    }
    return true;
}

} // namespace

QString temporaryPathFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + u"/.~"_s + info.fileName() + u".saving"_s;
}

Result write(const Job &job, QString *error, int *revisionNumber)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString target = QFileInfo(job.target).absoluteFilePath();
    const BusyGuard busy(target);
    if (!busy.acquired())
        return Result::Busy;

    const QString temporary = temporaryPathFor(target);
    const QString directory = QFileInfo(target).absolutePath();
    // A replaced file keeps its permissions; a new one is private.
    const int existing = FileOps::permissions(target);
    const unsigned mode = existing >= 0 ? unsigned(existing) : 0600u;
    if (!FileOps::createEmpty(temporary, mode, error))
        return Result::Failed;
    const bool ok = buildDatabase(job, temporary, error, revisionNumber)
            && FileOps::syncFile(temporary, error) && FileOps::replace(temporary, target, error)
            && FileOps::syncDirectory(directory, error);
    if (!ok) {
        QFile::remove(temporary);
        return Result::Failed;
    }
    return Result::Ok;
}

} // namespace scs::ProjectWriter

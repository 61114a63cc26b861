#include "ProjectWriter.h"

#include "ContentChecksum.h"
#include "FileOps.h"
#include "Migrations.h"
#include "ProjectReader.h"
#include "ProjectStore.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "SqliteConnection.h"

#include "catalog/Catalog.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>

#include <cerrno>

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

bool isNoSpace(int errorNumber)
{
    return errorNumber == ENOSPC || errorNumber == EDQUOT;
}

// Where two projects differ first, for the message of a save that did not
// read back: "the project name", "request 2, field company.name".
QString firstDifference(const Project &written, const Project &read)
{
    if (written.name != read.name)
        return u"the project name"_s;
    if (written.requests.size() != read.requests.size())
        return u"the number of requests"_s;
    for (qsizetype i = 0; i < written.requests.size(); ++i) {
        const Request &a = written.requests.at(i);
        const Request &b = read.requests.at(i);
        if (a.uuid() != b.uuid() || a.title() != b.title())
            return u"the title of request %1"_s.arg(i + 1);
        for (const FieldDef &field : Catalog::fields()) {
            if (!(a.value(field.id) == b.value(field.id)))
                return u"request %1, field %2"_s.arg(i + 1).arg(QLatin1StringView(field.key));
        }
    }
    return u"the project"_s;
}

Result buildDatabase(const Job &job, const QString &path, QString *error, Revision *written)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::ReadWrite, error))
        return Result::Failed;
    const bool withHistory = !job.historySource.isEmpty();
    connection.setWorkBudget(SqliteConnection::BaseWorkBudget
                             + SqliteConnection::WorkPerByte
                                     * (withHistory ? QFileInfo(job.historySource).size() : 0));
    QSqlDatabase db = connection.database();
    auto failed = [&](const QString &reason) {
        if (connection.diskFull()) {
            *error = u"database or disk is full"_s;
            return Result::NoSpace;
        }
        if (!reason.isEmpty())
            *error = reason;
        return Result::Failed;
    };
    // Tests: SQLite runs out of room as on a full disk (SQLITE_FULL).
    if (FileOps::injectedFailure(FileOps::Operation::WriteDatabase))
        connection.exec(u"PRAGMA max_page_count = 1"_s);
    // The file is thrown away if anything fails, and fsync'ed as a whole at
    // the end: no rollback journal on disk, no syncs while building.
    if (!connection.exec(u"PRAGMA journal_mode = MEMORY"_s, error)
        || !connection.exec(u"PRAGMA synchronous = OFF"_s, error) || !Schema::configure(db, error))
        return failed({});
    const int version = Migrations::plan().currentVersion;
    if (withHistory) {
        connection.allowAttached(1);
        if (!ProjectStore::attachSource(db, job.historySource, error))
            return failed({});
        // The source is a file as untrusted as any: exactly our schema
        // before anything of it is read.
        if (const auto difference = SchemaCheck::verify(db, version, u"source"_s))
            return failed(u"the history source is not a project file: %1"_s.arg(difference->detail));
    }
    if (!db.transaction())
        return failed(u"cannot begin a transaction"_s);
    QMap<QString, QString> meta = job.meta;
    meta.insert(u"content_sha256"_s, contentChecksum(*job.project));
    bool ok = Schema::create(db, error) && ProjectStore::writeProject(db, *job.project, error)
            && ProjectStore::writeMeta(db, meta, error);
    if (ok && withHistory)
        ok = ProjectStore::copyRevisionsFromSource(db, error);
    int copied = 0;
    if (ok) {
        QSqlQuery query(db);
        ok = query.exec(u"SELECT COUNT(*) FROM main.revision"_s) && query.next();
        copied = query.value(0).toInt();
    }
    if (ok && withHistory && job.historyRevisions >= 0 && copied != job.historyRevisions) {
        *error = u"the file was replaced by another program since it was opened (%1 revisions, not %2)"_s
                         .arg(copied)
                         .arg(job.historyRevisions);
        ok = false;
    }
    int number = 0;
    if (ok && job.revision) {
        Revision revision = *job.revision;
        revision.number = number = copied + 1;
        ok = ProjectStore::writeRevision(db, revision, error);
    }
    if (ok && job.beforeCommit)
        job.beforeCommit();
    if (!ok || !db.commit()) {
        const Result result = failed(ok ? u"the commit failed"_s : QString());
        db.rollback();
        return result;
    }
    if (withHistory)
        ProjectStore::detachSource(db);

    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA foreign_key_check"_s) || check.next())
        return failed(u"foreign_key_check failed"_s);
    check = QSqlQuery();

    // Will it open again? Read it back the way every reader does.
    connection.setWorkBudget(SqliteConnection::BaseWorkBudget
                             + SqliteConnection::WorkPerByte * QFileInfo(path).size());
    ProjectReader::Result readBack = ProjectReader::check(connection, version, false);
    ProjectReader::Contents contents;
    if (readBack.ok())
        readBack = ProjectReader::read(connection, &contents, number > 0 ? number : copied + 1);
    if (!readBack.ok() && contents.project.requests.isEmpty() && contents.project.name.isEmpty()) {
        *error = u"the new file does not read back: %1"_s.arg(readBack.detail);
        return Result::NotReadBack;
    }
    if (!readBack.ok() || !(contents.project == *job.project)) {
        *error = u"%1 reads back different from what was saved"_s.arg(
                firstDifference(*job.project, contents.project));
        return Result::NotReadBack;
    }
    if (job.revision) {
        if (contents.revisions.size() != 1 || contents.revisions.first().number != number) {
            *error = u"the new revision does not read back"_s;
            return Result::NotReadBack;
        }
        if (written)
            *written = contents.revisions.first();
    }
    return Result::Ok;
}

} // namespace

QString temporaryPathFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + u"/.~"_s + info.fileName() + u".saving"_s;
}

Result write(const Job &job, QString *error, Revision *written)
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
    auto fileFailed = [&] {
        QFile::remove(temporary);
        return isNoSpace(FileOps::lastError()) ? Result::NoSpace : Result::Failed;
    };
    if (!FileOps::createEmpty(temporary, mode, error))
        return fileFailed();
    const Result built = buildDatabase(job, temporary, error, written);
    if (built != Result::Ok) {
        QFile::remove(temporary);
        FileOps::removeSideFiles(temporary, nullptr);
        return built;
    }
    // The old file's side files go before the new file takes its name.
    if (!FileOps::syncFile(temporary, error) || !FileOps::removeSideFiles(target, error)
        || !FileOps::replace(temporary, target, error))
        return fileFailed();
    if (!FileOps::syncDirectory(directory, error))
        return Result::NotSynced;
    return Result::Ok;
}

} // namespace scs::ProjectWriter

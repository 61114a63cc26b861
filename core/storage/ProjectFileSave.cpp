// ProjectFile's saves: checked against the limits, locked, written as a
// new file with a revision (ProjectWriter), and the history read from the
// new file from then on.
#include "ProjectFile.h"

#include "FileOps.h"
#include "ProjectDiff.h"
#include "ProjectLimits.h"
#include "ProjectWriter.h"
#include "SqliteConnection.h"

#include "i18n/Version.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace scs {

// A file beyond the limits would not open again: refuse it before writing.
bool ProjectFile::withinLimits(const QString &target, const Project &project)
{
    const auto beyond = ProjectLimits::check(project);
    if (!beyond)
        return true;
    m_error = Error::SaveExceedsLimits;
    m_errorString = message(m_error, QDir::toNativeSeparators(target), beyond->message());
    return false;
}

bool ProjectFile::save(const Project &project)
{
    m_error = Error::None;
    m_errorString.clear();
    if (!isOpen()) {
        m_error = Error::NotOpen;
        m_errorString = message(m_error, {});
        return false;
    }
    if (isReadOnly()) {
        m_error = Error::ReadOnly;
        m_errorString = readOnlySaveMessage();
        return false;
    }
    if (!withinLimits(m_path, project))
        return false;
    return write(m_resolved, project);
}

bool ProjectFile::saveAs(const QString &path, const Project &project)
{
    m_error = Error::None;
    m_errorString.clear();
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString resolved = FileOps::resolvedPath(target);
    if (isOpen() && resolved == m_resolved && !isReadOnly())
        return save(project);
    auto setError = [this, &target](Error error, const QString &detail = {}) {
        m_error = error;
        m_errorString = message(error, QDir::toNativeSeparators(target), detail);
        return false;
    };
    if (!QFileInfo(QFileInfo(resolved).absolutePath()).isDir())
        return setError(Error::DirectoryMissing);
    switch (FileOps::kindOf(resolved)) {
    case FileOps::Kind::Directory:
        return setError(Error::NotAFile);
    case FileOps::Kind::Other:
        return setError(Error::NotRegularFile);
    case FileOps::Kind::Missing:
    case FileOps::Kind::Regular:
    case FileOps::Kind::Unreadable:
        break;
    }
    if (!withinLimits(target, project))
        return false;

    auto lock = std::make_unique<ProjectLock>(resolved);
    switch (lock->tryLock()) {
    case ProjectLock::Result::Locked:
        break;
    case ProjectLock::Result::HeldByOther:
        // Who holds it, when known (not for another name of the same file).
        return setError(Error::LockedByOther, lock->owner().otherName ? QString() : describe(lock->owner()));
    case ProjectLock::Result::CannotCreate:
        return setError(Error::WriteFailed, tr("its lock file could not be created"));
    }

    // The history comes from the file open now (if any): swap in the new
    // lock and path only once the save went through.
    std::swap(m_lock, lock);
    const QString oldPath = m_path;
    const QString oldResolved = m_resolved;
    const ReadOnlyReason oldReason = m_readOnly;
    m_path = target;
    m_resolved = resolved;
    m_readOnly = ReadOnlyReason::None;
    if (write(resolved, project) || m_error == Error::NotSynced) {
        m_lockOwner = {};
        return m_error == Error::None;
    }
    std::swap(m_lock, lock);
    m_path = oldPath;
    m_resolved = oldResolved;
    m_readOnly = oldReason;
    return false;
}

bool ProjectFile::setWriteError(Error error, const QString &target, const QString &detail)
{
    m_error = error;
    m_errorString = message(error, QDir::toNativeSeparators(target), detail);
    return false;
}

bool ProjectFile::write(const QString &target, const Project &project)
{
    ProjectWriter::Job job;
    job.target = target;
    job.project = &project;
    if (isOpen()) {
        job.historySource = m_source->path();
        job.historyRevisions = int(m_revisions.size());
    }
    Revision revision;
    revision.timeUtc = QDateTime::currentDateTimeUtc();
    revision.userName = m_userName;
    revision.hostName = QSysInfo::machineHostName();
    revision.appVersion = applicationVersion();
    for (const Request &request : project.requests)
        revision.requestOrder.append(request.uuid());
    revision.changes = ProjectDiff::compute(isOpen() ? m_project : Project(), project);
    job.revision = revision;
    job.meta = {{u"app_version"_s, applicationVersion()},
                {u"saved_utc"_s, revision.timeUtc.toString(Qt::ISODateWithMs)}};
    job.beforeCommit = m_beforeCommit;

    // Messages name the file as the user knows it (a link stays a link).
    const QString shown = m_path.isEmpty() ? target : m_path;
    QString error;
    Revision written;
    const ProjectWriter::Result result = ProjectWriter::write(job, &error, &written);
    switch (result) {
    case ProjectWriter::Result::Ok:
    case ProjectWriter::Result::NotSynced:
        break;
    case ProjectWriter::Result::Busy:
        return setWriteError(Error::SaveInProgress, shown, {});
    case ProjectWriter::Result::Failed:
        return setWriteError(Error::WriteFailed, shown, error);
    case ProjectWriter::Result::NoSpace:
        return setWriteError(Error::NoSpace, shown, error);
    case ProjectWriter::Result::NotReadBack:
        return setWriteError(Error::NotReadBack, shown, error);
    }

    // The file was replaced: read the history from the new file from now
    // on, and lock it (a new inode).
    QString openError;
    auto source = std::make_unique<SqliteConnection>();
    if (!source->open(target, SqliteConnection::Mode::ReadOnly, &openError)) {
        m_source.reset();
        return setWriteError(Error::WriteFailed, shown, openError);
    }
    if (m_lock)
        m_lock->fileReplaced();
    m_source = std::move(source);
    m_migrated.reset();
    m_project = project;
    m_revisions.append(written);
    if (result == ProjectWriter::Result::NotSynced)
        return setWriteError(Error::NotSynced, shown, error);
    return true;
}

} // namespace scs

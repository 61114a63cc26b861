#include "ProjectFile.h"

#include "FileOps.h"
#include "Migrations.h"
#include "ProjectDiff.h"
#include "ProjectLimits.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"
#include "Schema.h"
#include "SqliteConnection.h"

#include "i18n/Version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

constexpr QByteArrayView sqliteMagic("SQLite format 3\0", 16);
constexpr qsizetype sqliteHeaderSize = 100;

// SQLite's result codes for a damaged file (QSqlError::nativeErrorCode).
bool isCorruptionCode(const QString &code)
{
    const int primary = code.toInt() & 0xff;
    return primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
}

// Writable for us, and not marked read-only by its owner: a file someone
// made read-only stays so even for an administrator who could write it.
bool isWritable(const QFileInfo &info)
{
    // The mode bits only: WriteUser is true for root whatever the bits say.
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// The file behind `path`: symbolic links followed, also a dangling one (a
// save creates its target) and a missing file's folder.
QString resolve(const QString &path, int depth = 0)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    if (info.isSymLink() && depth < 40)
        return resolve(info.symLinkTarget(), depth + 1);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

ProjectFile::ProjectFile()
    : m_userName(defaultUserName())
{ }

ProjectFile::~ProjectFile()
{
    close();
}

QString ProjectFile::defaultUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    if (const passwd *entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::getuid());
}

bool ProjectFile::isOpen() const
{
    return m_source && m_source->isOpen();
}

void ProjectFile::close()
{
    m_source.reset();
    m_migrated.reset();
    m_lock.reset();
    m_lockOwner = {};
    m_readOnly = ReadOnlyReason::None;
    m_path.clear();
    m_resolved.clear();
    m_project = {};
    m_revisions.clear();
}

bool ProjectFile::fail(Error error, const QString &detail)
{
    const QString path = m_path;
    close();
    m_error = error;
    m_errorString = message(error, QDir::toNativeSeparators(path), detail);
    return false;
}

QString ProjectFile::message(Error error, const QString &path, const QString &detail)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::FileMissing:
        return tr("The project file %1 does not exist.").arg(path);
    case Error::DirectoryMissing:
        return tr("The folder of %1 does not exist.").arg(path);
    case Error::NotAFile:
        return tr("%1 is a folder, not a project file.").arg(path);
    case Error::NotRegularFile:
        return tr("%1 is not a regular file (it is a pipe, a device or a socket), so it was not opened.")
                .arg(path);
    case Error::CannotRead:
        return tr("You do not have permission to read %1.").arg(path);
    case Error::NotSqlite:
        return tr("%1 is not a Shortcode Studio project file (it is not an SQLite database). "
                  "Nothing was changed.")
                .arg(path);
    case Error::OtherApplication:
        return tr("%1 is an SQLite database of another application, not a Shortcode Studio "
                  "project file. Nothing was changed.")
                .arg(path);
    case Error::Corrupt:
        return tr("%1 is damaged or incomplete (truncated or corrupted) and cannot be opened. "
                  "Nothing was changed; open a backup or a recovery copy instead.")
                .arg(path);
    case Error::NewerVersion:
        return tr("%1 was made by a newer version of Shortcode Studio; nothing was changed. "
                  "Update Shortcode Studio to open it.")
                .arg(path);
    case Error::ExceedsLimits:
        // %2 (filled by the caller) says which value and the limit.
        return tr("%1 goes beyond the limits of Shortcode Studio, so it was not opened: %2 Nothing was "
                  "changed.")
                .arg(path, detail);
    case Error::ForeignSchema:
        // %2 (filled by the caller) names the first object that is not ours.
        return tr("%1 holds database objects that Shortcode Studio never makes (%2), so it was not opened: "
                  "such a file can make a program hang or run out of memory while reading it. Nothing was "
                  "changed.")
                .arg(path, detail);
    case Error::TooMuchWork:
        return tr("Reading %1 was stopped: it needed far more work than a project file of its size ever "
                  "does, as a file built to make programs hang would. Nothing was changed.")
                .arg(path);
    case Error::SaveExceedsLimits:
        return tr("%1 was not saved: %2 Shorten it and save again.").arg(path, detail);
    case Error::NotOpen:
        return tr("No project file is open; choose where to save the project.");
    case Error::ReadOnly:
        return tr("%1 is open read-only, so it was not saved. Use Save As to keep your changes "
                  "in another file.")
                .arg(path);
    case Error::SaveInProgress:
        return tr("%1 is being saved already; try again when that save has finished.").arg(path);
    case Error::LockedByOther:
        return tr("%1 is open in another window or by another user, so it was not replaced.").arg(path);
    case Error::WriteFailed:
        // %2 (filled by the caller) is the system's reason.
        return tr("Could not save %1 (%2). The file on disk was left as it was.").arg(path, detail);
    case Error::NoSpace:
        return tr("Could not save %1: no space left on device (the disk or your quota is full). The file on "
                  "disk was left as it was, with what was saved before; free some space and save again.")
                .arg(path);
    case Error::NotReadBack:
        // %2 (filled by the caller) says what did not read back.
        return tr("%1 was not saved: what was written would not open again as it was saved (%2). The file "
                  "on disk was left as it was.")
                .arg(path, detail);
    case Error::NotSynced:
        // %2 (filled by the caller) is the system's reason.
        return tr("%1 was saved and the file was replaced, but the folder could not be synced to the disk "
                  "(%2): after a power cut the folder may still show the previous version. Save again to "
                  "be sure.")
                .arg(path, detail);
    case Error::NoSuchRevision:
        return tr("There is no such revision in %1.").arg(path);
    case Error::HistoryDamaged:
        return tr("The history of %1 is damaged (%2); nothing was changed. Open a backup or a recovery copy "
                  "instead.")
                .arg(path, detail);
    }
    return {};
}

QString ProjectFile::describe(const LockOwner &owner)
{
    const QString user = owner.userName.isEmpty() ? tr("another user") : owner.userName;
    const QString host = owner.hostName.isEmpty() ? tr("an unknown computer") : owner.hostName;
    return tr("%1 on %2 (%3, process %4)")
            .arg(user, host, owner.appName.isEmpty() ? tr("unknown program") : owner.appName)
            .arg(owner.processId);
}

QString ProjectFile::readOnlyMessage() const
{
    const QString path = QDir::toNativeSeparators(m_path);
    switch (m_readOnly) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("%1 is open read-only.").arg(path);
    case ReadOnlyReason::FileNotWritable:
        return tr("%1 is a read-only file, so it was opened read-only. Use Save As to keep "
                  "changes in another file.")
                .arg(path);
    case ReadOnlyReason::DirectoryNotWritable:
        return tr("The folder of %1 is read-only, so the project was opened read-only. Use Save "
                  "As to keep changes in another folder.")
                .arg(path);
    case ReadOnlyReason::LockedByOther:
        return tr("%1 is already open by %2, so it was opened read-only.").arg(path, describe(m_lockOwner));
    case ReadOnlyReason::LockedUnderOtherName:
        return tr("%1 is already open under another name of the same file (a hard link), so it was opened "
                  "read-only.")
                .arg(path);
    case ReadOnlyReason::LockUnavailable:
        return tr("The lock file of %1 could not be created, so it was opened read-only.").arg(path);
    }
    return {};
}

bool ProjectFile::open(const QString &path, OpenMode mode)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();

    // Everything that can be told without SQLite first, from the header,
    // read without blocking: a FIFO or a device is refused, never waited on.
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(Error::DirectoryMissing);
    QByteArray header;
    FileOps::Kind kind = FileOps::Kind::Missing;
    if (!FileOps::readRegular(m_path, sqliteHeaderSize, &header, &kind, nullptr)) {
        switch (kind) {
        case FileOps::Kind::Missing:
            return fail(Error::FileMissing);
        case FileOps::Kind::Directory:
            return fail(Error::NotAFile);
        case FileOps::Kind::Other:
            return fail(Error::NotRegularFile);
        case FileOps::Kind::Regular:
        case FileOps::Kind::Unreadable:
            break;
        }
        return fail(Error::CannotRead);
    }
    if (!header.startsWith(sqliteMagic)) {
        // An empty file, or one cut off inside the magic, is a truncated one.
        const bool truncated = header.isEmpty() || sqliteMagic.startsWith(QByteArrayView(header));
        return fail(truncated ? Error::Corrupt : Error::NotSqlite);
    }
    if (header.size() < sqliteHeaderSize)
        return fail(Error::Corrupt);
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != Schema::ApplicationId)
        return fail(Error::OtherApplication);
    const int current = Migrations::plan().currentVersion;
    if (userVersion > current)
        return fail(Error::NewerVersion);
    if (userVersion < 1)
        return fail(Error::Corrupt);

    // The file itself, behind any symbolic link: what is locked and saved.
    m_resolved = resolve(m_path);
    const QFileInfo resolved(m_resolved);
    // Read-only or locked, before reading, so that nobody saves between
    // our read and our lock.
    if (mode == OpenMode::ReadOnly) {
        m_readOnly = ReadOnlyReason::Requested;
    } else if (!isWritable(resolved)) {
        m_readOnly = ReadOnlyReason::FileNotWritable;
    } else if (!isWritable(QFileInfo(resolved.absolutePath()))) {
        m_readOnly = ReadOnlyReason::DirectoryNotWritable;
    } else {
        m_lock = std::make_unique<ProjectLock>(m_resolved);
        switch (m_lock->tryLock()) {
        case ProjectLock::Result::Locked:
            break;
        case ProjectLock::Result::HeldByOther:
            m_lockOwner = m_lock->owner();
            m_readOnly = m_lockOwner.otherName ? ReadOnlyReason::LockedUnderOtherName
                                               : ReadOnlyReason::LockedByOther;
            m_lock.reset();
            break;
        case ProjectLock::Result::CannotCreate:
            m_readOnly = ReadOnlyReason::LockUnavailable;
            m_lock.reset();
            break;
        }
    }
    return openDatabase(m_resolved, userVersion);
}

bool ProjectFile::failRead(const SqliteConnection &connection, int problem, const QString &detail)
{
    Q_UNUSED(connection)
    switch (ProjectReader::Problem(problem)) {
    case ProjectReader::Problem::None:
        break;
    case ProjectReader::Problem::ForeignSchema:
        return fail(Error::ForeignSchema, detail);
    case ProjectReader::Problem::Damaged:
        return fail(Error::Corrupt);
    case ProjectReader::Problem::ExceedsLimits:
    case ProjectReader::Problem::HistoryExceedsLimits:
        return fail(Error::ExceedsLimits, detail);
    case ProjectReader::Problem::HistoryDamaged:
        return fail(Error::HistoryDamaged, detail);
    case ProjectReader::Problem::TooMuchWork:
        return fail(Error::TooMuchWork);
    }
    return fail(Error::Corrupt);
}

bool ProjectFile::openDatabase(const QString &path, int version)
{
    auto source = std::make_unique<SqliteConnection>();
    QString error;
    QString code;
    if (!source->open(path, SqliteConnection::Mode::ReadOnly, &error, &code))
        return fail(isCorruptionCode(code) ? Error::Corrupt : Error::CannotRead);
    // Nothing of the file is read before its schema is known to be ours.
    ProjectReader::Result result = ProjectReader::check(*source, version);
    if (!result.ok())
        return failRead(*source, int(result.problem), result.detail);

    if (version < Migrations::plan().currentVersion) {
        // Migrate a private copy; the user's file stays as it is until a
        // save replaces it with a file of the current version.
        source->close();
        m_migrated = std::make_unique<QTemporaryDir>();
        const QString copy = m_migrated->filePath(u"migrated.scproj"_s);
        if (!m_migrated->isValid() || !QFile::copy(path, copy))
            return fail(Error::CannotRead);
        {
            SqliteConnection writable;
            if (!writable.open(copy, SqliteConnection::Mode::ReadWrite)) {
                return fail(Error::CannotRead);
            }
            QSqlDatabase copyDb = writable.database();
            const bool migrated =
                    Schema::configure(copyDb, &error) && Migrations::migrate(copyDb, version, &error);
            copyDb = QSqlDatabase();
            if (!migrated)
                return fail(Error::Corrupt);
        }
        if (!source->open(copy, SqliteConnection::Mode::ReadOnly))
            return fail(Error::CannotRead);
        result = ProjectReader::check(*source, Migrations::plan().currentVersion);
        if (!result.ok())
            return failRead(*source, int(result.problem), result.detail);
    }

    ProjectReader::Contents contents;
    result = ProjectReader::read(*source, &contents);
    if (!result.ok())
        return failRead(*source, int(result.problem), result.detail);
    m_project = std::move(contents.project);
    m_revisions = std::move(contents.revisions);
    m_source = std::move(source);
    return true;
}

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
        m_errorString = message(m_error, QDir::toNativeSeparators(m_path)) + u' ' + readOnlyMessage();
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
    const QString resolved = resolve(target);
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
        setError(Error::LockedByOther);
        if (!lock->owner().otherName)
            m_errorString += u' ' + tr("It is open by %1.").arg(describe(lock->owner()));
        return false;
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

QList<Revision> ProjectFile::revisions(bool withChanges) const
{
    if (withChanges)
        return m_revisions;
    QList<Revision> result = m_revisions;
    for (Revision &revision : result)
        revision.changes.clear();
    return result;
}

std::optional<Revision> ProjectFile::revision(int number) const
{
    if (number < 1 || number > m_revisions.size())
        return std::nullopt;
    return m_revisions.at(number - 1);
}

std::optional<Project> ProjectFile::projectAtRevision(int number) const
{
    if (number < 1 || number > m_revisions.size())
        return std::nullopt;
    Project project;
    for (qsizetype i = 0; i < number; ++i) {
        const Revision &revision = m_revisions.at(i);
        if (!ProjectDiff::apply(project, revision.changes, revision.requestOrder))
            return std::nullopt;
    }
    return project;
}

std::optional<QList<Change>> ProjectFile::diff(int from, int to) const
{
    const auto before = projectAtRevision(from);
    const auto after = projectAtRevision(to);
    if (!before || !after)
        return std::nullopt;
    return ProjectDiff::compute(*before, *after);
}

bool ProjectFile::load(const QString &path, Project *project, QString *error)
{
    ProjectFile file;
    if (!file.open(path, OpenMode::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    *project = file.project();
    return true;
}

} // namespace scs

// ProjectFile: opening (the header checked before SQLite, the lock, a
// migrated private copy) and the history read when it opened.
#include "ProjectFile.h"

#include "FileOps.h"
#include "InputFile.h"
#include "Migrations.h"
#include "ProjectDiff.h"
#include "ProjectReader.h"
#include "Schema.h"
#include "SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

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
    if (!header.startsWith(InputFile::SqliteMagic)) {
        // An empty file, or one cut off inside the magic, is a truncated one.
        const bool truncated = header.isEmpty() || InputFile::SqliteMagic.startsWith(QByteArrayView(header));
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
    m_resolved = FileOps::resolvedPath(m_path);
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

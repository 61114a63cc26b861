#include "FileOps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scs::FileOps {

namespace {

thread_local int lastErrno = 0;
std::array<std::atomic<int>, 6> injected {};

bool fail(QString *error, const QString &path)
{
    lastErrno = errno;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno)) + QLatin1StringView(": ") + path;
    return false;
}

// A failure injected by a test: errno set as the system would.
bool injectedHere(Operation operation)
{
    const int number = injectedFailure(operation);
    if (number == 0)
        return false;
    errno = number;
    return true;
}

// Opens `path` with `flags` and flushes it to the disk.
bool syncOpened(const QString &path, int flags, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return fail(error, path);
    if (::fsync(fd) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return fail(error, path);
    }
    ::close(fd);
    return true;
}

} // namespace

int lastError()
{
    return lastErrno;
}

void injectFailure(Operation operation, int errorNumber)
{
    injected[std::size_t(operation)] = errorNumber;
}

void clearInjectedFailures()
{
    for (auto &number : injected)
        number = 0;
}

int injectedFailure(Operation operation)
{
    return injected[std::size_t(operation)];
}

bool createEmpty(const QString &path, unsigned mode, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    if (injectedHere(Operation::CreateEmpty))
        return fail(error, path);
    if (!removeSideFiles(path, error))
        return false;
    if (::unlink(name.constData()) != 0 && errno != ENOENT)
        return fail(error, path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return fail(error, path);
    // The umask may have taken bits away; set exactly what was asked.
    const bool ok = ::fchmod(fd, mode) == 0;
    ::close(fd);
    return ok || fail(error, path);
}

bool syncFile(const QString &path, QString *error)
{
    if (injectedHere(Operation::SyncFile))
        return fail(error, path);
    return syncOpened(path, O_RDONLY | O_CLOEXEC, error);
}

bool syncDirectory(const QString &path, QString *error)
{
    if (injectedHere(Operation::SyncDirectory))
        return fail(error, path);
    return syncOpened(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, error);
}

bool replace(const QString &source, const QString &target, QString *error)
{
    if (injectedHere(Operation::Replace))
        return fail(error, target);
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0)
        return fail(error, target);
    return true;
}

bool removeSideFiles(const QString &databasePath, QString *error)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString side = databasePath + QLatin1StringView(suffix);
        if (injectedHere(Operation::RemoveSideFile))
            return fail(error, side);
        if (::unlink(QFile::encodeName(side).constData()) != 0 && errno != ENOENT)
            return fail(error, side);
    }
    return true;
}

int permissions(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

bool setPermissions(const QString &path, unsigned mode, QString *error)
{
    if (::chmod(QFile::encodeName(path).constData(), mode) != 0)
        return fail(error, path);
    return true;
}

bool openPrivate(QSaveFile *file)
{
    const bool exists = QFileInfo::exists(file->fileName());
    if (!file->open(QIODevice::WriteOnly))
        return false;
    // On the temporary file QSaveFile renames into place.
    if (!exists && !file->setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        file->cancelWriting();
        return false;
    }
    return true;
}

bool makePrivate(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(error, path);
    struct stat info;
    const bool ok = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok || fail(error, path);
}

Kind kindOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return errno == ENOENT || errno == ENOTDIR ? Kind::Missing : Kind::Unreadable;
    if (S_ISREG(info.st_mode))
        return Kind::Regular;
    if (S_ISDIR(info.st_mode))
        return Kind::Directory;
    return Kind::Other;
}

bool readRegular(const QString &path, qint64 maxBytes, QByteArray *data, Kind *kind, QString *error,
                 bool *truncated)
{
    Kind ignored;
    if (!kind)
        kind = &ignored;
    if (truncated)
        *truncated = false;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *kind = errno == ENOENT || errno == ENOTDIR ? Kind::Missing : Kind::Unreadable;
        return fail(error, path);
    }
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        *kind = S_ISDIR(info.st_mode) ? Kind::Directory : Kind::Other;
        ::close(fd);
        errno = *kind == Kind::Directory ? EISDIR : EINVAL;
        return fail(error, path);
    }
    *kind = Kind::Regular;
    // A regular file never blocks; reads see the whole file.
    QByteArray bytes;
    const qint64 wanted = std::min<qint64>(info.st_size, maxBytes);
    bytes.reserve(qsizetype(wanted));
    char buffer[65536];
    while (bytes.size() <= maxBytes) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return fail(error, path);
        }
        if (got == 0)
            break;
        bytes.append(buffer, got);
    }
    ::close(fd);
    if (bytes.size() > maxBytes) {
        if (truncated)
            *truncated = true;
        bytes.truncate(qsizetype(maxBytes));
    }
    *data = std::move(bytes);
    return true;
}

// The file behind `path`: symbolic links followed, also a dangling one (a
// save creates its target) and a missing file's folder.
QString resolvedPath(const QString &path, int depth)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    if (info.isSymLink() && depth < 40)
        return resolvedPath(info.symLinkTarget(), depth + 1);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace scs::FileOps

#include "FileOps.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scs::FileOps {

namespace {

bool fail(QString *error, const QString &path)
{
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno)) + QLatin1StringView(": ") + path;
    return false;
}

} // namespace

bool createEmpty(const QString &path, unsigned mode, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
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
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(error, path);
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok || fail(error, path);
}

bool syncDirectory(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(error, path);
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok || fail(error, path);
}

bool replace(const QString &source, const QString &target, QString *error)
{
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0)
        return fail(error, target);
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

} // namespace scs::FileOps

#include "ProjectLock.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

// The byte of the project file our lock covers: "SCSP" in the high bits,
// far from SQLite's lock bytes (1 GiB onwards) and from any real data.
constexpr off_t FileLockOffset = off_t(0x53435350) << 32;

enum class FileLock { Taken, Held, Unsupported };

FileLock setFileLock(int fd)
{
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = FileLockOffset;
    lock.l_len = 1;
    if (::fcntl(fd, F_OFD_SETLK, &lock) == 0)
        return FileLock::Taken;
    // Only these say another holds it; a file system without such locks
    // (some network file systems) keeps the lock file's protection alone.
    return errno == EAGAIN || errno == EACCES ? FileLock::Held : FileLock::Unsupported;
}

enum class Content { Readable, Incomplete, Unreadable };

// What is in a lock file QLockFile could not make sense of.
Content inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.exists() ? Content::Unreadable : Content::Incomplete;
    return Content::Incomplete; // readable, but empty or not QLockFile's
}

} // namespace

ProjectLock::ProjectLock(const QString &projectPath)
    : m_projectPath(projectPath)
    , m_lockPath(lockPathFor(projectPath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // QLockFile's default takes over locks older than 30 s even when their
    // process is alive; a project stays open for hours.
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    unlockFile();
}

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + u"/.~"_s + info.fileName() + u".lock"_s;
}

ProjectLock::Result ProjectLock::tryLock()
{
    if (m_lock->isLocked())
        return Result::Locked;
    m_owner = {};
    // A FIFO, a device or a folder where the lock file goes is no lock of
    // ours, and QLockFile would wait forever reading a FIFO for its owner.
    struct stat lockInfo;
    if (::stat(QFile::encodeName(m_lockPath).constData(), &lockInfo) == 0 && !S_ISREG(lockInfo.st_mode))
        return Result::CannotCreate;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_lock->tryLock(0)) {
            // Private like the project: it names the user, host and process.
            QFile::setPermissions(m_lockPath, QFile::ReadOwner | QFile::WriteOwner);
            if (lockFile())
                return Result::Locked;
            m_lock->unlock();
            m_owner = {};
            m_owner.otherName = true;
            return Result::HeldByOther;
        }
        if (m_lock->error() != QLockFile::LockFailedError)
            return Result::CannotCreate;
        const QFileInfo info(m_lockPath);
        m_owner.userName = info.owner();
        if (m_lock->getLockInfo(&m_owner.processId, &m_owner.hostName, &m_owner.appName))
            return Result::HeldByOther; // alive, or on another host
        // No readable content: a lock file of another user (0600), or one
        // left half-made by a crash between creating and writing it.
        if (inspect(m_lockPath) == Content::Unreadable)
            return Result::HeldByOther;
        const qint64 age = qAbs(info.lastModified().msecsTo(QDateTime::currentDateTime()));
        if (age < IncompleteLockAgeMs)
            return Result::HeldByOther; // still being written, perhaps
        // QLockFile's removal fails while any process holds the file open
        // (flock), so a live creator keeps it.
        if (!m_lock->removeStaleLockFile())
            return Result::HeldByOther;
        m_owner = {};
    }
    return Result::HeldByOther;
}

bool ProjectLock::lockFile()
{
    unlockFile();
    const int fd =
            ::open(QFile::encodeName(m_projectPath).constData(), O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT; // a new file: locked once it is written
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return false;
    }
    switch (setFileLock(fd)) {
    case FileLock::Taken:
        m_fileDescriptor = fd;
        return true;
    case FileLock::Held:
        ::close(fd);
        return false;
    case FileLock::Unsupported:
        break;
    }
    ::close(fd);
    return true;
}

void ProjectLock::unlockFile()
{
    if (m_fileDescriptor < 0)
        return;
    ::close(m_fileDescriptor); // drops the OFD lock
    m_fileDescriptor = -1;
}

void ProjectLock::fileReplaced()
{
    if (m_lock->isLocked())
        lockFile();
}

void ProjectLock::unlock()
{
    unlockFile();
    m_lock->unlock();
}

bool ProjectLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace scs

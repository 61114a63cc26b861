#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace scs {

// Who holds the lock of a project file (QLockFile's information plus the
// lock file's owner, which names the user).
struct LockOwner
{
    qint64 processId = 0;
    QString hostName;
    QString appName;
    QString userName;
    // The holder opened the same file under another name (a hard link):
    // only the file's own lock says so, not who it is.
    bool otherName = false;
};

// The lock of a project file, in two parts:
//  - ".~NAME.scproj.lock" beside the file (QLockFile: process id, host,
//    program; mode 0600): the same project opened twice (two windows, two
//    instances, two machines on a shared folder) is detected and the second
//    opener goes read-only, told who has it. Give it the resolved path
//    (symbolic links followed), so every link to a file shares one lock.
//  - an OFD lock (fcntl F_OFD_SETLK) on one byte of the file itself, far
//    beyond SQLite's own lock bytes: it belongs to the file (device and
//    inode), so hard links, which have names of their own, share it too.
//    The system drops it when the process ends.
// A lock path that is not a regular file (a FIFO, a device, a folder)
// cannot be locked (CannotCreate), without waiting on it.
// A lock left by a process that died on this host is taken over
// (QLockFile's rule); so is a lock file without readable content (a crash
// between creating and writing it) once it is older than
// IncompleteLockAgeMs and nobody holds it open. A live owner keeps its lock
// however long it is open.
class ProjectLock
{
public:
    enum class Result { Locked, HeldByOther, CannotCreate };

    static constexpr int IncompleteLockAgeMs = 30'000; // QLockFile's own default

    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();

    static QString lockPathFor(const QString &projectPath);

    Result tryLock();
    void unlock();
    bool isLocked() const;
    // After HeldByOther: who holds it.
    LockOwner owner() const { return m_owner; }

    // After a save replaced the file (a new inode): the file lock moves to
    // the new file.
    void fileReplaced();

private:
    bool lockFile();
    void unlockFile();

    QString m_projectPath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    LockOwner m_owner;
    int m_fileDescriptor = -1;
};

} // namespace scs

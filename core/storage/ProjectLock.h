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
};

// The lock beside a project file, ".~NAME.scproj.lock": the same project
// opened twice (two windows, two instances, two machines on a shared
// folder) is detected and the second opener goes read-only. A lock left by
// a process that died is taken over (QLockFile's stale detection, by
// process id only: a live owner keeps its lock however old it is).
class ProjectLock
{
public:
    enum class Result { Locked, HeldByOther, CannotCreate };

    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();

    static QString lockPathFor(const QString &projectPath);

    Result tryLock();
    void unlock();
    bool isLocked() const;
    // After HeldByOther: who holds it.
    LockOwner owner() const { return m_owner; }

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    LockOwner m_owner;
};

} // namespace scs

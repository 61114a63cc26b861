#include "ProjectLock.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace scs {

ProjectLock::ProjectLock(const QString &projectPath)
    : m_lockPath(lockPathFor(projectPath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // QLockFile's default takes over locks older than 30 s even when their
    // process is alive; a project stays open for hours.
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + u"/.~"_s + info.fileName() + u".lock"_s;
}

ProjectLock::Result ProjectLock::tryLock()
{
    if (m_lock->isLocked())
        return Result::Locked;
    if (m_lock->tryLock(0))
        return Result::Locked;
    if (m_lock->error() != QLockFile::LockFailedError)
        return Result::CannotCreate;
    m_owner = {};
    m_lock->getLockInfo(&m_owner.processId, &m_owner.hostName, &m_owner.appName);
    m_owner.userName = QFileInfo(m_lockPath).owner();
    return Result::HeldByOther;
}

void ProjectLock::unlock()
{
    m_lock->unlock();
}

bool ProjectLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace scs

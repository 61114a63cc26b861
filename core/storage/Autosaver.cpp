#include "Autosaver.h"

#include "RecoveryStore.h"

#include <algorithm>

namespace scs {

Autosaver::Autosaver(RecoveryStore *store, const QString &key, const QString &originalPath, Snapshot snapshot,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_key(key)
    , m_originalPath(originalPath)
    , m_snapshot(std::move(snapshot))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::flush);
}

Autosaver::~Autosaver() = default;

void Autosaver::setInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    if (m_timer.isActive()) {
        m_timer.stop();
        schedule();
    }
}

void Autosaver::setOriginal(const QString &key, const QString &originalPath)
{
    if (key != m_key)
        m_store->remove(m_key);
    m_key = key;
    m_originalPath = originalPath;
}

void Autosaver::markDirty()
{
    m_dirty = true;
    if (!m_timer.isActive())
        schedule();
}

void Autosaver::schedule()
{
    // At most one copy per interval: after a write, wait out the rest of
    // the interval; the first change of a session waits a full interval.
    qint64 wait = m_interval;
    if (m_sinceWrite.isValid())
        wait = std::max<qint64>(0, m_interval - m_sinceWrite.elapsed());
    m_timer.start(int(wait));
}

void Autosaver::markClean()
{
    m_dirty = false;
    m_timer.stop();
    m_store->remove(m_key);
}

bool Autosaver::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    QString error;
    if (!m_store->write(m_key, m_originalPath, m_snapshot(), &error)) {
        // Try again after another interval; the editor shows the message.
        m_sinceWrite.start();
        schedule();
        Q_EMIT failed(error);
        return false;
    }
    m_dirty = false;
    m_sinceWrite.start();
    Q_EMIT written(m_key);
    return true;
}

} // namespace scs

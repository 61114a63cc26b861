#include "Autosaver.h"

#include <QCoreApplication>

#include <algorithm>

namespace scs {

Autosaver::Autosaver(RecoveryStore *store, const QString &key, const RecoverySource &source,
                     Snapshot snapshot, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_key(key)
    , m_source(source)
    , m_snapshot(std::move(snapshot))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::writeInBackground);
}

Autosaver::~Autosaver()
{
    // A write under way finishes first; its report is dropped with us.
    m_pool.waitForDone();
    if (!m_unsaved)
        m_store->remove(m_key);
    if (m_claim && !m_unsaved)
        m_claim->release();
}

void Autosaver::setInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    if (m_timer.isActive()) {
        m_timer.stop();
        schedule();
    }
}

void Autosaver::setSource(const QString &key, const RecoverySource &source)
{
    if (key != m_key) {
        m_store->remove(m_key);
        if (m_claim)
            m_claim->release();
        m_claim.reset();
    }
    m_key = key;
    m_source = source;
}

void Autosaver::setBaseRevision(int revision)
{
    m_source.baseRevision = revision;
}

void Autosaver::markDirty()
{
    m_dirty = true;
    m_unsaved = true;
    if (!m_timer.isActive() && !m_writing)
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
    m_unsaved = false;
    ++m_cleanCount;
    m_timer.stop();
    m_store->remove(m_key);
}

void Autosaver::claim()
{
    // Before the first copy exists: a copy is never seen unclaimed while
    // its session runs. Without a claim (the lock file cannot be made) the
    // copy is still written: better offered twice than lost.
    if (!m_claim)
        m_claim = std::make_unique<RecoveryClaim>(*m_store, m_key);
}

void Autosaver::writeInBackground()
{
    m_timer.stop();
    if (!m_dirty || m_writing)
        return;
    claim();
    const Project project = m_snapshot();
    m_dirty = false;
    m_writing = true;
    const RecoveryStore *store = m_store;
    const QString key = m_key;
    const RecoverySource source = m_source;
    const quint64 cleanCount = m_cleanCount;
    const std::function<void()> hook = m_beforeWrite;
    m_pool.start([this, store, key, source, project, cleanCount, hook] {
        if (hook)
            hook();
        QString error;
        const bool ok = store->write(key, source, project, &error);
        QMetaObject::invokeMethod(
                this, [this, key, cleanCount, ok, error] { writeFinished(key, cleanCount, ok, error); },
                Qt::QueuedConnection);
    });
}

void Autosaver::writeFinished(const QString &key, quint64 cleanCount, bool ok, const QString &error)
{
    m_writing = false;
    m_sinceWrite.start();
    if (cleanCount != m_cleanCount || key != m_key) {
        // Saved (or moved by Save As) while the copy was being written:
        // that copy is not wanted.
        m_store->remove(key);
    } else if (!ok) {
        // Try again after another interval; the editor shows the message.
        m_dirty = true;
        schedule();
        Q_EMIT failed(error);
        return;
    } else {
        Q_EMIT written(key);
    }
    if (m_dirty)
        schedule();
}

bool Autosaver::flush()
{
    m_timer.stop();
    m_pool.waitForDone();
    // Delivers the report of a write that just finished.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (!m_dirty)
        return true;
    claim();
    QString error;
    if (!m_store->write(m_key, m_source, m_snapshot(), &error)) {
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

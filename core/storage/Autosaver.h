#pragma once

#include "RecoveryStore.h"

#include "model/Project.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

namespace scs {

// Writes recovery copies of a project with unsaved changes, at most once
// per interval (default 30 s). The editor calls markDirty() on every change
// and markClean() after a save; the project is fetched from `snapshot` (a
// copy of the value, cheap: its lists are shared) only when a copy is due,
// and written on a worker thread, so typing never waits for the disk.
//
// The copies go under this session's own key (RecoveryStore::newKey()),
// claimed with a RecoveryClaim while the session runs: markClean() and the
// destructor remove this session's copy only, never another's.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    using Snapshot = std::function<Project()>;

    static constexpr int DefaultIntervalMs = 30'000;

    // `key`: RecoveryStore::newKey(path); `source.path` empty for an
    // untitled project.
    Autosaver(RecoveryStore *store, const QString &key, const RecoverySource &source, Snapshot snapshot,
              QObject *parent = nullptr);
    // Waits for a write under way; removes the copy unless there are
    // unsaved changes (which only a crash or an explicit discard leaves).
    ~Autosaver() override;

    void setInterval(int milliseconds);
    int interval() const { return m_interval; }

    // After Save As: the copies go under the new key from now on.
    void setSource(const QString &key, const RecoverySource &source);
    // After a save: the file's newest revision, recorded in later copies.
    void setBaseRevision(int revision);
    QString key() const { return m_key; }
    RecoverySource source() const { return m_source; }

    // There are unsaved changes: write a copy when the interval allows.
    void markDirty();
    // Saved (or the changes were undone or discarded): no copy is needed;
    // removes this session's copy.
    void markClean();
    // Writes now, on the calling thread, if there are unsaved changes not
    // yet in a copy (after waiting for a write under way). False when the
    // write failed.
    bool flush();

    bool isDirty() const { return m_dirty; }
    // Tests: runs on the writing thread before each background write.
    void setBeforeWriteHook(std::function<void()> hook) { m_beforeWrite = std::move(hook); }
    // A background write is under way.
    bool isWriting() const { return m_writing; }

Q_SIGNALS:
    void written(const QString &key);
    void failed(const QString &message);

private:
    void schedule();
    void writeInBackground();
    void writeFinished(const QString &key, quint64 cleanCount, bool ok, const QString &error);
    void claim();

    RecoveryStore *m_store;
    QString m_key;
    RecoverySource m_source;
    Snapshot m_snapshot;
    std::function<void()> m_beforeWrite;
    int m_interval = DefaultIntervalMs;
    bool m_dirty = false; // changes not in a copy yet
    bool m_unsaved = false; // changes not saved (a copy is wanted)
    bool m_writing = false;
    quint64 m_cleanCount = 0; // markClean() calls: a write begun before the last one is stale
    std::unique_ptr<RecoveryClaim> m_claim;
    QTimer m_timer;
    QElapsedTimer m_sinceWrite;
    QThreadPool m_pool; // one thread: copies are written one after another
};

} // namespace scs

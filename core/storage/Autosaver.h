#pragma once

#include "model/Project.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace scs {

class RecoveryStore;

// Writes recovery copies of a project with unsaved changes, at most once
// per interval (default 30 s). The editor calls markDirty() on every change
// and markClean() after a save; the project is fetched from `snapshot`
// only when a copy is due.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    using Snapshot = std::function<Project()>;

    static constexpr int DefaultIntervalMs = 30'000;

    // `key`: RecoveryStore::keyForPath(path) or newUntitledKey();
    // `originalPath` empty for an untitled project.
    Autosaver(RecoveryStore *store, const QString &key, const QString &originalPath, Snapshot snapshot,
              QObject *parent = nullptr);
    ~Autosaver() override;

    void setInterval(int milliseconds);
    int interval() const { return m_interval; }

    // After Save As: the copies go under the new key from now on.
    void setOriginal(const QString &key, const QString &originalPath);
    QString key() const { return m_key; }

    // There are unsaved changes: write a copy when the interval allows.
    void markDirty();
    // Saved (or the changes were undone): no copy is needed; removes it.
    void markClean();
    // Writes now if there are unsaved changes (e.g. before a risky action).
    bool flush();

    bool isDirty() const { return m_dirty; }

Q_SIGNALS:
    void written(const QString &key);
    void failed(const QString &message);

private:
    void schedule();

    RecoveryStore *m_store;
    QString m_key;
    QString m_originalPath;
    Snapshot m_snapshot;
    int m_interval = DefaultIntervalMs;
    bool m_dirty = false;
    QTimer m_timer;
    QElapsedTimer m_sinceWrite;
};

} // namespace scs

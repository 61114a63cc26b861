#pragma once

#include "model/Project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace scs {

// The project file a recovery copy belongs to, and the file's newest
// revision when the editing session read or last saved it (0 when unknown
// or untitled): a newer revision in the file means someone saved it after
// the copy's session started, and restoring must merge.
struct RecoverySource
{
    QString path; // empty for an untitled project
    int baseRevision = 0;
};

// One recovery copy found on disk.
struct RecoveryEntry
{
    QString key; // the file's name without ".scproj"
    QString filePath; // the recovery copy itself
    QString originalPath; // the project file it belongs to; empty for an untitled project
    int baseRevision = 0; // see RecoverySource
    QString projectName;
    QDateTime timeUtc; // when the copy was written
    qint64 size = 0; // bytes
    qint64 processId = 0; // the process that wrote it
};

// Recovery copies of projects with unsaved changes: written by the Autosaver
// while the editor runs, offered back after a crash, removed after they were
// restored, after a save, or when the user discards the changes. Each copy
// is a project file (same format, no revisions) in
// <AppDataLocation>/recovery. Every editing session writes under a key of
// its own (newKey()), so no session ever replaces or removes the copy of
// another; while it runs it holds a lock (RecoveryClaim) on KEY.lock, so a
// copy whose writer still runs is not offered, and one whose writer died is.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    // `directory` defaults to defaultDirectory().
    explicit RecoveryStore(const QString &directory = {});

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // A hash of the path: the first part of the keys of its copies.
    static QString keyForPath(const QString &originalPath);
    // A key for a new editing session of `originalPath` (empty: untitled)
    // that no copy on disk uses yet.
    QString newKey(const QString &originalPath) const;
    // A key for an untitled project not used by any copy yet.
    QString newUntitledKey() const;

    // Writes (replaces) the copy for `key` atomically. Safe to call from a
    // worker thread.
    bool write(const QString &key, const RecoverySource &source, const Project &project,
               QString *error = nullptr) const;
    // Every readable copy, newest first, including those of sessions that
    // still run (see isInUse()).
    QList<RecoveryEntry> entries() const;
    std::optional<RecoveryEntry> entry(const QString &key) const;
    // The project of a copy.
    std::optional<Project> restore(const QString &key, QString *error = nullptr) const;
    // Deletes a copy, and its lock file unless a running session holds
    // it. True if no copy is left.
    bool remove(const QString &key) const;

    // Whether a running session (this process included) holds the copy's
    // lock. A lock held by a process that is exiting (killed, not yet
    // gone) is waited for up to `waitMs`.
    bool isInUse(const QString &key, int waitMs = 3000) const;
    QString lockPathFor(const QString &key) const;

private:
    QString pathFor(const QString &key) const;
    std::optional<RecoveryEntry> readEntry(const QString &filePath) const;

    QString m_directory;
};

// The lock a session holds on its copies' key while it runs (flock on
// KEY.lock, released by the kernel when the process dies, however it dies).
class RecoveryClaim
{
public:
    RecoveryClaim(const RecoveryStore &store, const QString &key);
    ~RecoveryClaim();
    RecoveryClaim(const RecoveryClaim &) = delete;
    RecoveryClaim &operator=(const RecoveryClaim &) = delete;

    bool isHeld() const { return m_fd >= 0; }
    QString key() const { return m_key; }
    // Releases the lock and deletes the lock file (the copy is gone).
    void release();

private:
    QString m_key;
    QString m_path;
    int m_fd = -1;
};

} // namespace scs

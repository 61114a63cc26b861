#pragma once

#include "model/Project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace scs {

// One recovery copy found on disk.
struct RecoveryEntry
{
    QString key; // the file's name without ".scproj": a hash of the path or "untitled-N"
    QString filePath; // the recovery copy itself
    QString originalPath; // the project file it belongs to; empty for an untitled project
    QString projectName;
    QDateTime timeUtc; // when the copy was written
    qint64 size = 0; // bytes
    qint64 processId = 0; // the process that wrote it
};

// Recovery copies of projects with unsaved changes: written by the Autosaver
// while the editor runs, offered back after a crash, removed on a clean exit
// or a save. Each copy is a project file (same format, no revisions) in
// <AppDataLocation>/recovery, named after the original path (or
// "untitled-N"); its meta table names the original path and the time.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    // `directory` defaults to defaultDirectory().
    explicit RecoveryStore(const QString &directory = {});

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // The key of a saved project's copies: stable for the same path.
    static QString keyForPath(const QString &originalPath);
    // A key for an untitled project not used by any copy yet.
    QString newUntitledKey() const;

    // Writes (replaces) the copy for `key` atomically.
    bool write(const QString &key, const QString &originalPath, const Project &project,
               QString *error = nullptr);
    // Every readable copy, newest first.
    QList<RecoveryEntry> entries() const;
    std::optional<RecoveryEntry> entry(const QString &key) const;
    // The project of a copy.
    std::optional<Project> restore(const QString &key, QString *error = nullptr) const;
    // Deletes a copy (after a save or a clean exit). True if none is left.
    bool remove(const QString &key);

private:
    QString pathFor(const QString &key) const;
    std::optional<RecoveryEntry> readEntry(const QString &filePath) const;

    QString m_directory;
};

} // namespace scs

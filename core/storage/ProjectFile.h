#pragma once

#include "ProjectLock.h"
#include "Revision.h"

#include "model/Project.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace scs {

class SqliteConnection;

// A project file (.scproj, docs/file-format.md) opened by the editor or a
// command: loads the project, holds the lock that keeps a second opener
// read-only, saves atomically with a revision per save, and answers
// questions about the history.
//
// Opening never writes to the file: it is read through a read-only SQLite
// connection (a file of an older version is migrated in a private copy and
// only replaced by the next save).
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    enum class Error {
        None,
        // Opening
        FileMissing,
        DirectoryMissing,
        NotAFile,
        NotRegularFile, // a FIFO, a device or a socket: never opened (it could block)
        CannotRead,
        NotSqlite,
        OtherApplication,
        Corrupt,
        NewerVersion,
        ExceedsLimits, // beyond model/Limits.h (detail: which value, the limit)
        ForeignSchema, // objects we never make: views, triggers, extra tables (detail)
        TooMuchWork, // reading needed far more work than the file's size explains
        // Saving
        NotOpen,
        ReadOnly,
        SaveInProgress,
        LockedByOther,
        WriteFailed,
        NoSpace, // the disk or the quota is full; nothing was replaced
        NotReadBack, // what was written would not open again as saved; nothing was replaced
        NotSynced, // the file WAS replaced, but its folder could not be synced
        SaveExceedsLimits, // beyond model/Limits.h: refused, so the file always opens again
        // History
        NoSuchRevision,
        HistoryDamaged,
    };

    enum class OpenMode {
        ReadWrite, // takes the lock; falls back to read-only with a reason
        ReadOnly, // never locks, never writes (commands, previews, load())
    };

    // Why an open file is read-only.
    enum class ReadOnlyReason {
        None,
        Requested, // opened with OpenMode::ReadOnly
        FileNotWritable,
        DirectoryNotWritable,
        LockedByOther, // see lockOwner()
        LockedUnderOtherName, // open under another name of the same file (a hard link)
        LockUnavailable, // the lock file could not be created
    };

    ProjectFile();
    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    // Opens and loads the file. On failure nothing is open, error() and
    // errorString() say why, and the file is untouched.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    // The path as opened (a symbolic link stays the link).
    QString path() const { return m_path; }
    // The file behind path(), symbolic links resolved: what is locked,
    // saved and replaced (the link itself stays).
    QString resolvedPath() const { return m_resolved; }

    // The project as last opened or saved.
    const Project &project() const { return m_project; }

    bool isReadOnly() const { return m_readOnly != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnly; }
    // Translated, for the editor's bar: why the file is read-only (names
    // the other user, host and process when another opener holds it).
    QString readOnlyMessage() const;
    LockOwner lockOwner() const { return m_lockOwner; }

    // Saves to path() (a read-only file refuses). Records a revision with
    // what changed since the last open or save.
    bool save(const Project &project);
    // Saves to another (or a first) path and continues there; the history
    // goes along. The new path is locked first.
    bool saveAs(const QString &path, const Project &project);

    // The revisions, oldest first, as read when the file was opened (the
    // whole history is read and checked then: a file whose history cannot
    // be read does not open) and added by saves since.
    QList<Revision> revisions(bool withChanges = true) const;
    // The number of the last revision (0 for a recovery copy, which has
    // none).
    int lastRevision() const { return m_revisions.isEmpty() ? 0 : m_revisions.last().number; }
    std::optional<Revision> revision(int number) const;
    // The project as it was saved at revision `number`.
    std::optional<Project> projectAtRevision(int number) const;
    // What changed from revision `from` to revision `to` (either order).
    std::optional<QList<Change>> diff(int from, int to) const;

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    // Recorded with each revision; defaults to the login name and host.
    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }
    static QString defaultUserName();

    // For the audit command line (`check`, `export`): reads a .scproj into
    // `project` read-only, without taking the lock. On failure `error` gets
    // the same translated message open() gives.
    static bool load(const QString &path, Project *project, QString *error = nullptr);

    // The translated message for an open/save error about `path`; `detail`
    // fills the messages that name a reason or a value (%2) in the same
    // call, so a "%1" in a file name is never filled in.
    static QString message(Error error, const QString &path, const QString &detail = {});

    // Tests: runs inside a save's transaction, before its commit.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    bool fail(Error error, const QString &detail = {});
    bool openDatabase(const QString &path, int version);
    bool failRead(const SqliteConnection &connection, int problem, const QString &detail);
    bool write(const QString &target, const Project &project);
    bool setWriteError(Error error, const QString &target, const QString &detail);
    bool withinLimits(const QString &target, const Project &project);
    static QString describe(const LockOwner &owner);
    // Why a save of this read-only file was refused: the reason it is
    // read-only and what to do, in whole sentences.
    QString readOnlySaveMessage() const;

    QString m_path;
    QString m_resolved;
    Project m_project;
    QList<Revision> m_revisions;
    std::unique_ptr<SqliteConnection> m_source; // read-only, for the history
    std::unique_ptr<QTemporaryDir> m_migrated; // private copy of an older file
    std::unique_ptr<ProjectLock> m_lock;
    LockOwner m_lockOwner;
    ReadOnlyReason m_readOnly = ReadOnlyReason::None;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_userName;
    std::function<void()> m_beforeCommit;
};

} // namespace scs

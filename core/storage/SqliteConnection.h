#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace scs {

// One QSQLITE connection under a name of its own, removed again when this
// object is closed or destroyed (a project file may be open several times
// in one process, and the editor and a save run side by side).
//
// Every connection treats the database as untrusted input, as SQLite's own
// advice for untrusted databases says (docs/reliability.md, "Hostile
// files"): defensive mode, no trust in functions named by the schema, views
// and triggers off, values at most MaxValueBytes, and a bound on the work
// one statement may do (a progress handler).
class SqliteConnection
{
public:
    enum class Mode {
        // Never writes and creates nothing, not even beside the file
        // (immutable=1: no locks, no -journal/-wal/-shm looked for or
        // made). Our files are only ever replaced by rename(2), never
        // changed in place, so an open file cannot change under it.
        ReadOnly,
        ReadWrite, // creates the file if missing (a new file being built)
        Memory, // a private in-memory database
    };

    // The largest value (text or blob) a connection reads or writes:
    // far above any value within model/Limits.h (a 200,000-character
    // answer is at most 600 KB of UTF-8, a history entry of 100 examples a
    // few MB of JSON, an attachment at most 16 MiB).
    static constexpr int MaxValueBytes = 32 * 1024 * 1024;
    // The work one statement may do, in SQLite virtual machine
    // instructions: a floor, plus so much per byte of the file read.
    static constexpr qint64 BaseWorkBudget = 100'000'000;
    static constexpr qint64 WorkPerByte = 1'000;

    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // On failure `error` gets the driver's text and `nativeCode` SQLite's
    // result code (as QSqlError::nativeErrorCode gives it, e.g. "26").
    bool open(const QString &path, Mode mode, QString *error = nullptr, QString *nativeCode = nullptr);
    void close();
    bool isOpen() const { return !m_name.isEmpty(); }
    QString path() const { return m_path; }

    QSqlDatabase database() const;

    // Runs one statement without results; on failure fills the two out
    // parameters like open().
    bool exec(const QString &sql, QString *error = nullptr, QString *nativeCode = nullptr) const;

    // Instructions one statement may run before it is stopped (with
    // SQLITE_INTERRUPT). open() sets BaseWorkBudget + WorkPerByte x the
    // file's size.
    void setWorkBudget(qint64 instructions);
    qint64 workBudget() const;
    // Whether a statement was stopped for running beyond the budget (since
    // the open).
    bool workLimitReached() const;
    // Whether the last failed call on this connection ran out of room
    // (SQLITE_FULL: the disk or the quota is full).
    bool diskFull() const;
    // Whether the last failed call met a value beyond MaxValueBytes
    // (SQLITE_TOOBIG).
    bool tooBig() const;
    // Attached databases allowed (0 unless a writer attaches its source).
    void allowAttached(int count);

    // The version of the SQLite library these protections are applied
    // with (sqlite3_libversion()); the same as the one Qt's driver runs
    // (SELECT sqlite_version()), or the handle would not be ours to use.
    static QString libraryVersion();

    // The URI that opens `path` as `mode` does (percent-encoded; for
    // ATTACH of a read-only source too).
    static QString uriFor(const QString &path, Mode mode);

    struct Guard;

private:
    QString m_name;
    QString m_path;
    std::unique_ptr<Guard> m_guard;
};

} // namespace scs

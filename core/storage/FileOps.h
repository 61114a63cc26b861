#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace scs::FileOps {

// Small POSIX helpers for the save: QSaveFile cannot be used because SQLite
// writes the file itself. Each sets `error` to the system's reason and the
// path, and lastError() to errno, on failure.

// Creates an empty file with the given mode (0600 for new projects),
// replacing a stale one of an earlier, interrupted save.
bool createEmpty(const QString &path, unsigned mode, QString *error);
// Flushes a file's data and metadata to the disk.
bool syncFile(const QString &path, QString *error);
// Flushes a directory (after a rename in it), so the new name survives a
// power cut.
bool syncDirectory(const QString &path, QString *error);
// rename(2): atomically replaces `target` with `source` on the same file
// system; readers see either the old or the new file, never a mix.
bool replace(const QString &source, const QString &target, QString *error);
// Removes what SQLite keeps beside a database (-journal, -wal, -shm):
// beside a file that is about to be replaced they belong to the old file,
// and SQLite would apply a stale -wal to the new one.
bool removeSideFiles(const QString &databasePath, QString *error);
// The permission bits of an existing file, or -1 if it cannot be read.
int permissions(const QString &path);
bool setPermissions(const QString &path, unsigned mode, QString *error);

// What a path is, without opening anything that could block (a FIFO, a
// device): stat(2), following links.
enum class Kind { Missing, Regular, Directory, Other, Unreadable };
Kind kindOf(const QString &path);

// The file behind `path`: symbolic links followed, also a dangling one (a
// save creates its target) and a missing file's folder.
QString resolvedPath(const QString &path, int depth = 0);

// Reads up to `maxBytes` of a regular file: opened with O_NONBLOCK and
// checked with fstat(2) on the open descriptor, so a FIFO, a device or a
// socket never blocks the caller (`kind` then says Other). `truncated`
// (if given) tells whether the file is longer.
bool readRegular(const QString &path, qint64 maxBytes, QByteArray *data, Kind *kind, QString *error,
                 bool *truncated = nullptr);

// Files that hold people's details (exports, the settings with recent
// paths) are private, like the project files: mode 0600.
// Opens `file` for writing; a new file gets 0600, a replaced one keeps its
// mode (QSaveFile's rule, and the project files').
bool openPrivate(QSaveFile *file);
// Makes an existing file 0600, or creates it empty with that mode (so that
// a later atomic rewrite, which keeps the mode, keeps it private).
bool makePrivate(const QString &path, QString *error);

// errno of the last failure of these functions in this thread.
int lastError();

// Tests: the next calls of an operation fail with `errorNumber` (errno),
// as if the system had said so, until cleared. WriteDatabase makes SQLite
// run out of room while the new file is built (disk full).
enum class Operation { CreateEmpty, SyncFile, Replace, SyncDirectory, RemoveSideFile, WriteDatabase };
void injectFailure(Operation operation, int errorNumber);
void clearInjectedFailures();
int injectedFailure(Operation operation);

} // namespace scs::FileOps

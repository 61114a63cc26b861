#pragma once

#include <QString>

namespace scs::FileOps {

// Small POSIX helpers for the save: QSaveFile cannot be used because SQLite
// writes the file itself.

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
// The permission bits of an existing file, or -1 if it cannot be read.
int permissions(const QString &path);
bool setPermissions(const QString &path, unsigned mode, QString *error);

} // namespace scs::FileOps

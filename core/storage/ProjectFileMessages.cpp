// The translated messages of ProjectFile: why it failed, why it is
// read-only, who holds it.
#include "ProjectFile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace scs {

QString ProjectFile::message(Error error, const QString &path, const QString &detail)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::FileMissing:
        return tr("The project file %1 does not exist.").arg(path);
    case Error::DirectoryMissing:
        return tr("The folder of %1 does not exist.").arg(path);
    case Error::NotAFile:
        return tr("%1 is a folder, not a project file.").arg(path);
    case Error::NotRegularFile:
        return tr("%1 is not a regular file (it is a pipe, a device or a socket), so it was not opened.")
                .arg(path);
    case Error::CannotRead:
        return tr("You do not have permission to read %1.").arg(path);
    case Error::NotSqlite:
        return tr("%1 is not a Shortcode Studio project file (it is not an SQLite database). "
                  "Nothing was changed.")
                .arg(path);
    case Error::OtherApplication:
        return tr("%1 is an SQLite database of another application, not a Shortcode Studio "
                  "project file. Nothing was changed.")
                .arg(path);
    case Error::Corrupt:
        return tr("%1 is damaged or incomplete (truncated or corrupted) and cannot be opened. "
                  "Nothing was changed; open a backup or a recovery copy instead.")
                .arg(path);
    case Error::NewerVersion:
        return tr("%1 was made by a newer version of Shortcode Studio; nothing was changed. "
                  "Update Shortcode Studio to open it.")
                .arg(path);
    case Error::ExceedsLimits:
        // %2 (filled by the caller) says which value and the limit.
        return tr("%1 goes beyond the limits of Shortcode Studio, so it was not opened: %2 Nothing was "
                  "changed.")
                .arg(path, detail);
    case Error::ForeignSchema:
        // %2 (filled by the caller) names the first object that is not ours.
        return tr("%1 holds database objects that Shortcode Studio never makes (%2), so it was not opened: "
                  "such a file can make a program hang or run out of memory while reading it. Nothing was "
                  "changed.")
                .arg(path, detail);
    case Error::TooMuchWork:
        return tr("Reading %1 was stopped: it needed far more work than a project file of its size ever "
                  "does, as a file built to make programs hang would. Nothing was changed.")
                .arg(path);
    case Error::SaveExceedsLimits:
        return tr("%1 was not saved: %2 Shorten it and save again.").arg(path, detail);
    case Error::NotOpen:
        return tr("No project file is open; choose where to save the project.");
    case Error::ReadOnly:
        return tr("%1 is open read-only, so it was not saved. Use Save As to keep your changes "
                  "in another file.")
                .arg(path);
    case Error::SaveInProgress:
        return tr("%1 is being saved already; try again when that save has finished.").arg(path);
    case Error::LockedByOther:
        if (!detail.isEmpty()) {
            //: %2 names who holds the file: user, computer, program and process.
            return tr("%1 is open by %2, so it was not replaced.").arg(path, detail);
        }
        return tr("%1 is open in another window or by another user, so it was not replaced.").arg(path);
    case Error::WriteFailed:
        // %2 (filled by the caller) is the system's reason.
        return tr("Could not save %1 (%2). The file on disk was left as it was.").arg(path, detail);
    case Error::NoSpace:
        return tr("Could not save %1: no space left on device (the disk or your quota is full). The file on "
                  "disk was left as it was, with what was saved before; free some space and save again.")
                .arg(path);
    case Error::NotReadBack:
        // %2 (filled by the caller) says what did not read back.
        return tr("%1 was not saved: what was written would not open again as it was saved (%2). The file "
                  "on disk was left as it was.")
                .arg(path, detail);
    case Error::NotSynced:
        // %2 (filled by the caller) is the system's reason.
        return tr("%1 was saved and the file was replaced, but the folder could not be synced to the disk "
                  "(%2): after a power cut the folder may still show the previous version. Save again to "
                  "be sure.")
                .arg(path, detail);
    case Error::NoSuchRevision:
        return tr("There is no such revision in %1.").arg(path);
    case Error::HistoryDamaged:
        return tr("The history of %1 is damaged (%2); nothing was changed. Open a backup or a recovery copy "
                  "instead.")
                .arg(path, detail);
    }
    return {};
}

QString ProjectFile::describe(const LockOwner &owner)
{
    const QString user = owner.userName.isEmpty() ? tr("another user") : owner.userName;
    const QString host = owner.hostName.isEmpty() ? tr("an unknown computer") : owner.hostName;
    return tr("%1 on %2 (%3, process %4)")
            .arg(user, host, owner.appName.isEmpty() ? tr("unknown program") : owner.appName)
            .arg(owner.processId);
}

QString ProjectFile::readOnlyMessage() const
{
    const QString path = QDir::toNativeSeparators(m_path);
    switch (m_readOnly) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("%1 is open read-only.").arg(path);
    case ReadOnlyReason::FileNotWritable:
        return tr("%1 is a read-only file, so it was opened read-only. Use Save As to keep "
                  "changes in another file.")
                .arg(path);
    case ReadOnlyReason::DirectoryNotWritable:
        return tr("The folder of %1 is read-only, so the project was opened read-only. Use Save "
                  "As to keep changes in another folder.")
                .arg(path);
    case ReadOnlyReason::LockedByOther:
        return tr("%1 is already open by %2, so it was opened read-only.").arg(path, describe(m_lockOwner));
    case ReadOnlyReason::LockedUnderOtherName:
        return tr("%1 is already open under another name of the same file (a hard link), so it was opened "
                  "read-only.")
                .arg(path);
    case ReadOnlyReason::LockUnavailable:
        return tr("The lock file of %1 could not be created, so it was opened read-only.").arg(path);
    }
    return {};
}

QString ProjectFile::readOnlySaveMessage() const
{
    const QString path = QDir::toNativeSeparators(m_path);
    switch (m_readOnly) {
    case ReadOnlyReason::None:
    case ReadOnlyReason::Requested:
        break;
    case ReadOnlyReason::FileNotWritable:
        return tr("%1 is a read-only file, so it was not saved. Use Save As to keep your changes in another "
                  "file.")
                .arg(path);
    case ReadOnlyReason::DirectoryNotWritable:
        return tr("The folder of %1 is read-only, so the project was not saved. Use Save As to keep your "
                  "changes in another folder.")
                .arg(path);
    case ReadOnlyReason::LockedByOther:
        //: %2 names who holds the file: user, computer, program and process.
        return tr("%1 is open by %2, so it was opened read-only and not saved. Use Save As to keep your "
                  "changes in another file.")
                .arg(path, describe(m_lockOwner));
    case ReadOnlyReason::LockedUnderOtherName:
        return tr("%1 is already open under another name of the same file (a hard link), so it was opened "
                  "read-only and not saved. Use Save As to keep your changes in another file.")
                .arg(path);
    case ReadOnlyReason::LockUnavailable:
        return tr("The lock file of %1 could not be created, so it was opened read-only and not saved. Use "
                  "Save As to keep your changes in another file.")
                .arg(path);
    }
    return message(Error::ReadOnly, path);
}

} // namespace scs

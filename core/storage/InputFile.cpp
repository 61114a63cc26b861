#include "InputFile.h"

#include "FileOps.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

constexpr QByteArrayView sqliteMagic("SQLite format 3\0", 16);

} // namespace

bool InputFile::read(const QString &path, Type *type, QByteArray *json, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto failed = [&](FileOps::Kind kind, const QString &reason) {
        switch (kind) {
        case FileOps::Kind::Missing:
            *error = tr("%1 does not exist.").arg(shown);
            break;
        case FileOps::Kind::Directory:
            *error = tr("%1 is a folder, not a file.").arg(shown);
            break;
        case FileOps::Kind::Other:
            *error = tr("%1 is not a regular file (it is a pipe, a device or a socket), so it was not read.")
                             .arg(shown);
            break;
        case FileOps::Kind::Regular:
        case FileOps::Kind::Unreadable:
            *error = tr("Could not read %1: %2").arg(shown, reason);
            break;
        }
        return false;
    };
    QByteArray head;
    FileOps::Kind kind = FileOps::Kind::Missing;
    QString reason;
    if (!FileOps::readRegular(path, sqliteMagic.size(), &head, &kind, &reason))
        return failed(kind, reason);
    if (head.startsWith(sqliteMagic)) {
        *type = Type::ProjectFile;
        json->clear();
        return true;
    }
    bool truncated = false;
    if (!FileOps::readRegular(path, MaxJsonBytes, json, &kind, &reason, &truncated))
        return failed(kind, reason);
    if (truncated) {
        json->clear();
        *error = tr("%1 is too large to be a request file (more than %2 MB).")
                         .arg(shown)
                         .arg(MaxJsonBytes / (1024 * 1024));
        return false;
    }
    *type = Type::Json;
    return true;
}

} // namespace scs

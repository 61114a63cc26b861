#include "InputFile.h"

#include "FileOps.h"
#include "JsonFormat.h"
#include "ProjectFile.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace scs {

InputFile::Type InputFile::typeOf(QByteArrayView head)
{
    return head.startsWith(SqliteMagic) ? Type::ProjectFile : Type::Json;
}

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
    if (!FileOps::readRegular(path, SqliteMagic.size(), &head, &kind, &reason))
        return failed(kind, reason);
    if (typeOf(head) == Type::ProjectFile) {
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

bool InputFile::readProject(const QString &path, Contents *contents, QString *error)
{
    QByteArray json;
    if (!read(path, &contents->type, &json, error))
        return false;
    if (contents->type == Type::ProjectFile) {
        ProjectFile file;
        if (!file.open(path, ProjectFile::OpenMode::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        contents->project = file.project();
        const QList<Revision> revisions = file.revisions(false);
        if (!revisions.isEmpty()) {
            contents->revision = revisions.last().number;
            contents->time = revisions.last().timeUtc;
        }
        return true;
    }
    const JsonFormat::ReadResult result = JsonFormat::read(json);
    if (!result.ok) {
        //: A file that could not be read as a request: the file, then what is wrong with it.
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), result.message());
        return false;
    }
    contents->project = result.project;
    contents->time = QFileInfo(path).lastModified().toUTC();
    return true;
}

} // namespace scs

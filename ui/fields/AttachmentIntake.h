#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QWidget;

namespace scs {

// What the mockups page takes in, before it becomes part of the request:
// the file read from the disk, its media type by its first bytes, and the
// carriers' limits (PNG, JPEG or PDF up to 1 MiB; a larger picture offered
// scaled down, the question asked through Dialogs). Why a file was not
// taken is one whole sentence naming it, added to `refused`.
class AttachmentIntake
{
    Q_DECLARE_TR_FUNCTIONS(scs::AttachmentIntake)

public:
    // Pictures up to this size are read whole to be offered scaled down.
    static constexpr qint64 MaxPictureBytes = 64 * 1024 * 1024;

    // Reads the file at `path` for adding; false (and why in `refused`)
    // when it cannot be read or is far too large to be scaled down.
    static bool readFile(const QString &path, std::pair<QString, QByteArray> &file, QStringList &refused);
    // Checks a file carriers would take: its media type, or an empty string
    // (and why in `refused`). A picture over the limit is offered scaled
    // down, asked over `parent`; `data` is then the smaller picture.
    static QString accept(QWidget *parent, const QString &name, QByteArray &data, QStringList &refused);
};

} // namespace scs

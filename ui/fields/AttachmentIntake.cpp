#include "AttachmentIntake.h"

#include "Dialogs.h"
#include "ImageShrink.h"
#include "model/Limits.h"
#include "model/MediaType.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace scs {

bool AttachmentIntake::readFile(const QString &path, std::pair<QString, QByteArray> &file,
                                QStringList &refused)
{
    const QString name = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        refused << tr("%1 could not be read: %2").arg(name, in.errorString());
        return false;
    }
    // A picture over the limit is read whole, to be offered scaled down;
    // anything else only one byte past the limit, enough to refuse it.
    const bool picture = in.size() <= MaxPictureBytes && mediaTypeOf(in.peek(8)).startsWith(u"image/"_s);
    if (in.size() > limits::AttachmentBytes && !picture) {
        refused << tr("%1 was not added: it has %2, and carriers take files of at most %3. Save it "
                      "smaller and add it again.")
                           .arg(name, QLocale().formattedDataSize(in.size()),
                                QLocale().formattedDataSize(limits::AttachmentBytes));
        return false;
    }
    file = {name, picture ? in.readAll() : in.read(limits::AttachmentBytes + 1)};
    return true;
}

QString AttachmentIntake::accept(QWidget *parent, const QString &name, QByteArray &data, QStringList &refused)
{
    const QString type = mediaTypeOf(data);
    if (type.isEmpty()) {
        refused << tr("%1 was not added: it is not a PNG, JPEG or PDF file.").arg(name);
        return {};
    }
    if (data.size() <= limits::AttachmentBytes)
        return type;
    const QString size = QLocale().formattedDataSize(data.size());
    const QString limit = QLocale().formattedDataSize(limits::AttachmentBytes);
    if (type.startsWith(u"image/"_s)) {
        const QString question = tr("%1 has %2, and carriers take files of at most %3. Scale the picture "
                                    "down until it fits?")
                                         .arg(name, size, limit);
        if (Dialogs::ask(parent, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes) {
            const QByteArray smaller =
                    shrinkImage(data, type == u"image/png"_s ? "PNG" : "JPEG", limits::AttachmentBytes);
            if (!smaller.isEmpty()) {
                data = smaller;
                return type;
            }
            refused << tr("%1 was not added: it could not be scaled down to %2.").arg(name, limit);
            return {};
        }
    }
    refused << tr("%1 was not added: it has %2, and carriers take files of at most %3. Save it "
                  "smaller and add it again.")
                       .arg(name, size, limit);
    return {};
}

} // namespace scs

#include "ContentChecksum.h"

#include "ValueCodec.h"

#include "catalog/Catalog.h"

#include <QCryptographicHash>

namespace scs {

namespace {

void addBytes(QCryptographicHash &hash, const QByteArray &bytes)
{
    // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
    hash.addData(QByteArray::number(bytes.size()) + ':');
    hash.addData(bytes);
}

void addText(QCryptographicHash &hash, const QString &text)
{
    addBytes(hash, text.toUtf8());
}

} // namespace

QString contentChecksum(const Project &project)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addText(hash, project.name);
    for (const Request &request : project.requests) {
        addText(hash, request.uuid().toString(QUuid::WithoutBraces));
        addText(hash, request.title());
        for (const FieldDef &field : Catalog::fields()) {
            const FieldValue &value = request.value(field.id);
            if (!value.isSet())
                continue;
            addText(hash, QString::fromLatin1(field.key));
            if (value.isAttachments()) {
                // The bytes as they are: their base64 in a JSON text would
                // cost more than the hash itself.
                const AttachmentList attachments = value.toAttachments();
                addText(hash, QString::number(attachments.size()));
                for (const Attachment &attachment : attachments) {
                    addText(hash, attachment.name);
                    addText(hash, attachment.mediaType);
                    addText(hash, attachment.description);
                    addBytes(hash, attachment.data);
                }
                continue;
            }
            addText(hash, ValueCodec::toText(ValueCodec::toJson(field.id, value)));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace scs

#include "ContentChecksum.h"

#include "ValueCodec.h"

#include "catalog/Catalog.h"

#include <QCryptographicHash>

namespace scs {

namespace {

void addText(QCryptographicHash &hash, const QString &text)
{
    // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
    const QByteArray bytes = text.toUtf8();
    hash.addData(QByteArray::number(bytes.size()) + ':');
    hash.addData(bytes);
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
            addText(hash, ValueCodec::toText(ValueCodec::toJson(field.id, value)));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace scs

#include "ProjectStoreRows.h"

#include "model/FieldValue.h"

#include <QCryptographicHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace scs::ProjectStore::Rows {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool fail(QString *error, const QSqlQuery &query)
{
    return fail(error, query.lastError().text());
}

QString text(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

BlobWriter::BlobWriter(QSqlDatabase &db)
    : m_query(db)
{
    m_query.prepare(u"INSERT OR IGNORE INTO main.attachment_blob (sha256, size, data) VALUES (?, ?, ?)"_s);
}

QString BlobWriter::add(const QByteArray &data, QString *error)
{
    const QString sha = sha256Hex(data);
    if (m_written.contains(sha))
        return sha;
    m_query.bindValue(0, sha);
    m_query.bindValue(1, qint64(data.size()));
    // A QByteArray binds as a BLOB; a null one would be NULL.
    m_query.bindValue(2, data.isNull() ? QByteArray("") : data);
    if (!m_query.exec()) {
        fail(error, m_query);
        return {};
    }
    m_written.insert(sha);
    return sha;
}

bool BlobWriter::addAll(const FieldValue &value, QString *error)
{
    for (const Attachment &attachment : value.toAttachments()) {
        if (add(attachment.data, error).isEmpty())
            return false;
    }
    return true;
}

} // namespace scs::ProjectStore::Rows

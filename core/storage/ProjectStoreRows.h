#pragma once

// What ProjectStore.cpp (the project's tables) and RevisionStore.cpp (the
// history's) share: failing with a reason, text as the columns hold it,
// and the attachment bytes stored once per content.

#include <QByteArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace scs {
class FieldValue;
}

namespace scs::ProjectStore::Rows {

// Sets `error` (when given) and returns false.
bool fail(QString *error, const QString &text);
bool fail(QString *error, const QSqlQuery &query);

// A null QString binds as SQL NULL; the columns hold empty text instead.
QString text(const QString &value);
QString uuidText(const QUuid &uuid);
QString sha256Hex(const QByteArray &data);

// Stores the bytes of attachments once per content (the current project
// and the history share them).
class BlobWriter
{
public:
    explicit BlobWriter(QSqlDatabase &db);

    // The SHA-256 (hex) the bytes are stored under, or an empty string on failure.
    QString add(const QByteArray &data, QString *error);
    bool addAll(const FieldValue &value, QString *error);

private:
    QSqlQuery m_query;
    QSet<QString> m_written;
};

} // namespace scs::ProjectStore::Rows

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace scs {

// Inserts many rows into one table with multi-row INSERT statements: a
// prepared statement per row costs more in QtSql than SQLite's own work,
// and a save writes thousands of rows.
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    // One row, as many values as columns (a null QVariant is NULL).
    bool add(const QVariantList &row);
    // Writes what is pending. Call once at the end.
    bool finish();
    QString error() const { return m_error; }

private:
    bool flush(qsizetype rows);
    QString statement(qsizetype rows) const;

    static constexpr qsizetype RowsPerStatement = 64;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_pending;
    QString m_error;
};

} // namespace scs

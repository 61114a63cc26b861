#include "BatchInsert.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace scs {

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_full(db)
{
    m_pending.reserve(RowsPerStatement * columns.size());
}

QString BatchInsert::statement(qsizetype rows) const
{
    const QString row = u'(' + QStringList(m_columns.size(), u"?"_s).join(u',') + u')';
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(m_table, m_columns.join(u','),
                                                  QStringList(rows, row).join(u','));
}

bool BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
    if (m_pending.size() >= RowsPerStatement * m_columns.size())
        return flush(RowsPerStatement);
    return true;
}

bool BatchInsert::finish()
{
    if (m_pending.isEmpty())
        return m_error.isEmpty();
    return flush(m_pending.size() / m_columns.size());
}

bool BatchInsert::flush(qsizetype rows)
{
    QSqlQuery partial(m_db);
    QSqlQuery *query = &m_full;
    if (rows == RowsPerStatement) {
        if (!m_fullPrepared) {
            if (!m_full.prepare(statement(rows))) {
                m_error = m_full.lastError().text();
                return false;
            }
            m_fullPrepared = true;
        }
    } else {
        query = &partial;
        if (!partial.prepare(statement(rows))) {
            m_error = partial.lastError().text();
            return false;
        }
    }
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query->bindValue(int(i), m_pending.at(i));
    const bool ok = query->exec();
    if (!ok)
        m_error = query->lastError().text();
    m_pending.clear();
    return ok;
}

} // namespace scs

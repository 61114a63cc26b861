#pragma once

#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace scs {

class ProjectDocument;

// The findings of one request, or of every request of the project, as a
// table: severity, request (project-wide only), field, message, rule. Rows
// are updated in place when the findings change: a finding that stays keeps
// its row (its text is refreshed), new ones are inserted where they belong,
// gone ones removed, so a view keeps its current row while the user works
// down the list. A language switch re-renders the texts (dataChanged).
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RequestColumn, FieldColumn, MessageColumn, RuleColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole, // int(Severity)
        FieldRole, // int(FieldId)
        ItemRole, // the example's index, or -1
        RequestRole, // the request's index in the project
        RuleRole, // the rule id
    };
    enum class Scope { CurrentRequest, Project };

    explicit FindingsModel(ProjectDocument *document, Scope scope = Scope::CurrentRequest,
                           QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    // CurrentRequest: whose findings are shown (-1: none).
    void setRequestIndex(int index);
    int requestIndex() const { return m_requestIndex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Finding &finding(int row) const { return m_rows.at(row).finding; }
    int requestOf(int row) const { return m_rows.at(row).request; }
    // Findings per severity over every row.
    int count(Severity severity) const;

    // Re-reads the findings (normally done on the document's signals).
    void refresh();
    // The language changed: every text again.
    void retranslate();

private:
    struct Row
    {
        int request = -1;
        Finding finding;
    };
    QList<Row> collect() const;
    void update(const QList<Row> &rows);

    ProjectDocument *m_document;
    Scope m_scope;
    int m_requestIndex = -1;
    QList<Row> m_rows;
};

} // namespace scs

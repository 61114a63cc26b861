#include "FindingsModel.h"

#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "rules/RuleEngine.h"
#include "widgets/MarkIcons.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

// The same finding before and after a change, perhaps with other arguments
// (another count, another character): it keeps its row.
bool sameIdentity(int requestA, const Finding &a, int requestB, const Finding &b)
{
    const auto same = [](const char *x, const char *y) {
        return x == y || (x && y && std::strcmp(x, y) == 0);
    };
    return requestA == requestB && a.field == b.field && a.item == b.item && same(a.rule, b.rule)
            && same(a.message, b.message);
}

} // namespace

FindingsModel::FindingsModel(ProjectDocument *document, Scope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_scope(scope)
{
    connect(m_document, &ProjectDocument::findingsChanged, this, [this](int request) {
        if (m_scope == Scope::Project || request == m_requestIndex)
            refresh();
    });
    connect(m_document, &ProjectDocument::projectReset, this, &FindingsModel::refresh);
    connect(m_document, &ProjectDocument::requestsChanged, this, &FindingsModel::refresh);
    connect(m_document, &ProjectDocument::titleChanged, this, [this](int request) {
        if (m_scope != Scope::Project)
            return;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).request == request)
                Q_EMIT dataChanged(index(row, RequestColumn), index(row, RequestColumn));
        }
    });
    if (m_scope == Scope::Project)
        m_rows = collect();
}

void FindingsModel::setRequestIndex(int index)
{
    if (m_scope == Scope::Project)
        return;
    if (index == m_requestIndex && index >= 0)
        return;
    // Another request: other findings altogether.
    beginResetModel();
    m_requestIndex = index;
    m_rows = collect();
    endResetModel();
}

QList<FindingsModel::Row> FindingsModel::collect() const
{
    QList<Row> rows;
    const int count = m_document->requestCount();
    const auto add = [&](int request) {
        for (const Finding &finding : m_document->findings(request))
            rows.append({request, finding});
    };
    if (m_scope == Scope::Project) {
        for (int request = 0; request < count; ++request)
            add(request);
    } else if (m_requestIndex >= 0 && m_requestIndex < count) {
        add(m_requestIndex);
    }
    return rows;
}

void FindingsModel::refresh()
{
    if (m_scope == Scope::CurrentRequest && m_requestIndex >= m_document->requestCount()) {
        beginResetModel();
        m_requestIndex = -1;
        m_rows.clear();
        endResetModel();
        return;
    }
    update(collect());
}

void FindingsModel::update(const QList<Row> &rows)
{
    // 1. Rows whose finding is gone go, bottom up. Matching is in order, so
    //    repeated identities pair off one by one.
    QList<bool> matchedNew(rows.size(), false);
    QList<int> keptToNew(m_rows.size(), -1);
    int from = 0;
    for (int old = 0; old < m_rows.size(); ++old) {
        for (int i = from; i < rows.size(); ++i) {
            if (!matchedNew.at(i)
                && sameIdentity(m_rows.at(old).request, m_rows.at(old).finding, rows.at(i).request,
                                rows.at(i).finding)) {
                matchedNew[i] = true;
                keptToNew[old] = i;
                from = i + 1;
                break;
            }
        }
    }
    for (int old = int(m_rows.size()) - 1; old >= 0;) {
        if (keptToNew.at(old) >= 0) {
            --old;
            continue;
        }
        int first = old;
        while (first > 0 && keptToNew.at(first - 1) < 0)
            --first;
        beginRemoveRows({}, first, old);
        m_rows.remove(first, old - first + 1);
        endRemoveRows();
        old = first - 1;
    }
    // 2. New findings come in where they belong; kept ones are in the same
    //    order on both sides (matched in order above).
    for (int i = 0; i < rows.size(); ++i) {
        if (matchedNew.at(i))
            continue;
        int last = i;
        while (last + 1 < rows.size() && !matchedNew.at(last + 1))
            ++last;
        beginInsertRows({}, i, last);
        for (int j = i; j <= last; ++j)
            m_rows.insert(j, rows.at(j));
        endInsertRows();
        i = last;
    }
    // 3. Kept rows take their new arguments and request index.
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &mine = m_rows[row];
        const Row &theirs = rows.at(row);
        if (mine.request != theirs.request || !(mine.finding == theirs.finding)) {
            mine = theirs;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FindingsModel::count(Severity severity) const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.finding.severity == severity ? 1 : 0;
    return n;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Finding &finding = row.finding;
    switch (role) {
    case SeverityRole:
        return int(finding.severity);
    case FieldRole:
        return int(finding.field);
    case ItemRole:
        return finding.item;
    case RequestRole:
        return row.request;
    case RuleRole:
        return QString::fromLatin1(finding.rule);
    default:
        break;
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return severityLabel(finding.severity);
        if (role == Qt::DecorationRole)
            return severityIcon(finding.severity);
        break;
    case RequestColumn:
        if (role == Qt::DisplayRole && row.request >= 0 && row.request < m_document->requestCount()) {
            const QString title = m_document->request(row.request).title().trimmed();
            return title.isEmpty() ? tr("(untitled request)") : title;
        }
        break;
    case FieldColumn:
        if (role == Qt::DisplayRole) {
            const QString field = Catalog::label(finding.field);
            return finding.item >= 0 ? tr("%1 (example %2)").arg(field).arg(finding.item + 1) : field;
        }
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return finding.text();
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return QString::fromLatin1(finding.rule);
        if (role == Qt::ToolTipRole) {
            if (const RuleInfo *info = RuleEngine::rule(QString::fromLatin1(finding.rule)))
                return tr("Source: %1").arg(QLatin1StringView(info->source));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RequestColumn:
        return tr("Request");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

void FindingsModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace scs

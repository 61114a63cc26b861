#include "FindingsFilterModel.h"

#include "FindingsModel.h"

namespace scs {

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows added to the source are filtered as they come, in place.
    setDynamicSortFilter(true);
}

void FindingsFilterModel::setSeverityShown(Severity severity, bool shown)
{
    const unsigned bit = 1u << unsigned(severity);
    const unsigned next = shown ? (m_shown | bit) : (m_shown & ~bit);
    if (next == m_shown)
        return;
    m_shown = next;
    invalidateFilter();
}

bool FindingsFilterModel::isSeverityShown(Severity severity) const
{
    return (m_shown & (1u << unsigned(severity))) != 0;
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto severity = unsigned(index.data(FindingsModel::SeverityRole).toInt());
    return (m_shown & (1u << severity)) != 0;
}

} // namespace scs

#include "ConflictModel.h"

#include "catalog/Catalog.h"
#include "storage/ChangeText.h"

#include <QFont>

namespace scs {

ConflictModel::ConflictModel(const QList<ProjectBackend::Conflict> &conflicts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_conflicts(conflicts)
    , m_takeMine(conflicts.size(), true)
{ }

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictModel::subject(const ProjectBackend::Conflict &conflict)
{
    if (conflict.field)
        return Catalog::label(*conflict.field);
    if (conflict.request.isNull())
        return tr("The project's name");
    return tr("The request (its title, or kept on one side and removed on the other)");
}

QString ConflictModel::valueText(const ProjectBackend::Conflict &conflict, const FieldValue &value)
{
    Change change;
    change.kind = conflict.field ? Change::Kind::FieldChanged : Change::Kind::RequestRenamed;
    if (conflict.field)
        change.fieldKey = Catalog::key(*conflict.field);
    return ChangeText::value(change, value);
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProjectBackend::Conflict &conflict = m_conflicts.at(index.row());
    const bool mine = m_takeMine.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RequestColumn:
            return conflict.request.isNull() ? tr("(project)") : conflict.requestTitle;
        case FieldColumn:
            return subject(conflict);
        case TheirsColumn:
            return valueText(conflict, conflict.theirs);
        case MineColumn:
            return valueText(conflict, conflict.mine);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == MineColumn)
            return mine ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::FontRole:
        // The value that will be kept, in bold.
        if ((index.column() == MineColumn && mine) || (index.column() == TheirsColumn && !mine)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == MineColumn)
            return mine ? tr("Mine, kept: %1").arg(valueText(conflict, conflict.mine))
                        : tr("Mine, dropped: %1").arg(valueText(conflict, conflict.mine));
        break;
    default:
        break;
    }
    return {};
}

bool ConflictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != MineColumn
        || role != Qt::CheckStateRole)
        return false;
    m_takeMine[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(this->index(index.row(), TheirsColumn), this->index(index.row(), MineColumn));
    return true;
}

Qt::ItemFlags ConflictModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == MineColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case FieldColumn:
        return tr("Answer");
    case TheirsColumn:
        return tr("Theirs (saved in the workspace)");
    case MineColumn:
        return tr("Mine (check to keep)");
    }
    return {};
}

void ConflictModel::setAll(bool mine)
{
    m_takeMine.fill(mine);
    if (!m_conflicts.isEmpty())
        Q_EMIT dataChanged(index(0, TheirsColumn), index(rowCount() - 1, MineColumn));
}

} // namespace scs

#include "WorkspaceProjectsModel.h"

#include "i18n/ListFormat.h"

#include <QLocale>

namespace scs {

void WorkspaceProjectsModel::setProjects(const QList<Workspace::ProjectInfo> &projects)
{
    beginResetModel();
    m_projects = projects;
    endResetModel();
}

int WorkspaceProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int WorkspaceProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkspaceProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Workspace::ProjectInfo &info = m_projects.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return info.name;
    case RequestsColumn:
        return tr("%n request(s)", nullptr, info.requests);
    case SavedColumn: {
        const QString when = QLocale().toString(info.savedUtc.toLocalTime(), QLocale::ShortFormat);
        //: A workspace project's last save: its revision, when, by whom.
        return tr("Revision %1, %2 by %3").arg(info.revision).arg(when, info.savedBy);
    }
    case OpenByColumn:
        return info.openBy.isEmpty() ? tr("Nobody") : joinList(info.openBy);
    }
    return {};
}

QVariant WorkspaceProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Project");
    case RequestsColumn:
        return tr("Requests");
    case SavedColumn:
        return tr("Last saved");
    case OpenByColumn:
        return tr("Open now by");
    }
    return {};
}

void WorkspaceProjectsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_projects.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace scs

#pragma once

#include "storage/Workspace.h"

#include <QAbstractTableModel>

namespace scs {

// A workspace's projects, one row each: the name, how many requests, the
// last revision with when and by whom it was saved, and who has it open now.
class WorkspaceProjectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RequestsColumn, SavedColumn, OpenByColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProjects(const QList<Workspace::ProjectInfo> &projects);
    const Workspace::ProjectInfo &project(int row) const { return m_projects.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The language changed: every text again.
    void retranslate();

private:
    QList<Workspace::ProjectInfo> m_projects;
};

} // namespace scs

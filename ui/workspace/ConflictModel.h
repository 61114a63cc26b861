#pragma once

#include "storage/ProjectBackend.h"

#include <QAbstractTableModel>

namespace scs {

// The fields that both this editor and someone else changed: per row the
// request, the answer's label, their value and mine, and whether mine is
// kept (a check box in the Mine column; checked at first: what was typed
// here is not dropped unless the user says so).
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RequestColumn, FieldColumn, TheirsColumn, MineColumn, ColumnCount };

    explicit ConflictModel(const QList<ProjectBackend::Conflict> &conflicts, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Per conflict, in order: keep mine.
    QList<bool> takeMine() const { return m_takeMine; }
    void setAll(bool mine);

    // What a conflict is about, for people: "Company name", "the title",
    // "the project's name".
    static QString subject(const ProjectBackend::Conflict &conflict);
    // A value on one line ("(empty)" when unset).
    static QString valueText(const ProjectBackend::Conflict &conflict, const FieldValue &value);

private:
    QList<ProjectBackend::Conflict> m_conflicts;
    QList<bool> m_takeMine;
};

} // namespace scs

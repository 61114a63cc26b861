#pragma once

#include "rules/Finding.h"

#include <QSortFilterProxyModel>

namespace scs {

// The severity filter of the findings panel over a FindingsModel: rows of
// hidden severities are left out; rows stay in the model's order.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    unsigned m_shown = 0b111; // bit per Severity
};

} // namespace scs

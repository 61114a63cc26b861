#pragma once

#include <QAbstractListModel>

namespace scs {

class ProjectDocument;

// The requests of the project: each one's title, required answers given
// and tracking status, an icon for its worst finding, and a tooltip with
// its error and warning counts. Requests added, removed or moved in the
// document are inserted, removed or moved here; a change of title or
// answers changes its row in place.
class RequestListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit RequestListModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The language changed: every text again.
    void retranslate();

private:
    ProjectDocument *m_document;
    int m_count = 0; // what the views were told, between begin and end
};

} // namespace scs

#pragma once

#include "model/FieldId.h"

#include <QAbstractListModel>
#include <QIcon>

namespace scs {

class ProjectDocument;

// The sections of one request, in order, each with its title, its own
// error and warning counts (or "Complete"/"Incomplete"), an icon and its
// help. Rows never change in number; their texts change in place when the
// request does.
class SectionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SectionRole = Qt::UserRole, StatusRole };

    explicit SectionModel(ProjectDocument *document, QObject *parent = nullptr);

    void setRequestIndex(int index);
    int requestIndex() const { return m_requestIndex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static int rowOf(SectionId section) { return int(section); }
    static SectionId sectionAt(int row) { return SectionId(row); }

    // Re-reads the request (normally on the document's signals).
    void refresh();
    // The language changed: every text again.
    void retranslate();

private:
    enum class Mark { None, Error, Warning, Complete };
    struct Row
    {
        QString status;
        Mark mark = Mark::None;
        friend bool operator==(const Row &, const Row &) = default;
    };

    ProjectDocument *m_document;
    int m_requestIndex = -1;
    QList<Row> m_rows;
};

} // namespace scs

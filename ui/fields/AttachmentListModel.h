#pragma once

#include "model/FieldValue.h"

#include <QAbstractTableModel>

namespace scs {

// The files of an attachments field as a table: name, type, size and
// description (the one column the user edits in place). A view of the
// value the editor shows; the editor turns an edited description into an
// undoable edit of the whole field.
class AttachmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SizeColumn, DescriptionColumn, ColumnCount };

    explicit AttachmentListModel(QObject *parent = nullptr);

    const AttachmentList &attachments() const { return m_attachments; }
    void setAttachments(const AttachmentList &attachments);
    // Headers and sizes in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The user changed the description of one file (already in attachments()).
    void descriptionEdited();

private:
    AttachmentList m_attachments;
};

} // namespace scs

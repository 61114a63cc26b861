#pragma once

#include "model/FieldValue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

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

    // The thumbnails' size (the name column's decoration).
    static QSize thumbnailSize();
    // How many pictures were decoded so far (tests: thumbnails are made
    // only when a view asks for them, and once per file).
    int decodedCount() const { return m_decoded; }

Q_SIGNALS:
    // The user changed the description of one file (already in attachments()).
    void descriptionEdited();

private:
    QPixmap thumbnail(const Attachment &attachment) const;

    AttachmentList m_attachments;
    // Thumbnails by the files' bytes: made when a view first paints a row
    // (so never at start-up, when the image plugins must stay unloaded),
    // kept across reorders and undo.
    mutable QHash<QByteArray, QPixmap> m_thumbnails;
    mutable int m_decoded = 0;
};

} // namespace scs

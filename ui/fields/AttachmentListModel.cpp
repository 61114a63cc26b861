#include "AttachmentListModel.h"

#include "AttachmentPreview.h"
#include "model/Limits.h"

#include <QCryptographicHash>
#include <QLocale>

namespace scs {

AttachmentListModel::AttachmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AttachmentListModel::setAttachments(const AttachmentList &attachments)
{
    if (attachments == m_attachments)
        return;
    if (attachments.size() == m_attachments.size()) {
        m_attachments = attachments;
        if (!m_attachments.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_attachments = attachments;
    endResetModel();
    // Forget the pictures of files no longer listed (after a remove).
    if (m_thumbnails.size() > m_attachments.size()) {
        QHash<QByteArray, QPixmap> kept;
        for (const Attachment &attachment : std::as_const(m_attachments)) {
            const QByteArray key = QCryptographicHash::hash(attachment.data, QCryptographicHash::Sha1);
            if (m_thumbnails.contains(key))
                kept.insert(key, m_thumbnails.value(key));
        }
        m_thumbnails = kept;
    }
}

QSize AttachmentListModel::thumbnailSize()
{
    return {48, 64};
}

QPixmap AttachmentListModel::thumbnail(const Attachment &attachment) const
{
    const QByteArray key = QCryptographicHash::hash(attachment.data, QCryptographicHash::Sha1);
    auto it = m_thumbnails.constFind(key);
    if (it != m_thumbnails.constEnd())
        return it.value();
    ++m_decoded;
    const QPixmap pixmap = QPixmap::fromImage(AttachmentPreview::render(attachment, thumbnailSize()).image);
    m_thumbnails.insert(key, pixmap);
    return pixmap;
}

void AttachmentListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_attachments.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment &attachment = m_attachments.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return attachment.name;
        case TypeColumn:
            return attachment.mediaType;
        case SizeColumn:
            return role == Qt::EditRole ? QVariant(qint64(attachment.data.size()))
                                        : QVariant(QLocale().formattedDataSize(attachment.data.size()));
        case DescriptionColumn:
            return attachment.description;
        }
    }
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return thumbnail(attachment);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SizeColumn
        && attachment.data.size() > limits::AttachmentBytes)
        return tr("Larger than the %1 a carrier accepts.")
                .arg(QLocale().formattedDataSize(limits::AttachmentBytes));
    return {};
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("File");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DescriptionColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttachmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != DescriptionColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // A single-line answer: line breaks pasted in become spaces.
    QString description = value.toString().simplified().left(limits::TextLength);
    Attachment &attachment = m_attachments[index.row()];
    if (attachment.description == description)
        return false;
    attachment.description = description;
    Q_EMIT dataChanged(index, index);
    Q_EMIT descriptionEdited();
    return true;
}

} // namespace scs

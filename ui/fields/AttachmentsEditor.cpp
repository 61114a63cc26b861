#include "AttachmentsEditor.h"

#include "AttachmentIntake.h"
#include "AttachmentListModel.h"
#include "AttachmentViewer.h"
#include "Dialogs.h"
#include "ImageShrink.h"
#include "model/Limits.h"
#include "widgets/WrapLabel.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
QString picturesDirectory()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(pictures).exists() ? pictures : QDir::homePath();
}
} // namespace

AttachmentsEditor::AttachmentsEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_model(new AttachmentListModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_paste(new QPushButton(this))
    , m_moveUp(new QPushButton(this))
    , m_moveDown(new QPushButton(this))
    , m_replace(new QPushButton(this))
    , m_message(new WrapLabel(this))
{
    m_view->setObjectName(objectName() + u"TableView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(AttachmentListModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AttachmentListModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttachmentListModel::SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttachmentListModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AttachmentListModel::NameColumn, 200);
    m_view->setIconSize(AttachmentListModel::thumbnailSize());
    m_view->verticalHeader()->setDefaultSectionSize(AttachmentListModel::thumbnailSize().height() + 6);
    m_view->setMinimumHeight(AttachmentListModel::thumbnailSize().height() * 3);
    setAcceptDrops(true);

    m_add->setObjectName(u"addAttachmentButton"_s);
    m_remove->setObjectName(u"removeAttachmentButton"_s);
    m_paste->setObjectName(u"pasteAttachmentButton"_s);
    m_moveUp->setObjectName(u"moveAttachmentUpButton"_s);
    m_moveDown->setObjectName(u"moveAttachmentDownButton"_s);
    m_replace->setObjectName(u"replaceAttachmentButton"_s);
    m_message->setObjectName(u"attachmentMessageLabel"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::Text);
    m_message->hide();

    // The buttons go under the table, in two rows: beside it they left the
    // description column a few pixels wide in a window of common size.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_paste, 0, 1);
    buttons->addWidget(m_replace, 0, 2);
    buttons->addWidget(m_moveUp, 1, 0);
    buttons->addWidget(m_moveDown, 1, 1);
    buttons->addWidget(m_remove, 1, 2);
    buttons->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    setFocusProxy(m_view);

    // Delete in the table removes the selected files, as Remove does.
    auto *removeAction = new QAction(m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &AttachmentsEditor::removeSelected);

    // Ctrl+V in the table pastes, Ctrl+Up/Down move the selected file.
    auto *pasteAction = new QAction(m_view);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(pasteAction);
    connect(pasteAction, &QAction::triggered, this, &AttachmentsEditor::paste);
    for (auto [key, delta] : {std::pair {Qt::Key_Up, -1}, std::pair {Qt::Key_Down, 1}}) {
        auto *move = new QAction(m_view);
        move->setShortcut(QKeySequence(Qt::CTRL | key));
        move->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(move);
        connect(move, &QAction::triggered, this, [this, delta = delta] { moveSelected(delta); });
    }

    connect(m_add, &QPushButton::clicked, this, &AttachmentsEditor::chooseFiles);
    connect(m_paste, &QPushButton::clicked, this, &AttachmentsEditor::paste);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_replace, &QPushButton::clicked, this, &AttachmentsEditor::chooseReplacement);
    // Return or a double-click on a row (but not on a description, which
    // opens for editing) shows the file large.
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { viewFile(index.row()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AttachmentsEditor::showContextMenu);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsEditor::removeSelected);
    connect(m_model, &AttachmentListModel::descriptionEdited, this,
            [this] { Q_EMIT edited(FieldValue(m_model->attachments())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsEditor::updateButtons);
    retranslate();
    updateButtons();
}

void AttachmentsEditor::setValue(const FieldValue &value)
{
    m_model->setAttachments(value.toAttachments());
    updateButtons();
}

void AttachmentsEditor::focusEditor(int item)
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (item >= 0 && item < m_model->rowCount())
        m_view->selectRow(item);
}

QString AttachmentsEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AttachmentsEditor::showMessage(const QStringList &lines)
{
    m_message->setText(lines.join(u'\n'));
    m_message->setVisible(!lines.isEmpty());
}

void AttachmentsEditor::chooseFiles()
{
    const QStringList paths =
            Dialogs::openFileNames(this, tr("Add Screenshots or Mockups"), picturesDirectory(),
                                   tr("Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void AttachmentsEditor::addFiles(const QStringList &paths)
{
    QList<std::pair<QString, QByteArray>> files;
    QStringList refused;
    for (const QString &path : paths) {
        std::pair<QString, QByteArray> file;
        if (AttachmentIntake::readFile(path, file, refused))
            files.append(file);
    }
    addData(files, refused);
}

void AttachmentsEditor::addData(const QList<std::pair<QString, QByteArray>> &files, QStringList refused)
{
    AttachmentList attachments = m_model->attachments();
    const qsizetype before = attachments.size();
    for (auto [name, data] : files) {
        if (attachments.size() >= limits::Attachments) {
            refused << tr("%1 was not added: a request takes at most %n file(s).", nullptr,
                          int(limits::Attachments))
                               .arg(name);
            continue;
        }
        const QString type = AttachmentIntake::accept(this, name, data, refused);
        if (!type.isEmpty())
            attachments.append({name, type, QString(), data});
    }
    showMessage(refused);
    if (attachments.size() == before)
        return;
    Q_EMIT edited(FieldValue(attachments));
    selectOnly(int(attachments.size() - 1));
}

void AttachmentsEditor::chooseReplacement()
{
    if (selectedRow() < 0)
        return;
    const QString path =
            Dialogs::openFileName(this, tr("Replace the Screenshot or Mockup"), picturesDirectory(),
                                  tr("Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
    if (!path.isEmpty())
        replaceSelected(path);
}

void AttachmentsEditor::replaceSelected(const QString &path)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QStringList refused;
    std::pair<QString, QByteArray> file;
    QString type;
    if (AttachmentIntake::readFile(path, file, refused))
        type = AttachmentIntake::accept(this, file.first, file.second, refused);
    showMessage(refused);
    if (type.isEmpty())
        return;
    AttachmentList attachments = m_model->attachments();
    Attachment &attachment = attachments[row];
    attachment.name = file.first;
    attachment.mediaType = type;
    attachment.data = file.second;
    Q_EMIT edited(FieldValue(attachments));
    selectOnly(row);
}

void AttachmentsEditor::viewFile(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    auto *viewer = new AttachmentViewer(m_model->attachments().at(row), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

void AttachmentsEditor::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row()))
        selectOnly(index.row());
    QMenu menu(this);
    const int row = selectedRow();
    menu.addAction(tr("View"), this, [this, row] { viewFile(row); })->setEnabled(row >= 0);
    menu.addAction(tr("Replace…"), this, &AttachmentsEditor::chooseReplacement)
            ->setEnabled(row >= 0 && !isReadOnly());
    menu.addAction(tr("Remove"), this, &AttachmentsEditor::removeSelected)
            ->setEnabled(m_view->selectionModel()->hasSelection() && !isReadOnly());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void AttachmentsEditor::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (!paths.isEmpty()) {
            addFiles(paths);
            return;
        }
    }
    if (mime->hasImage()) {
        // A copied picture (a screenshot tool, a browser): saved as PNG,
        // named after the time it was pasted.
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && image.save(&buffer, "PNG")) {
            // Not translated: a plain ASCII name survives every upload form.
            const QString name =
                    u"pasted-%1.png"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
            addData({{name, png}}, {});
            return;
        }
    }
    showMessage({tr("The clipboard holds no picture or file to add.")});
}

void AttachmentsEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !isReadOnly())
        event->acceptProposedAction();
}

void AttachmentsEditor::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

void AttachmentsEditor::selectOnly(int row)
{
    // Not selectRow(): with Ctrl held (Ctrl+Up) it would toggle the row
    // into the selection instead of selecting only it.
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int AttachmentsEditor::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().row() : -1;
}

void AttachmentsEditor::moveSelected(int delta)
{
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    AttachmentList attachments = m_model->attachments();
    attachments.move(row, to);
    Q_EMIT edited(FieldValue(attachments));
    selectOnly(to);
}

void AttachmentsEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    AttachmentList attachments = m_model->attachments();
    for (int row : std::as_const(rows))
        attachments.removeAt(row);
    showMessage({});
    Q_EMIT edited(FieldValue(attachments));
}

void AttachmentsEditor::updateButtons()
{
    m_add->setEnabled(m_model->rowCount() < limits::Attachments);
    m_paste->setEnabled(m_model->rowCount() < limits::Attachments);
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
    const int row = selectedRow();
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    m_replace->setEnabled(row >= 0);
}

void AttachmentsEditor::retranslate()
{
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add PNG, JPEG or PDF files of at most 1 MiB each."));
    m_remove->setText(tr("Remove"));
    m_paste->setText(tr("Paste"));
    m_paste->setToolTip(tr("Add the picture or the files on the clipboard (Ctrl+V in the list)."));
    m_moveUp->setText(tr("Move Up"));
    m_moveDown->setText(tr("Move Down"));
    m_replace->setText(tr("Replace…"));
    m_replace->setToolTip(tr("Put another file in place of the selected one, keeping its description."));
    m_model->retranslate();
}

} // namespace scs

#pragma once

#include "FieldEditor.h"

#include <utility>

class QPushButton;
class QTableView;

namespace scs {

class AttachmentListModel;
class WrapLabel;

// An attachments field (evidence.optin_mockups): the files as a table
// (a thumbnail and the name, type, size, description; the description is
// edited in place), Add… to pick PNG, JPEG or PDF files, Paste (Ctrl+V:
// an image or files from the clipboard), files dropped on it, Move Up and
// Move Down, Replace… (another file in the same place, keeping the description), Remove. Every change is one
// undoable edit of the field. Files the carriers would not take (another type, over 1 MiB, an 11th file) are
// refused with a message under the table; the readers still open such files from other sources and the rules
// report them (AttachmentIntake reads and checks the files). Thumbnails are decoded only when the table
// paints them (AttachmentListModel).
class AttachmentsEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit AttachmentsEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *pasteButton() const { return m_paste; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }
    QPushButton *replaceButton() const { return m_replace; }
    // Why the last files were refused; empty when all were added.
    QString message() const;

    // Adds the files at `paths` (what Add… does after the file dialog):
    // those that fit are added as one edit, the others named in message().
    void addFiles(const QStringList &paths);
    // Puts the file at `path` in place of the selected one (what Replace…
    // does after the file dialog), keeping its description and position, as
    // one edit; refused as Add… refuses.
    void replaceSelected(const QString &path);
    // Opens the file in `row` large, in a window of its own.
    void viewFile(int row);
    // Removes the selected files as one edit.
    void removeSelected();
    // Moves the selected file one place up (-1) or down (+1), as one edit.
    void moveSelected(int delta);
    // Adds what the clipboard holds: an image (saved as PNG, or the
    // copied file's own bytes when it is one) or copied files.
    void paste();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Adds files already read: (name, bytes) pairs.
    void addData(const QList<std::pair<QString, QByteArray>> &files, QStringList refused);
    void chooseReplacement();
    void showContextMenu(const QPoint &pos);
    int selectedRow() const;
    void selectOnly(int row);
    void chooseFiles();
    void updateButtons();
    void showMessage(const QStringList &lines);

    AttachmentListModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_paste;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QPushButton *m_replace;
    WrapLabel *m_message;
};

} // namespace scs

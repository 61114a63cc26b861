#pragma once

#include "FieldEditor.h"

class QPushButton;
class QTableView;

namespace scs {

class AttachmentListModel;
class WrapLabel;

// An attachments field (evidence.optin_mockups): the files as a table
// (name, type, size, description; the description is edited in place),
// Add… to pick PNG, JPEG or PDF files and Remove. Every change is one
// undoable edit of the field. Files the carriers would not take (another
// type, over 1 MiB, an 11th file) are refused with a message under the
// table; the readers still open such files from other sources and the
// rules report them.
//
// Kept in one place (with AttachmentListModel) so that the mockups page
// can grow from it: thumbnails, drag and drop, paste, reordering.
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
    // Why the last files were refused; empty when all were added.
    QString message() const;

    // Adds the files at `paths` (what Add… does after the file dialog):
    // those that fit are added as one edit, the others named in message().
    void addFiles(const QStringList &paths);
    // Removes the selected files as one edit.
    void removeSelected();

    // Tests: the next Add… takes these paths instead of asking.
    void setNextFileNames(const QStringList &paths) { m_nextFileNames = paths; }

    // The media type of a file by its first bytes: "image/png",
    // "image/jpeg", "application/pdf", or an empty string.
    static QString sniffMediaType(const QByteArray &data);

private:
    void chooseFiles();
    void updateButtons();
    void showMessage(const QStringList &lines);

    AttachmentListModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    WrapLabel *m_message;
    QStringList m_nextFileNames;
};

} // namespace scs

#pragma once

#include "model/Project.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUuid>

namespace scs {

class ProjectDocument;

// Sets one field of one request. Consecutive edits of the same text field
// merge into one step (typing a word is one undo); an edit that ends where
// it started marks itself obsolete and disappears from the stack.
class SetFieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFieldCommand)

public:
    // `mergeable` false makes the edit a step of its own (a one-click
    // replacement), never merged with typing before or after it.
    SetFieldCommand(ProjectDocument *document, int requestIndex, FieldId field, const FieldValue &value,
                    bool mergeable = true, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

    FieldId field() const { return m_field; }

private:
    ProjectDocument *m_document;
    QUuid m_request;
    FieldId m_field;
    FieldValue m_old;
    FieldValue m_new;
    bool m_mergeable;
};

class SetTitleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTitleCommand)

public:
    SetTitleCommand(ProjectDocument *document, int requestIndex, const QString &title);
    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    QUuid m_request;
    QString m_old;
    QString m_new;
};

// Inserts a request at an index (New, Duplicate, Split By Country).
class InsertRequestCommand : public QUndoCommand
{
public:
    InsertRequestCommand(ProjectDocument *document, int index, const Request &request, const QString &text,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    int m_index;
    Request m_request;
};

// Replaces the whole project (a revision restored from the history).
class ReplaceProjectCommand : public QUndoCommand
{
public:
    ReplaceProjectCommand(ProjectDocument *document, const Project &project, const QString &text);
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    Project m_old;
    Project m_new;
};

class RemoveRequestCommand : public QUndoCommand
{
public:
    RemoveRequestCommand(ProjectDocument *document, int index, const QString &text,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    int m_index;
    Request m_request;
};

} // namespace scs

#include "UndoCommands.h"

#include "ProjectDocument.h"
#include "catalog/Catalog.h"

namespace scs {

namespace {

// Typing produces one command per keystroke; these kinds merge them (the
// digits typed into a spin box too).
bool isTyped(FieldKind kind)
{
    return isFreeText(kind) || kind == FieldKind::Money || kind == FieldKind::Integer
            || kind == FieldKind::Examples || kind == FieldKind::Keywords;
}

// The one example whose label or text differs between two lists of the
// same length, or -1 (none, several, or examples added, removed, moved).
int singleChangedExample(const ExampleList &a, const ExampleList &b)
{
    if (a.size() != b.size())
        return -1;
    int changed = -1;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i) == b.at(i))
            continue;
        if (changed >= 0)
            return -1;
        changed = i;
    }
    return changed;
}

} // namespace

SetFieldCommand::SetFieldCommand(ProjectDocument *document, int requestIndex, FieldId field,
                                 const FieldValue &value, bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_request(document->request(requestIndex).uuid())
    , m_field(field)
    , m_old(document->request(requestIndex).value(field))
    , m_new(value)
    , m_mergeable(mergeable && isTyped(Catalog::field(field).kind))
{
    setText(tr("Edit %1").arg(Catalog::label(field)));
}

void SetFieldCommand::undo()
{
    const int index = m_document->indexOf(m_request);
    if (index >= 0)
        m_document->applyFieldValue(index, m_field, m_old);
}

void SetFieldCommand::redo()
{
    const int index = m_document->indexOf(m_request);
    if (index >= 0)
        m_document->applyFieldValue(index, m_field, m_new);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_request != m_request || next->m_field != m_field)
        return false;
    // Typing in one example merges; adding, removing or moving one is a
    // step of its own.
    if (Catalog::field(m_field).kind == FieldKind::Examples) {
        const int typed = singleChangedExample(m_old.toExamples(), m_new.toExamples());
        if (typed < 0 || typed != singleChangedExample(m_new.toExamples(), next->m_new.toExamples()))
            return false;
    }
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

SetTitleCommand::SetTitleCommand(ProjectDocument *document, int requestIndex, const QString &title)
    : m_document(document)
    , m_request(document->request(requestIndex).uuid())
    , m_old(document->request(requestIndex).title())
    , m_new(title)
{
    setText(tr("Rename Request"));
}

void SetTitleCommand::undo()
{
    const int index = m_document->indexOf(m_request);
    if (index >= 0)
        m_document->applyTitle(index, m_old);
}

void SetTitleCommand::redo()
{
    const int index = m_document->indexOf(m_request);
    if (index >= 0)
        m_document->applyTitle(index, m_new);
}

bool SetTitleCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTitleCommand *>(other);
    if (next->m_request != m_request)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

InsertRequestCommand::InsertRequestCommand(ProjectDocument *document, int index, const Request &request,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_index(index)
    , m_request(request)
{ }

void InsertRequestCommand::undo()
{
    m_document->applyRemoveRequest(m_index);
}

void InsertRequestCommand::redo()
{
    m_document->applyInsertRequest(m_index, m_request);
}

ReplaceProjectCommand::ReplaceProjectCommand(ProjectDocument *document, const Project &project,
                                             const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_old(document->project())
    , m_new(project)
{ }

void ReplaceProjectCommand::undo()
{
    m_document->applyProject(m_old);
}

void ReplaceProjectCommand::redo()
{
    m_document->applyProject(m_new);
}

RemoveRequestCommand::RemoveRequestCommand(ProjectDocument *document, int index, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_index(index)
    , m_request(document->request(index))
{ }

void RemoveRequestCommand::undo()
{
    m_document->applyInsertRequest(m_index, m_request);
}

void RemoveRequestCommand::redo()
{
    m_document->applyRemoveRequest(m_index);
}

} // namespace scs

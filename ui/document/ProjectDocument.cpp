#include "ProjectDocument.h"

#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace scs {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    // The undo stack, our child, is destroyed after us and emits
    // indexChanged as it goes: nobody may call into a half-destroyed document.
    m_undoStack->disconnect();
}

void ProjectDocument::reset(const Project &project, const QString &filePath)
{
    m_undoStack->clear();
    Q_EMIT aboutToReset();
    m_project = project;
    m_filePath = filePath;
    recheckAll();
    m_undoStack->setClean();
    Q_EMIT projectReset();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
}

void ProjectDocument::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void ProjectDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

QString ProjectDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    if (!m_project.name.trimmed().isEmpty())
        return m_project.name.trimmed();
    return tr("Untitled");
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

int ProjectDocument::indexOf(const QUuid &uuid) const
{
    for (int i = 0; i < m_project.requests.size(); ++i) {
        if (m_project.requests.at(i).uuid() == uuid)
            return i;
    }
    return -1;
}

QList<Finding> ProjectDocument::findings(int requestIndex) const
{
    if (requestIndex < 0 || requestIndex >= m_engines.size())
        return {};
    return m_engines.at(requestIndex)->findings();
}

int ProjectDocument::findingCount(int requestIndex, Severity severity) const
{
    if (requestIndex < 0 || requestIndex >= m_engines.size())
        return 0;
    return m_engines.at(requestIndex)->count(severity);
}

void ProjectDocument::applyFieldValue(int requestIndex, FieldId field, const FieldValue &value)
{
    // Every edit (and its undo) goes through here: an emptied text or list
    // is stored as no value, as a new project would have it.
    const FieldValue normalized = value.normalized();
    Request &request = m_project.requests[requestIndex];
    if (request.value(field) == normalized)
        return;
    request.setValue(field, normalized);
    Q_EMIT fieldChanged(requestIndex, field);
    // Only the rules that read this field run again.
    if (m_engines.at(requestIndex)->update(request, field))
        Q_EMIT findingsChanged(requestIndex);
    Q_EMIT requestStateChanged(requestIndex);
}

void ProjectDocument::applyTitle(int requestIndex, const QString &title)
{
    m_project.requests[requestIndex].setTitle(title);
    Q_EMIT titleChanged(requestIndex);
}

void ProjectDocument::applyInsertRequest(int index, const Request &request)
{
    Q_EMIT requestAboutToBeInserted(index);
    m_project.requests.insert(index, request);
    auto engine = std::make_shared<RuleEngine>();
    engine->reset(request);
    m_engines.insert(index, engine);
    Q_EMIT requestInserted(index);
    Q_EMIT requestsChanged();
    Q_EMIT findingsChanged(index);
    Q_EMIT requestStateChanged(index);
}

void ProjectDocument::applyRemoveRequest(int index)
{
    Q_EMIT requestAboutToBeRemoved(index);
    m_project.requests.removeAt(index);
    m_engines.removeAt(index);
    Q_EMIT requestRemoved(index);
    Q_EMIT requestsChanged();
}

void ProjectDocument::applyMoveRequest(int from, int to)
{
    Q_EMIT requestAboutToBeMoved(from, to);
    m_project.requests.move(from, to);
    m_engines.move(from, to);
    Q_EMIT requestMoved(from, to);
    Q_EMIT requestsChanged();
}

void ProjectDocument::applyProject(const Project &project)
{
    Q_EMIT aboutToReset();
    m_project = project;
    recheckAll();
    Q_EMIT projectReset();
}

void ProjectDocument::recheckAll()
{
    m_engines.clear();
    for (const Request &request : std::as_const(m_project.requests)) {
        auto engine = std::make_shared<RuleEngine>();
        engine->reset(request);
        m_engines.append(engine);
    }
}

} // namespace scs

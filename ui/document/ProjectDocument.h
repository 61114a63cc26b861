#pragma once

#include "model/Project.h"
#include "rules/RuleEngine.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace scs {

// The open project as the editor sees it: the Project value, the undo stack
// through which every edit goes, the file it belongs to, and the findings of
// each request, kept current field by field. Widgets never change the
// Project directly: they push commands (SetFieldCommand, ...), the commands
// call the apply* functions, and the document announces the change.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    // Replaces everything (open, new): clears the undo stack, re-checks all.
    void reset(const Project &project, const QString &filePath = {});

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // A name to show: the file's base name, else the project's name, else "Untitled".
    QString displayName() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    // A project that cannot be saved where it is (another process holds
    // the file): editors show it read-only and push no edits.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    int requestCount() const { return int(m_project.requests.size()); }
    const Request &request(int index) const { return m_project.requests.at(index); }
    int indexOf(const QUuid &uuid) const;

    // The findings of a request, in catalog order.
    QList<Finding> findings(int requestIndex) const;
    int findingCount(int requestIndex, Severity severity) const;

    // Used by undo commands only: change the model and announce it.
    void applyFieldValue(int requestIndex, FieldId field, const FieldValue &value);
    void applyTitle(int requestIndex, const QString &title);
    void applyInsertRequest(int index, const Request &request);
    void applyRemoveRequest(int index);
    void applyMoveRequest(int from, int to);
    // Everything at once (a revision restored), keeping the undo stack.
    void applyProject(const Project &project);

Q_SIGNALS:
    void projectReset();
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);
    void modifiedChanged(bool modified);
    void fieldChanged(int requestIndex, FieldId field);
    void titleChanged(int requestIndex);
    void requestsChanged();
    // The same, one by one, before and after the change (for models).
    void requestAboutToBeInserted(int index);
    void requestInserted(int index);
    void requestAboutToBeRemoved(int index);
    void requestRemoved(int index);
    void requestAboutToBeMoved(int from, int to);
    void requestMoved(int from, int to);
    void aboutToReset();
    // The findings of a request changed (after a field change or a reset).
    void findingsChanged(int requestIndex);
    // A request's values, and so perhaps its completeness and findings,
    // changed: once per edit, after fieldChanged() and findingsChanged().
    // For views that summarise a request (navigator, project list, status).
    void requestStateChanged(int requestIndex);

private:
    void recheckAll();

    Project m_project;
    QString m_filePath;
    bool m_readOnly = false;
    QUndoStack *m_undoStack = nullptr;
    // One engine per request, in step with m_project.requests.
    QList<std::shared_ptr<RuleEngine>> m_engines;
};

} // namespace scs

#include "ProjectSession.h"

#include "Config.h"

#include "ProjectDocument.h"
#include "UndoCommands.h"
#include "model/ProjectMerge.h"
#include "storage/Autosaver.h"
#include "storage/FileBackend.h"
#include "storage/InputFile.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"
#include "storage/WorkspaceProject.h"
#include "storage/WorkspaceWatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

int newestRevision(const ProjectFile &file)
{
    const QList<Revision> revisions = file.revisions(false);
    return revisions.isEmpty() ? 0 : revisions.last().number;
}

} // namespace

ProjectSession::ProjectSession(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_autosaveInterval(Config::get(Config::AutosaveIntervalMs))
{
    connect(m_document, &ProjectDocument::modifiedChanged, this, &ProjectSession::documentModified);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_autosaver && m_document->isModified())
            m_autosaver->markDirty();
    });
    m_presenceTimer = new QTimer(this);
    m_presenceTimer->setInterval(Config::get(Config::PresenceIntervalMs));
    connect(m_presenceTimer, &QTimer::timeout, this, &ProjectSession::updatePresence);
}

ProjectSession::~ProjectSession()
{
    closeWorkspace();
    if (m_watcherThread) {
        m_watcherThread->quit();
        // A query to a server that stopped answering may hold the thread:
        // then it is left to end with the process.
        if (!m_watcherThread->wait(3000))
            m_watcherThread->setParent(nullptr);
    }
}

void ProjectSession::startNew(const Project &project)
{
    discardRecoveryCopy();
    m_file.reset();
    closeWorkspace();
    m_document->reset(project);
    startAutosaver(QString());
    m_document->setReadOnly(false);
    Q_EMIT readOnlyChanged(false);
}

bool ProjectSession::open(const QString &path, QString *error)
{
    // Only regular files: a FIFO or a device is refused, never waited on.
    InputFile::Type type = InputFile::Type::Json;
    QByteArray json;
    const bool read = InputFile::read(path, &type, &json, error);
    if (read && type == InputFile::Type::ProjectFile)
        return openProjectFile(path, error);
    if (path.endsWith(u".scproj"_s, Qt::CaseInsensitive) && (read || QFileInfo(path).isFile()))
        return openProjectFile(path, error); // says clearly why it is not a project
    if (!read)
        return false;
    Project project;
    if (!readJson(path, json, &project, error))
        return false;
    if (project.name.isEmpty())
        project.name = QFileInfo(path).completeBaseName();
    startNew(project);
    return true;
}

bool ProjectSession::openProjectFile(const QString &path, QString *error)
{
    auto file = std::make_unique<FileBackend>();
    if (!file->open(path, ProjectFile::OpenMode::ReadWrite)) {
        *error = file->errorString();
        return false;
    }
    discardRecoveryCopy();
    closeWorkspace();
    m_file = std::move(file);
    m_document->reset(m_file->file().project(), m_file->file().path());
    startAutosaver(m_file->file().path());
    m_document->setReadOnly(m_file->file().isReadOnly());
    Q_EMIT readOnlyChanged(m_file->file().isReadOnly());
    return true;
}

bool ProjectSession::readJson(const QString &path, const QByteArray &json, Project *project, QString *error)
{
    const JsonFormat::ReadResult result = JsonFormat::read(json);
    if (!result.ok) {
        *error = tr("Could not read %1:\n%2").arg(QDir::toNativeSeparators(path), result.message());
        return false;
    }
    *project = result.project;
    return true;
}

bool ProjectSession::readJsonFile(const QString &path, Project *project, QString *error)
{
    InputFile::Type type = InputFile::Type::Json;
    QByteArray json;
    if (!InputFile::read(path, &type, &json, error))
        return false;
    if (type != InputFile::Type::Json) {
        *error = tr("%1 is a project file, not a JSON request; open it with File > Open.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return readJson(path, json, project, error);
}

bool ProjectSession::save(QString *error)
{
    if (!m_file || m_file->file().path().isEmpty()) {
        *error = tr("The project has no file yet: use Save As.");
        return false;
    }
    if (!m_file->file().save(m_document->project())) {
        *error = m_file->file().errorString();
        return false;
    }
    m_document->undoStack()->setClean();
    if (m_autosaver) {
        m_autosaver->markClean();
        m_autosaver->setBaseRevision(newestRevision(m_file->file()));
    }
    return true;
}

bool ProjectSession::saveAs(const QString &path, QString *error)
{
    QString target = path;
    if (!target.endsWith(u".scproj"_s, Qt::CaseInsensitive))
        target += u".scproj"_s;
    if (!m_file)
        m_file = std::make_unique<FileBackend>();
    if (!m_file->file().saveAs(target, m_document->project())) {
        *error = m_file->file().errorString();
        if (!m_file->file().isOpen())
            m_file.reset();
        return false;
    }
    closeWorkspace(); // a copy of a workspace project is a file of its own
    m_document->setFilePath(m_file->file().path());
    m_document->undoStack()->setClean();
    if (m_autosaver) {
        m_autosaver->markClean();
        m_autosaver->setSource(m_recovery.newKey(m_file->file().path()),
                               {m_file->file().path(), newestRevision(m_file->file())});
    }
    m_document->setReadOnly(m_file->file().isReadOnly());
    Q_EMIT readOnlyChanged(m_file->file().isReadOnly());
    return true;
}

bool ProjectSession::hasFile() const
{
    return m_file && !m_file->file().path().isEmpty();
}

ProjectFile *ProjectSession::file() const
{
    return m_file ? &m_file->file() : nullptr;
}

ProjectBackend *ProjectSession::backend() const
{
    if (m_workspace)
        return m_workspace.get();
    return hasFile() ? m_file.get() : nullptr;
}

bool ProjectSession::isReadOnly() const
{
    const ProjectBackend *where = backend();
    return where && where->isReadOnly();
}

QString ProjectSession::readOnlyMessage() const
{
    const ProjectBackend *where = backend();
    return where ? where->readOnlyMessage() : QString();
}

// ---- team workspaces ----------------------------------------------------------------------

bool ProjectSession::openWorkspaceProject(const QString &url, const QString &name, QString *error)
{
    auto project = std::make_unique<WorkspaceProject>();
    if (!project->open(url, name)) {
        *error = project->errorString();
        return false;
    }
    discardRecoveryCopy();
    m_file.reset();
    closeWorkspace();
    m_workspace = std::move(project);
    startWatcher(url);
    m_document->reset(m_workspace->project());
    // The recovery copy of a workspace project is restored as an untitled
    // project: what was typed is kept even when the server is gone.
    startAutosaver(QString());
    m_document->setReadOnly(m_workspace->isReadOnly());
    Q_EMIT readOnlyChanged(m_workspace->isReadOnly());
    return true;
}

void ProjectSession::startWatcher(const QString &url)
{
    if (!m_watcherThread) {
        m_watcherThread = new QThread(this);
        m_watcherThread->setObjectName(u"workspace watcher"_s);
        m_watcherThread->start();
    }
    m_watcher = new WorkspaceWatcher;
    m_watcher->moveToThread(m_watcherThread);
    connect(m_watcher, &WorkspaceWatcher::saved, this, [this](int revision, const QString &userName) {
        if (m_workspace && revision > m_workspace->lastRevision())
            Q_EMIT othersSaved(revision, userName);
    });
    connect(m_watcher, &WorkspaceWatcher::othersEditing, this, &ProjectSession::setOthersEditing);
    // Its connection is made in its thread, which alone may use it. Without
    // it the project still opens and saves (merging with what others
    // saved); only the live news of their saves is missing until a poll
    // connects again.
    QMetaObject::invokeMethod(
            m_watcher,
            [watcher = m_watcher, url, id = m_workspace->projectId(), user = ProjectFile::defaultUserName()] {
                if (!watcher->watch(url, id, user))
                    qInfo("workspace watcher: %s", qPrintable(watcher->errorString()));
            },
            Qt::QueuedConnection);
    m_pollPending = false;
    m_presenceTimer->start();
    updatePresence();
}

void ProjectSession::closeWorkspace()
{
    m_presenceTimer->stop();
    if (m_watcher) {
        disconnect(m_watcher, nullptr, this, nullptr);
        m_watcher->deleteLater(); // in its thread
        m_watcher = nullptr;
    }
    m_workspace.reset();
    if (!m_othersEditing.isEmpty()) {
        m_othersEditing.clear();
        Q_EMIT othersEditingChanged(m_othersEditing);
    }
}

void ProjectSession::setPresenceInterval(int milliseconds)
{
    m_presenceTimer->setInterval(milliseconds);
}

void ProjectSession::updatePresence()
{
    // One question at a time: a slow server does not pile them up.
    if (!m_watcher || !m_workspace || m_pollPending)
        return;
    m_pollPending = true;
    QMetaObject::invokeMethod(
            m_watcher,
            [watcher = m_watcher, revision = m_workspace->lastRevision()] { watcher->pollNow(revision); },
            Qt::QueuedConnection);
}

void ProjectSession::setOthersEditing(const QStringList &names)
{
    m_pollPending = false;
    // A server that cannot be reached shows nobody: not knowing is not
    // "nobody else", but it is not a name either.
    if (names != m_othersEditing) {
        m_othersEditing = names;
        Q_EMIT othersEditingChanged(names);
    }
}

void ProjectSession::replaceProject(const Project &project, const QString &text, bool clean)
{
    m_document->undoStack()->push(new ReplaceProjectCommand(m_document, project, text));
    if (clean)
        m_document->undoStack()->setClean();
}

ProjectBackend::SaveResult ProjectSession::saveToWorkspace(QString *error)
{
    if (!m_workspace) {
        *error = tr("The project is not in a workspace.");
        return ProjectBackend::SaveResult::Failed;
    }
    const ProjectBackend::SaveResult result = m_workspace->save(m_document->project());
    switch (result) {
    case ProjectBackend::SaveResult::Saved:
        m_document->undoStack()->setClean();
        break;
    case ProjectBackend::SaveResult::Merged:
        //: An undo step: what others saved in the workspace, taken into the open project.
        replaceProject(m_workspace->project(), tr("Take In Others' Changes"), true);
        break;
    case ProjectBackend::SaveResult::Conflict:
    case ProjectBackend::SaveResult::Failed:
        *error = m_workspace->errorString();
        return result;
    }
    if (m_autosaver)
        m_autosaver->markClean();
    return result;
}

void ProjectSession::resolveConflicts(const QList<bool> &takeMine)
{
    if (!m_workspace)
        return;
    //: An undo step: conflicting changes settled field by field.
    replaceProject(m_workspace->resolve(takeMine), tr("Settle Conflicts"), false);
}

ProjectBackend::SaveResult ProjectSession::takeInChanges(QString *error)
{
    if (!m_workspace) {
        *error = tr("The project is not in a workspace.");
        return ProjectBackend::SaveResult::Failed;
    }
    const bool wasModified = m_document->isModified();
    Project merged;
    const ProjectBackend::SaveResult result = m_workspace->takeIn(m_document->project(), &merged);
    if (result == ProjectBackend::SaveResult::Merged)
        replaceProject(merged, tr("Take In Others' Changes"), !wasModified);
    else if (result != ProjectBackend::SaveResult::Saved)
        *error = m_workspace->errorString();
    return result;
}

QList<RecoveryOffer> ProjectSession::recoveryOffers() const
{
    QList<RecoveryOffer> offers;
    for (const RecoveryEntry &entry : m_recovery.entries()) {
        // A copy that a running session (another instance, or this one)
        // still writes is not left over from a crash.
        if (m_recovery.isInUse(entry.key))
            continue;
        RecoveryOffer offer;
        offer.entry = entry;
        if (entry.originalPath.isEmpty()) {
            offer.state = RecoveryOffer::FileState::Untitled;
        } else if (!QFileInfo::exists(entry.originalPath)) {
            offer.state = RecoveryOffer::FileState::Missing;
        } else {
            ProjectFile file;
            if (!file.open(entry.originalPath, ProjectFile::OpenMode::ReadOnly)) {
                offer.state = RecoveryOffer::FileState::Unreadable;
                offer.problem = file.errorString();
            } else {
                const QList<Revision> revisions = file.revisions(false);
                const int newest = revisions.isEmpty() ? 0 : revisions.last().number;
                offer.state = newest == entry.baseRevision ? RecoveryOffer::FileState::Unchanged
                                                           : RecoveryOffer::FileState::ChangedSince;
                if (!revisions.isEmpty())
                    offer.latest = revisions.last();
            }
        }
        offers << offer;
    }
    return offers;
}

bool ProjectSession::restore(const RecoveryEntry &entry, ConflictChoice choice, QString *error,
                             int *conflicts)
{
    std::optional<Project> project = m_recovery.restore(entry.key, error);
    if (!project)
        return false;
    std::unique_ptr<FileBackend> backend;
    if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath)) {
        // Back in its own file (locked, with its history), holding the
        // recovered content as unsaved changes.
        backend = std::make_unique<FileBackend>();
        ProjectFile *file = &backend->file();
        if (!file->open(entry.originalPath, ProjectFile::OpenMode::ReadWrite)) {
            *error = file->errorString();
            return false;
        }
        if (newestRevision(*file) != entry.baseRevision) {
            // Saved since the copy's session read it (another instance,
            // an import): what was saved there is kept, merged with the copy.
            std::optional<Project> base;
            if (entry.baseRevision > 0)
                base = file->projectAtRevision(entry.baseRevision);
            // Without the revision the copy started from (an older copy),
            // merge from nothing: answers that differ are conflicts.
            const ProjectMerge merged = ProjectMerge::merge(
                    base.value_or(Project()), *project, file->project(), choice == ConflictChoice::KeepCopy);
            if (conflicts)
                *conflicts = int(merged.conflicts.size());
            if (!merged.conflicts.isEmpty() && choice == ConflictChoice::Ask)
                return false;
            project = merged.project;
        }
    }
    discardRecoveryCopy();
    m_autosaver.reset();
    closeWorkspace();
    m_file = std::move(backend);
    m_document->reset(*project, m_file ? m_file->file().path() : QString());
    startAutosaver(m_file ? m_file->file().path() : QString());
    m_document->undoStack()->resetClean(); // modified until saved
    // The restored changes are in this session's copy before the old copy
    // goes: a crash now loses nothing.
    if (m_autosaver->flush())
        m_recovery.remove(entry.key);
    m_document->setReadOnly(isReadOnly());
    Q_EMIT readOnlyChanged(isReadOnly());
    return true;
}

void ProjectSession::discardRecoveryCopy()
{
    if (m_autosaver)
        m_autosaver->markClean();
}

void ProjectSession::setAutosaveInterval(int milliseconds)
{
    m_autosaveInterval = milliseconds;
    if (m_autosaver)
        m_autosaver->setInterval(milliseconds);
}

int ProjectSession::fileRevision() const
{
    return m_file ? newestRevision(m_file->file()) : 0;
}

void ProjectSession::startAutosaver(const QString &originalPath)
{
    // A key of this session's own: the copy of an earlier session of the
    // same file (crashed, not restored) stays as it is.
    const RecoverySource source {originalPath, originalPath.isEmpty() ? 0 : fileRevision()};
    m_autosaver = std::make_unique<Autosaver>(&m_recovery, m_recovery.newKey(originalPath), source,
                                              [this] { return m_document->project(); });
    m_autosaver->setInterval(m_autosaveInterval);
    connect(m_autosaver.get(), &Autosaver::failed, this, &ProjectSession::autosaveFailed);
    connect(m_autosaver.get(), &Autosaver::written, this, &ProjectSession::autosaveWritten);
}

void ProjectSession::documentModified(bool modified)
{
    if (!m_autosaver)
        return;
    if (modified)
        m_autosaver->markDirty();
    else
        m_autosaver->markClean();
}

} // namespace scs

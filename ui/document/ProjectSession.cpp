#include "ProjectSession.h"

#include "Config.h"

#include "ProjectDocument.h"
#include "model/ProjectMerge.h"
#include "storage/Autosaver.h"
#include "storage/InputFile.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::startNew(const Project &project)
{
    discardRecoveryCopy();
    m_file.reset();
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
    auto file = std::make_unique<ProjectFile>();
    if (!file->open(path, ProjectFile::OpenMode::ReadWrite)) {
        *error = file->errorString();
        return false;
    }
    discardRecoveryCopy();
    m_file = std::move(file);
    m_document->reset(m_file->project(), m_file->path());
    startAutosaver(m_file->path());
    m_document->setReadOnly(m_file->isReadOnly());
    Q_EMIT readOnlyChanged(m_file->isReadOnly());
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
    if (!m_file || m_file->path().isEmpty()) {
        *error = tr("The project has no file yet: use Save As.");
        return false;
    }
    if (!m_file->save(m_document->project())) {
        *error = m_file->errorString();
        return false;
    }
    m_document->undoStack()->setClean();
    if (m_autosaver) {
        m_autosaver->markClean();
        m_autosaver->setBaseRevision(newestRevision(*m_file));
    }
    return true;
}

bool ProjectSession::saveAs(const QString &path, QString *error)
{
    QString target = path;
    if (!target.endsWith(u".scproj"_s, Qt::CaseInsensitive))
        target += u".scproj"_s;
    if (!m_file)
        m_file = std::make_unique<ProjectFile>();
    if (!m_file->saveAs(target, m_document->project())) {
        *error = m_file->errorString();
        if (!m_file->isOpen())
            m_file.reset();
        return false;
    }
    m_document->setFilePath(m_file->path());
    m_document->undoStack()->setClean();
    if (m_autosaver) {
        m_autosaver->markClean();
        m_autosaver->setSource(m_recovery.newKey(m_file->path()), {m_file->path(), newestRevision(*m_file)});
    }
    m_document->setReadOnly(m_file->isReadOnly());
    Q_EMIT readOnlyChanged(m_file->isReadOnly());
    return true;
}

bool ProjectSession::hasFile() const
{
    return m_file && !m_file->path().isEmpty();
}

bool ProjectSession::isReadOnly() const
{
    return m_file && m_file->isReadOnly();
}

QString ProjectSession::readOnlyMessage() const
{
    return m_file ? m_file->readOnlyMessage() : QString();
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
    std::unique_ptr<ProjectFile> file;
    if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath)) {
        // Back in its own file (locked, with its history), holding the
        // recovered content as unsaved changes.
        file = std::make_unique<ProjectFile>();
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
    m_file = std::move(file);
    m_document->reset(*project, m_file ? m_file->path() : QString());
    startAutosaver(m_file ? m_file->path() : QString());
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
    return m_file ? newestRevision(*m_file) : 0;
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

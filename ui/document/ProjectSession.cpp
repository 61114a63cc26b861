#include "ProjectSession.h"

#include "ProjectDocument.h"
#include "storage/Autosaver.h"
#include "storage/InputFile.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

bool processIsRunning(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

ProjectSession::ProjectSession(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_autosaveInterval(QSettings().value(u"autosave/intervalMs"_s, Autosaver::DefaultIntervalMs).toInt())
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
    if (m_autosaver)
        m_autosaver->markClean();
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
    const QString oldKey = m_autosaver ? m_autosaver->key() : QString();
    m_document->setFilePath(m_file->path());
    m_document->undoStack()->setClean();
    if (m_autosaver) {
        m_autosaver->markClean();
        m_recovery.remove(oldKey);
        m_autosaver->setOriginal(RecoveryStore::keyForPath(m_file->path()), m_file->path());
    }
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

QList<RecoveryEntry> ProjectSession::recoverableEntries() const
{
    QList<RecoveryEntry> entries;
    for (const RecoveryEntry &entry : m_recovery.entries()) {
        // A copy that another running instance is still writing is not
        // left over from a crash.
        if (entry.processId != QCoreApplication::applicationPid() && processIsRunning(entry.processId))
            continue;
        entries << entry;
    }
    return entries;
}

bool ProjectSession::restore(const RecoveryEntry &entry, QString *error)
{
    const std::optional<Project> project = m_recovery.restore(entry.key, error);
    if (!project)
        return false;
    m_file.reset();
    if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath)) {
        // Back in its own file (locked, with its history), holding the
        // recovered content as unsaved changes.
        auto file = std::make_unique<ProjectFile>();
        if (file->open(entry.originalPath, ProjectFile::OpenMode::ReadWrite))
            m_file = std::move(file);
    }
    discardRecoveryCopy();
    m_autosaver.reset();
    m_document->reset(*project, m_file ? m_file->path() : QString());
    m_recovery.remove(entry.key);
    startAutosaver(m_file ? m_file->path() : QString());
    m_document->undoStack()->resetClean(); // modified until saved; the autosaver keeps a copy
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

void ProjectSession::startAutosaver(const QString &originalPath)
{
    const QString key =
            originalPath.isEmpty() ? m_recovery.newUntitledKey() : RecoveryStore::keyForPath(originalPath);
    m_autosaver = std::make_unique<Autosaver>(&m_recovery, key, originalPath,
                                              [this] { return m_document->project(); });
    m_autosaver->setInterval(m_autosaveInterval);
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

#include "FileActions.h"

#include "Config.h"
#include "Dialogs.h"
#include "HistoryDialog.h"
#include "ProjectFileDialogs.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSession.h"
#include "document/RequestOperations.h"
#include "document/UndoCommands.h"
#include "examples/ExampleRequests.h"
#include "storage/FileOps.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QSaveFile>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace scs {

FileActions::FileActions(ProjectDocument *document, ProjectSession *session, QWidget *window)
    : WindowActions(window)
    , m_document(document)
    , m_session(session)
{
    m_new = makeAction(u"newAction"_s, QKeySequence::New, this, &FileActions::newProject);
    m_open = makeAction(u"openAction"_s, QKeySequence::Open, this, &FileActions::open);
    m_save = makeAction(u"saveAction"_s, QKeySequence::Save, this, &FileActions::save);
    // Ctrl+Shift+S whatever the platform's list says (some have none).
    m_saveAs = makeAction(u"saveAsAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                          &FileActions::saveAs);
    m_close = makeAction(u"closeAction"_s, QKeySequence::Close, this, &FileActions::closeProject);
    m_import = makeAction(u"importAction"_s, QKeySequence(), this, &FileActions::importJson);
    m_export = makeAction(u"exportAction"_s, QKeySequence(), this, &FileActions::exportJson);
    m_exportProject =
            makeAction(u"exportProjectAction"_s, QKeySequence(), this, &FileActions::exportProjectJson);
    m_history = makeAction(u"historyAction"_s, QKeySequence(Qt::CTRL | Qt::Key_H), this,
                           &FileActions::showHistory);

    for (auto signal : {&ProjectDocument::requestsChanged, &ProjectDocument::projectReset})
        connect(m_document, signal, this, &FileActions::updateEnabled);
    connect(m_document, &ProjectDocument::readOnlyChanged, this, &FileActions::updateEnabled);
    connect(m_document, &ProjectDocument::filePathChanged, this, &FileActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void FileActions::addOpenTo(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    m_recentMenu = menu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    rebuildRecentMenu();
    retranslate();
}

void FileActions::addSaveTo(QMenu *menu)
{
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addAction(m_close);
}

void FileActions::addJsonTo(QMenu *menu)
{
    menu->addAction(m_import);
    menu->addAction(m_export);
    menu->addAction(m_exportProject);
}

void FileActions::addHistoryTo(QMenu *menu)
{
    menu->addAction(m_history);
}

void FileActions::setCurrentRequest(int index)
{
    m_current = index;
    updateEnabled();
}

// ---- projects -----------------------------------------------------------------------------

void FileActions::newProject()
{
    if (!maybeSave())
        return;
    Project project;
    Request request;
    request.setTitle(RequestOperations::tr("New request"));
    project.requests << request;
    m_session->startNew(project);
    Q_EMIT requestSelected(0);
}

void FileActions::closeProject()
{
    if (!maybeSave())
        return;
    m_session->startNew(Project());
    Q_EMIT projectClosed();
}

void FileActions::openExample()
{
    const JsonFormat::ReadResult example =
            JsonFormat::read(ExampleRequests::read(ExampleRequests::compliantPath()));
    if (!example.ok)
        return;
    Project project = example.project;
    project.name = tr("Example");
    m_session->startNew(project);
    Q_EMIT requestSelected(0);
}

void FileActions::open()
{
    if (!maybeSave())
        return;
    const QString path = ProjectFileDialogs::askOpen(
            m_window, m_document,
            tr("Projects and requests (*.scproj *.json);;Shortcode Studio projects (*.scproj);;"
               "Request files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FileActions::openRecent(const QString &path)
{
    if (maybeSave())
        openFile(path);
}

bool FileActions::openFile(const QString &path)
{
    QString error;
    if (!m_session->open(path, &error)) {
        showError(error);
        return false;
    }
    Q_EMIT requestSelected(m_document->requestCount() > 0 ? 0 : -1);
    ProjectFileDialogs::remember(path);
    if (m_session->hasFile())
        addRecentFile(m_document->filePath());
    Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool FileActions::save()
{
    if (m_session->workspace() && !m_session->isReadOnly() && m_workspaceSave)
        return m_workspaceSave();
    if (!m_session->hasFile() || m_session->isReadOnly())
        return saveAs();
    QString error;
    if (!m_session->save(&error)) {
        showError(error);
        return false;
    }
    addRecentFile(m_document->filePath());
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool FileActions::saveAs()
{
    const QString suggested = m_document->displayName() + u".scproj"_s;
    const QString path = ProjectFileDialogs::askSave(m_window, m_document,
                                                     tr("Shortcode Studio projects (*.scproj)"), suggested);
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_session->saveAs(path, &error)) {
        showError(error);
        return false;
    }
    addRecentFile(m_document->filePath());
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer =
            Dialogs::ask(m_window, tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileActions::showError(const QString &text)
{
    Q_EMIT statusMessage(text.section(u'\n', 0, 0), 10000);
    Dialogs::warn(m_window, text);
}

// ---- JSON ---------------------------------------------------------------------------------

void FileActions::importJson()
{
    const QString path =
            ProjectFileDialogs::askOpen(m_window, m_document, tr("Request files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Project imported;
    QString error;
    if (!ProjectSession::readJsonFile(path, &imported, &error)) {
        showError(error);
        return;
    }
    // The imported requests join the project, as one undo step.
    const int last = RequestOperations::append(m_document, imported.requests);
    if (last >= 0)
        Q_EMIT requestSelected(last);
}

void FileActions::exportJson()
{
    if (m_current < 0 || m_current >= m_document->requestCount())
        return;
    const Request &request = m_document->request(m_current);
    const QString suggested = request.title().isEmpty() ? u"request.json"_s : request.title() + u".json"_s;
    const QString path =
            ProjectFileDialogs::askSave(m_window, m_document, tr("Request files (*.json)"), suggested);
    if (!path.isEmpty() && writeJson(path, JsonFormat::writeRequest(request)))
        Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void FileActions::exportProjectJson()
{
    const QString path = ProjectFileDialogs::askSave(m_window, m_document, tr("Request files (*.json)"),
                                                     m_document->displayName() + u".json"_s);
    if (!path.isEmpty() && writeJson(path, JsonFormat::writeProject(m_document->project())))
        Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool FileActions::writeJson(const QString &path, const QByteArray &data)
{
    // QSaveFile writes beside the target and renames over it: a failed
    // write leaves the old file as it was.
    QSaveFile file(path);
    if (!FileOps::openPrivate(&file) || file.write(data) != data.size() || !file.commit()) {
        showError(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

// ---- history ------------------------------------------------------------------------------

void FileActions::showHistory()
{
    if (!m_session->backend())
        return;
    auto *dialog = new HistoryDialog(m_session->backend(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRestoreEnabled(!m_document->isReadOnly());
    connect(dialog, &HistoryDialog::restoreRequested, this, &FileActions::restoreRevision);
    connect(dialog, &HistoryDialog::exportRequested, this, &FileActions::exportRevision);
    Dialogs::run(dialog);
}

void FileActions::restoreRevision(int revision)
{
    const ProjectBackend *backend = m_session->backend();
    const std::optional<Project> project = backend ? backend->projectAtRevision(revision) : std::nullopt;
    if (!project) {
        showError(backend ? backend->errorString() : QString());
        return;
    }
    m_document->undoStack()->push(
            new ReplaceProjectCommand(m_document, *project, tr("Restore Revision %1").arg(revision)));
    Q_EMIT statusMessage(
            tr("Restored revision %1. Save to keep it as a new revision; Undo takes it back.").arg(revision),
            10000);
}

void FileActions::exportRevision(int revision)
{
    const ProjectBackend *backend = m_session->backend();
    const std::optional<Project> project = backend ? backend->projectAtRevision(revision) : std::nullopt;
    if (!project) {
        showError(backend ? backend->errorString() : QString());
        return;
    }
    //: The suggested file name of a revision exported as JSON: the project's name and the revision.
    const QString suggested = tr("%1 revision %2.json").arg(m_document->displayName()).arg(revision);
    const QString path =
            ProjectFileDialogs::askSave(m_window, m_document, tr("Request files (*.json)"), suggested);
    if (!path.isEmpty() && writeJson(path, JsonFormat::writeProject(*project)))
        Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

// ---- recent files -------------------------------------------------------------------------

void FileActions::addRecentFile(const QString &path)
{
    Config::addRecentFile(path);
    rebuildRecentMenu();
}

void FileActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = Config::get(Config::RecentFiles);
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// ---- presentation -------------------------------------------------------------------------

void FileActions::updateEnabled()
{
    const bool editable = !m_document->isReadOnly();
    m_import->setEnabled(editable);
    m_export->setEnabled(m_current >= 0 && m_current < m_document->requestCount());
    m_history->setEnabled(m_session->backend() != nullptr);
}

void FileActions::retranslate()
{
    if (m_recentMenu)
        m_recentMenu->setTitle(tr("Open &Recent"));
    m_new->setText(tr("&New Project"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_close->setText(tr("&Close"));
    m_import->setText(tr("&Import JSON…"));
    m_export->setText(tr("&Export Request as JSON…"));
    m_exportProject->setText(tr("Export &Project as JSON…"));
    m_history->setText(tr("Revision &History…"));
}

} // namespace scs

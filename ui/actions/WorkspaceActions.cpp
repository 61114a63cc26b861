#include "WorkspaceActions.h"

#include "Dialogs.h"
#include "actions/FileActions.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSession.h"
#include "i18n/ListFormat.h"
#include "storage/WorkspaceProject.h"
#include "widgets/WorkspaceBar.h"
#include "workspace/ConflictDialog.h"
#include "workspace/OpenWorkspaceDialog.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace scs {

WorkspaceActions::WorkspaceActions(ProjectDocument *document, ProjectSession *session, FileActions *files,
                                   QWidget *window)
    : WindowActions(window)
    , m_document(document)
    , m_session(session)
    , m_files(files)
    , m_bar(new WorkspaceBar)
    , m_othersLabel(new QLabel)
{
    m_open = makeAction(u"openWorkspaceAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                        &WorkspaceActions::openWorkspace);
    m_bar->hide();
    m_othersLabel->setObjectName(u"othersEditingLabel"_s);
    m_othersLabel->setContentsMargins(0, 0, 12, 0); // apart from the counts beside it
    m_othersLabel->hide();
    m_files->setWorkspaceSave([this] { return save(); });
    connect(m_bar, &WorkspaceBar::takeInRequested, this, &WorkspaceActions::takeInChanges);
    connect(m_session, &ProjectSession::othersSaved, m_bar, &WorkspaceBar::showSave);
    connect(m_session, &ProjectSession::othersEditingChanged, this, &WorkspaceActions::updateOthers);
    // Another project (or none) replaced the workspace project: its news go.
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        if (!m_session->workspace())
            m_bar->hide();
    });
    retranslate();
}

void WorkspaceActions::addTo(QMenu *menu)
{
    menu->addAction(m_open);
}

void WorkspaceActions::openWorkspace()
{
    if (!m_files->maybeSave())
        return;
    auto *dialog = new OpenWorkspaceDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenWorkspaceDialog::openRequested, this, &WorkspaceActions::openProject);
    Dialogs::run(dialog);
}

bool WorkspaceActions::openProject(const QString &url, const QString &name)
{
    QString error;
    if (!m_session->openWorkspaceProject(url, name, &error)) {
        m_files->showError(error);
        return false;
    }
    m_bar->hide();
    Q_EMIT requestSelected(m_document->requestCount() > 0 ? 0 : -1);
    Q_EMIT statusMessage(tr("Opened %1").arg(m_session->workspace()->location()), 5000);
    return true;
}

bool WorkspaceActions::save()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a round trip to the server, or several
    const ProjectBackend::SaveResult result = m_session->saveToWorkspace(&error);
    QApplication::restoreOverrideCursor();
    const QString location = m_session->workspace() ? m_session->workspace()->location() : QString();
    const int revision = m_session->workspace() ? m_session->workspace()->lastRevision() : 0;
    switch (result) {
    case ProjectBackend::SaveResult::Saved:
        m_bar->hide();
        Q_EMIT statusMessage(tr("Saved revision %1 of %2").arg(revision).arg(location), 5000);
        return true;
    case ProjectBackend::SaveResult::Merged:
        m_bar->hide();
        Q_EMIT statusMessage(tr("Saved revision %1 of %2, with the changes others saved meanwhile")
                                     .arg(revision)
                                     .arg(location),
                             10000);
        return true;
    case ProjectBackend::SaveResult::Conflict:
        showConflicts(true);
        return false;
    case ProjectBackend::SaveResult::Failed:
        m_files->showError(tr("%1\nWhat you typed is still here, unsaved: save again once the workspace "
                              "can be reached, or use Save As to keep a copy in a file.")
                                   .arg(error));
        return false;
    }
    return false;
}

void WorkspaceActions::takeInChanges()
{
    QString error;
    switch (m_session->takeInChanges(&error)) {
    case ProjectBackend::SaveResult::Saved:
        Q_EMIT statusMessage(tr("Nothing new to take in."), 5000);
        break;
    case ProjectBackend::SaveResult::Merged:
        Q_EMIT statusMessage(tr("Took in revision %1.").arg(m_session->workspace()->lastRevision()), 5000);
        break;
    case ProjectBackend::SaveResult::Conflict:
        showConflicts(false);
        break;
    case ProjectBackend::SaveResult::Failed:
        m_files->showError(error);
        break;
    }
}

void WorkspaceActions::showConflicts(bool saving)
{
    WorkspaceProject *project = m_session->workspace();
    if (!project)
        return;
    auto *dialog = new ConflictDialog(
            project->conflicts(), m_document->displayName(),
            saving ? ConflictDialog::Purpose::Save : ConflictDialog::Purpose::TakeIn, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::settled, this, [this, saving](const QList<bool> &takeMine) {
        m_session->resolveConflicts(takeMine);
        if (saving)
            save();
        else
            Q_EMIT statusMessage(tr("Took in their changes; save to keep the result."), 10000);
    });
    Dialogs::run(dialog);
}

void WorkspaceActions::updateOthers()
{
    const QStringList names = m_session->othersEditing();
    m_othersLabel->setVisible(!names.isEmpty());
    //: The status bar, for a workspace project: who else has it open now.
    m_othersLabel->setText(tr("Also open by %1").arg(joinList(names)));
}

void WorkspaceActions::retranslate()
{
    m_open->setText(tr("Open &Workspace…"));
    updateOthers();
}

} // namespace scs

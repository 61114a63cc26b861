#include "MainWindow.h"

#include "AboutDialog.h"
#include "Config.h"
#include "Dialogs.h"
#include "StartPanel.h"
#include "actions/FileActions.h"
#include "actions/FindActions.h"
#include "actions/RecoveryActions.h"
#include "actions/RequestActions.h"
#include "actions/WorkspaceActions.h"
#include "catalog/Catalog.h"
#include "conversation/ConversationPanel.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSearch.h"
#include "document/ProjectSession.h"
#include "editor/FieldRow.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "fields/FieldEditor.h"
#include "i18n/LanguageManager.h"
#include "models/RequiredAnswers.h"
#include "panels/FindingsPanel.h"
#include "panels/ProjectPanel.h"
#include "panels/SectionNavigator.h"
#include "print/ExportActions.h"
#include "widgets/FindBar.h"
#include "widgets/MarkIcons.h"
#include "widgets/ReadOnlyBar.h"
#include "widgets/WorkspaceBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_document(new ProjectDocument(this))
    , m_session(new ProjectSession(m_document, this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);

    m_projects = new ProjectPanel(m_document);
    m_navigator = new SectionNavigator(m_document);
    m_editor = new RequestEditor(m_document);
    m_findings = new FindingsPanel(m_document);
    m_conversation = new ConversationPanel(m_document);

    // The request list is as tall as its entries (up to a limit); the
    // navigator takes the rest.
    m_leftPane = new QWidget;
    m_leftPane->setObjectName(u"leftPane"_s);
    auto *leftLayout = new QVBoxLayout(m_leftPane);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_projects);
    leftLayout->addWidget(m_navigator, 1);
    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->setObjectName(u"rightSplitter"_s);
    m_rightSplitter->addWidget(m_editor);
    m_rightSplitter->addWidget(m_findings);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_leftPane);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->addWidget(m_conversation); // View > Conversation; hidden at first
    m_conversation->hide();
    m_mainSplitter->setStretchFactor(1, 1);
    m_projects->setMinimumWidth(180);
    m_navigator->setMinimumWidth(180);
    m_editor->setMinimumWidth(360);
    m_findings->setMinimumHeight(90);
    for (QSplitter *splitter : {m_mainSplitter, m_rightSplitter})
        splitter->setChildrenCollapsible(false);
    m_readOnlyBar = new ReadOnlyBar;
    m_readOnlyBar->hide();

    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBar);
    m_startPanel = new StartPanel;
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_mainSplitter);
    m_pages->addWidget(m_startPanel);
    centralLayout->addWidget(m_pages, 1);
    m_findBar = new FindBar;
    m_findBar->hide();
    centralLayout->addWidget(m_findBar);
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (!m_pages->currentWidget()->isAncestorOf(QApplication::focusWidget()))
            m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
    });
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    // Stays until an autosave succeeds again: a failed recovery copy is
    // not a message to miss, nor one to pop up every 30 seconds.
    m_autosaveIndicator = new QLabel(this);
    m_autosaveIndicator->setObjectName(u"autosaveIndicator"_s);
    m_autosaveIndicator->hide();
    statusBar()->addPermanentWidget(m_autosaveIndicator);
    statusBar()->addPermanentWidget(m_statusLabel);

    createControllers();
    // Who else has a workspace project open; their saves, above the editor.
    statusBar()->insertPermanentWidget(0, m_workspaces->othersLabel());
    centralLayout->insertWidget(1, m_workspaces->bar());
    createActions();
    createMenus();
    retranslateUi();

    connect(m_projects, &ProjectPanel::requestSelected, this, &MainWindow::selectRequest);
    connect(m_navigator, &SectionNavigator::sectionSelected, m_editor, &RequestEditor::showSection);
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::goToFinding);
    connect(m_conversation, &ConversationPanel::messageActivated, this, &MainWindow::goToFinding);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::requestStateChanged, this, &MainWindow::updateStatus);
    for (auto signal : {&ProjectDocument::requestsChanged, &ProjectDocument::projectReset})
        connect(m_document, signal, this, &MainWindow::updateTitle);
    for (auto signal : {&ProjectDocument::requestsChanged, &ProjectDocument::projectReset})
        connect(m_document, signal, this, &MainWindow::updatePages);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updatePages);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updatePages);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::syncLanguageActions);
    connect(m_session, &ProjectSession::readOnlyChanged, this, &MainWindow::updateReadOnly);
    connect(m_session, &ProjectSession::autosaveFailed, this, &MainWindow::autosaveFailed);
    connect(m_session, &ProjectSession::autosaveWritten, m_autosaveIndicator, &QWidget::hide);

    // The first size fits the screen it opens on (at a 2x scale 1200x800
    // logical pixels did not).
    resize(defaultWindowSize(screen() ? screen()->availableGeometry().size() : QSize()));
    restoreGeometry(Config::get(Config::WindowGeometry));
    if (!m_mainSplitter->restoreState(Config::get(Config::MainSplitter)))
        m_mainSplitter->setSizes({260, 940});
    if (!m_rightSplitter->restoreState(Config::get(Config::RightSplitter)))
        m_rightSplitter->setSizes({560, 240});
    m_findingsAction->setChecked(Config::get(Config::FindingsShown));
    m_findings->setVisible(m_findingsAction->isChecked());
    m_conversationAction->setChecked(Config::get(Config::ConversationShown));

    // Empty until main() or the user opens something: building a request
    // only to replace it would cost start-up time.
    m_session->startNew(Project());
}

MainWindow::~MainWindow() = default;

void MainWindow::createControllers()
{
    // The work behind the File and Request menus; they select requests and
    // report in the status bar through the window.
    m_files = new FileActions(m_document, m_session, this);
    m_recovery = new RecoveryActions(m_document, m_session, m_files, this);
    m_workspaces = new WorkspaceActions(m_document, m_session, m_files, this);
    m_requests = new RequestActions(m_document, this);
    m_exportActions = new ExportActions(m_document, m_session, this);
    m_find = new FindActions(m_document, m_findBar, this);
    connect(m_find, &FindActions::matchFound, this, &MainWindow::goToMatch);
    auto select = [this](int index) { m_projects->setCurrentRequest(index); };
    connect(m_files, &FileActions::requestSelected, this, select);
    connect(m_recovery, &RecoveryActions::requestSelected, this, select);
    connect(m_workspaces, &WorkspaceActions::requestSelected, this, select);
    connect(m_requests, &RequestActions::requestSelected, this, [this](int index, bool created) {
        m_projects->setCurrentRequest(index);
        if (created) {
            m_editor->titleEdit()->setFocus();
            m_editor->titleEdit()->selectAll();
        }
    });
    auto status = [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); };
    connect(m_files, &FileActions::statusMessage, this, status);
    connect(m_recovery, &RecoveryActions::statusMessage, this, status);
    connect(m_workspaces, &WorkspaceActions::statusMessage, this, status);
    connect(m_requests, &RequestActions::statusMessage, this, status);
    connect(m_files, &FileActions::projectClosed, m_findBar, &QWidget::hide); // its matches were in it
    connect(m_readOnlyBar, &ReadOnlyBar::saveAsRequested, m_files, &FileActions::saveAs);
    connect(m_startPanel, &StartPanel::newProjectRequested, m_files, &FileActions::newProject);
    connect(m_startPanel, &StartPanel::openRequested, m_files, &FileActions::open);
    connect(m_startPanel, &StartPanel::exampleRequested, m_files, &FileActions::openExample);
    connect(m_startPanel, &StartPanel::recentRequested, m_files, &FileActions::openRecent);
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::openExample()
{
    m_files->openExample();
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs()
{
    return m_files->saveAs();
}

void MainWindow::offerRecovery()
{
    m_recovery->offerRecovery();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, QKeySequence shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_quitAction = make(u"quitAction"_s, QKeySequence::Quit, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_document->undoStack()->createUndoAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    // Ctrl+Shift+Z and Ctrl+Y everywhere, whatever the platform's own list.
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &extra :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redo.contains(extra))
            redo << extra;
    }
    m_redoAction->setShortcuts(redo);

    m_findingsAction = new QAction(this);
    m_findingsAction->setObjectName(u"showFindingsAction"_s);
    m_findingsAction->setCheckable(true);
    m_findingsAction->setChecked(true);
    m_findingsAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_findingsAction, &QAction::toggled, this, [this](bool shown) {
        m_findings->setVisible(shown);
        if (shown)
            m_findings->view()->setFocus(Qt::ShortcutFocusReason);
    });
    // The subscriber's conversation beside the editor.
    m_conversationAction = new QAction(this);
    m_conversationAction->setObjectName(u"conversationAction"_s);
    m_conversationAction->setCheckable(true);
    m_conversationAction->setShortcut(QKeySequence(Qt::Key_F7));
    connect(m_conversationAction, &QAction::toggled, this, [this](bool shown) {
        m_conversation->setVisible(shown);
        if (shown && m_mainSplitter->sizes().constLast() == 0) {
            QList<int> sizes = m_mainSplitter->sizes();
            const int width = qMin(360, sizes[1] / 3);
            sizes[1] -= width;
            sizes.last() = width;
            m_mainSplitter->setSizes(sizes);
        }
    });
    m_projectFindingsAction = make(u"projectFindingsAction"_s, QKeySequence(Qt::SHIFT | Qt::Key_F8), [this] {
        m_findingsAction->setChecked(true);
        m_findings->setProjectWide(!m_findings->isProjectWide());
        // From the keyboard, on to the list (Return goes to a finding).
        m_findings->view()->setFocus(Qt::ShortcutFocusReason);
    });
    m_nextSectionAction = make(u"nextSectionAction"_s, QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                               [this] { stepSection(+1); });
    m_previousSectionAction = make(u"previousSectionAction"_s, QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                   [this] { stepSection(-1); });
    m_aboutAction = make(u"aboutAction"_s, QKeySequence(), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::availableLanguages()) {
        // Each language is named in its own language, so nobody is stuck in
        // a language they cannot read.
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setObjectName(u"languageAction_"_s + code);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] { m_languages->setLanguage(code); });
    }
    syncLanguageActions();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_files->addOpenTo(m_fileMenu);
    m_workspaces->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_files->addSaveTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_files->addJsonTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_files->addHistoryTo(m_fileMenu);
    m_recovery->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_exportActions->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_find->addTo(m_editMenu);

    m_requestMenu = menuBar()->addMenu(QString());
    m_requestMenu->setObjectName(u"requestMenu"_s);
    m_requests->addTo(m_requestMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_findingsAction);
    m_viewMenu->addAction(m_projectFindingsAction);
    m_viewMenu->addAction(m_conversationAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextSectionAction);
    m_viewMenu->addAction(m_previousSectionAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::syncLanguageActions()
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->language());
}

// ---- requests -----------------------------------------------------------------------------

void MainWindow::selectRequest(int index)
{
    m_editor->setRequestIndex(index);
    m_navigator->setRequestIndex(index);
    m_findings->setRequestIndex(index);
    m_conversation->setRequestIndex(index);
    m_files->setCurrentRequest(index);
    m_requests->setCurrentRequest(index);
    m_exportActions->setCurrentRequest(index);
    updateStatus();
    updateTitle();
}

void MainWindow::goToMatch(const SearchMatch &match)
{
    if (match.request != m_projects->currentRequest())
        m_projects->setCurrentRequest(match.request);
    if (!match.field) {
        m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
        m_editor->titleEdit()->setSelection(match.start, match.length);
        return;
    }
    const SectionId section = Catalog::field(*match.field).section;
    showSection(section);
    m_editor->page(section)->focusField(*match.field, match.item);
    if (FieldRow *row = m_editor->page(section)->row(*match.field))
        row->editor()->selectText(match.item, match.inLabel, match.start, match.length);
}

void MainWindow::stepSection(int delta)
{
    const int next = int(m_navigator->currentSection()) + delta;
    if (next < 0 || next >= int(SectionCount))
        return;
    showSection(SectionId(next));
}

QSize MainWindow::defaultWindowSize(const QSize &available)
{
    const QSize wanted(1200, 800);
    if (!available.isValid())
        return wanted;
    // A little room around it on a small screen.
    return wanted.boundedTo(QSize(available.width() * 95 / 100, available.height() * 95 / 100));
}

void MainWindow::showSection(SectionId section)
{
    m_navigator->setCurrentSection(section);
    m_editor->showSection(section);
}

void MainWindow::goToFinding(int request, FieldId field, int item)
{
    if (request >= 0 && request < m_document->requestCount() && request != m_projects->currentRequest())
        m_projects->setCurrentRequest(request);
    m_navigator->setCurrentSection(Catalog::field(field).section);
    m_editor->focusField(field, item);
}

// ---- presentation -------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    setWindowModified(m_document->isModified());
    setWindowTitle(tr("%1[*] — Shortcode Studio").arg(m_document->displayName()));
}

void MainWindow::updateStatus()
{
    const int index = m_projects->currentRequest();
    if (index < 0 || index >= m_document->requestCount()) {
        m_statusLabel->setText(tr("No request"));
        return;
    }
    //: The status bar: required answers given ("12 of 40 required answers"), then the findings.
    m_statusLabel->setText(
            tr("%1 · %2 · %3 · %4")
                    .arg(RequiredAnswers::of(m_document->request(index)).text(),
                         severityCount(Severity::Error, m_document->findingCount(index, Severity::Error)),
                         severityCount(Severity::Warning, m_document->findingCount(index, Severity::Warning)),
                         severityCount(Severity::Info, m_document->findingCount(index, Severity::Info))));
}

void MainWindow::updatePages()
{
    // Nothing open (File > Close): say what to do next instead of a greyed form.
    const bool nothingOpen =
            m_document->requestCount() == 0 && m_document->filePath().isEmpty() && !m_document->isModified();
    if (nothingOpen)
        m_startPanel->setRecentFiles(Config::get(Config::RecentFiles));
    QWidget *page = nothingOpen ? static_cast<QWidget *>(m_startPanel) : m_mainSplitter;
    if (m_pages->currentWidget() == page)
        return;
    const bool hadFocus = m_pages->currentWidget()->isAncestorOf(QApplication::focusWidget());
    m_pages->setCurrentWidget(page);
    if (nothingOpen)
        m_startPanel->setFocus(Qt::OtherFocusReason);
    else if (hadFocus)
        m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::autosaveFailed(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_autosaveIndicator->setPixmap(severityIcon(Severity::Warning).pixmap(size, size));
    m_autosaveIndicator->setToolTip(tr("The last autosave failed: %1").arg(message));
    m_autosaveIndicator->show();
}

void MainWindow::updateReadOnly(bool readOnly)
{
    m_readOnlyBar->setVisible(readOnly);
    m_readOnlyBar->setMessage(m_session->readOnlyMessage());
    // Save stays: on a read-only project it asks where to save a copy.
    updateTitle();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Dialogs::run(dialog);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    // A clean exit: the recovery copy is not needed.
    m_session->discardRecoveryCopy();
    // Config writes only what changed: each write of the settings file is
    // synced to disk, which would slow every quit for nothing.
    Config::set(Config::WindowGeometry, saveGeometry());
    Config::set(Config::MainSplitter, m_mainSplitter->saveState());
    Config::set(Config::RightSplitter, m_rightSplitter->saveState());
    Config::set(Config::FindingsShown, m_findingsAction->isChecked());
    Config::set(Config::ConversationShown, m_conversationAction->isChecked());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && (urls.first().toLocalFile().endsWith(u".json"_s, Qt::CaseInsensitive)
            || urls.first().toLocalFile().endsWith(u".scproj"_s, Qt::CaseInsensitive)))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !m_files->maybeSave())
        return;
    m_files->openFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_requestMenu->setTitle(tr("&Request"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_findingsAction->setText(tr("&Findings Panel"));
    m_projectFindingsAction->setText(tr("Findings of &All Requests"));
    m_conversationAction->setText(tr("&Conversation"));
    m_conversationAction->setStatusTip(tr("Show the messages a subscriber exchanges with the short code"));
    m_nextSectionAction->setText(tr("&Next Section"));
    m_previousSectionAction->setText(tr("&Previous Section"));
    m_aboutAction->setText(tr("&About Shortcode Studio"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateTitle();
    updateStatus();
}

} // namespace scs

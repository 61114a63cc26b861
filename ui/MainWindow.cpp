#include "MainWindow.h"

#include "AboutDialog.h"
#include "HistoryDialog.h"
#include "RecoveryDialog.h"
#include "StartPanel.h"
#include "catalog/Catalog.h"
#include "conversation/ConversationPanel.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSearch.h"
#include "document/ProjectSession.h"
#include "document/SplitCheck.h"
#include "document/UndoCommands.h"
#include "editor/FieldRow.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "examples/ExampleRequests.h"
#include "fields/CountryEditor.h"
#include "fields/FieldEditor.h"
#include "i18n/LanguageManager.h"
#include "models/RequiredAnswers.h"
#include "panels/FindingsPanel.h"
#include "panels/ProjectPanel.h"
#include "panels/SectionNavigator.h"
#include "print/ExportActions.h"
#include "storage/FileOps.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"
#include "widgets/FindBar.h"
#include "widgets/MarkIcons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
const int MaxRecentFiles = 8;
const auto RecentFilesKey = u"files/recent"_s;
const auto LastFileKey = u"files/last"_s;
const auto LastDirectoryKey = u"files/lastDirectory"_s;
} // namespace

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
    // Shown while the project is read-only, saying why (another user has
    // it open, the file cannot be written, ...).
    m_readOnlyBar = new QFrame;
    m_readOnlyBar->setObjectName(u"readOnlyBar"_s);
    m_readOnlyBar->setFrameShape(QFrame::StyledPanel);
    m_readOnlyBar->setAutoFillBackground(true);
    m_readOnlyBar->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyBar->setForegroundRole(QPalette::ToolTipText);
    m_readOnlyLabel = new QLabel;
    m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyHint = new QLabel;
    m_readOnlyHint->setObjectName(u"readOnlyHintLabel"_s);
    m_readOnlyHint->setWordWrap(true);
    m_readOnlySaveAsButton = new QPushButton;
    m_readOnlySaveAsButton->setObjectName(u"readOnlySaveAsButton"_s);
    auto *barLayout = new QHBoxLayout(m_readOnlyBar);
    auto *barText = new QVBoxLayout;
    barText->addWidget(m_readOnlyLabel);
    barText->addWidget(m_readOnlyHint);
    barLayout->addLayout(barText, 1);
    barLayout->addWidget(m_readOnlySaveAsButton);
    m_readOnlyBar->hide();
    connect(m_readOnlySaveAsButton, &QPushButton::clicked, this, &MainWindow::saveAs);

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
    connect(m_findBar, &FindBar::findNext, this, [this] { findStep(false); });
    connect(m_findBar, &FindBar::findPrevious, this, [this] { findStep(true); });
    connect(m_findBar, &FindBar::textChanged, this, [this] {
        m_lastMatch.reset();
        m_findBar->setStatus(-1, -1);
    });
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (!m_pages->currentWidget()->isAncestorOf(QApplication::focusWidget()))
            m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
    });
    setCentralWidget(central);
    connect(m_startPanel, &StartPanel::newProjectRequested, this, &MainWindow::newProject);
    connect(m_startPanel, &StartPanel::openRequested, this, &MainWindow::open);
    connect(m_startPanel, &StartPanel::exampleRequested, this, &MainWindow::openExample);
    connect(m_startPanel, &StartPanel::recentRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    // Stays until an autosave succeeds again: a failed recovery copy is
    // not a message to miss, nor one to pop up every 30 seconds.
    m_autosaveIndicator = new QLabel(this);
    m_autosaveIndicator->setObjectName(u"autosaveIndicator"_s);
    m_autosaveIndicator->hide();
    statusBar()->addPermanentWidget(m_autosaveIndicator);
    statusBar()->addPermanentWidget(m_statusLabel);

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
    connect(m_document, &ProjectDocument::fieldChanged, this, [this](int, FieldId field) {
        if (field == FieldId::CaseCountries)
            updateActions();
    });
    connect(m_document, &ProjectDocument::requestsChanged, this, &MainWindow::updateActions);
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::updateActions);
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
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray()))
        m_mainSplitter->setSizes({260, 940});
    if (!m_rightSplitter->restoreState(settings.value(u"window/rightSplitter"_s).toByteArray()))
        m_rightSplitter->setSizes({560, 240});
    m_findingsAction->setChecked(settings.value(u"window/findingsShown"_s, true).toBool());
    m_findings->setVisible(m_findingsAction->isChecked());
    m_conversationAction->setChecked(settings.value(u"window/conversationShown"_s, false).toBool());

    // Empty until main() or the user opens something: building a request
    // only to replace it would cost start-up time.
    m_session->startNew(Project());
}

MainWindow::~MainWindow() = default;

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
    m_newAction = make(u"newAction"_s, QKeySequence::New, &MainWindow::newProject);
    m_openAction = make(u"openAction"_s, QKeySequence::Open, &MainWindow::open);
    m_saveAction = make(u"saveAction"_s, QKeySequence::Save, &MainWindow::save);
    // Ctrl+Shift+S whatever the platform's list says (some have none).
    m_saveAsAction =
            make(u"saveAsAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::saveAs);
    m_closeAction = make(u"closeAction"_s, QKeySequence::Close, &MainWindow::closeProject);
    m_importAction = make(u"importAction"_s, QKeySequence(), &MainWindow::importJson);
    m_exportAction = make(u"exportAction"_s, QKeySequence(), &MainWindow::exportJson);
    m_exportProjectAction = make(u"exportProjectAction"_s, QKeySequence(), &MainWindow::exportProjectJson);
    m_historyAction = make(u"historyAction"_s, QKeySequence(Qt::CTRL | Qt::Key_H), &MainWindow::showHistory);
    m_recoverAction = make(u"recoverAction"_s, QKeySequence(), &MainWindow::recover);
    m_quitAction = make(u"quitAction"_s, QKeySequence::Quit, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_exportActions = new ExportActions(
            m_document, m_session, this,
            {[this](const QString &filter, const QString &name) { return askFileName(true, filter, name); },
             [this](const QString &text) { showError(text); }, [this] { return m_modalDialogsBlock; },
             [this] { return m_projects->currentRequest(); }});

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

    m_newRequestAction = make(u"newRequestAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                              &MainWindow::newRequest);
    m_duplicateRequestAction = make(u"duplicateRequestAction"_s, QKeySequence(Qt::CTRL | Qt::Key_D),
                                    &MainWindow::duplicateRequest);
    m_deleteRequestAction = make(u"deleteRequestAction"_s, QKeySequence(), &MainWindow::deleteRequest);
    m_splitAction = make(u"splitByCountryAction"_s, QKeySequence(), &MainWindow::splitByCountry);

    m_findAction = make(u"findAction"_s, QKeySequence(QKeySequence::Find), [this] { m_findBar->activate(); });
    m_findNextAction = make(u"findNextAction"_s, QKeySequence(Qt::Key_F3), [this] { findStep(false); });
    m_findPreviousAction =
            make(u"findPreviousAction"_s, QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] { findStep(true); });
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
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportProjectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_historyAction);
    m_fileMenu->addAction(m_recoverAction);
    m_fileMenu->addSeparator();
    m_exportActions->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    rebuildRecentMenu();

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_findNextAction);
    m_editMenu->addAction(m_findPreviousAction);

    m_requestMenu = menuBar()->addMenu(QString());
    m_requestMenu->setObjectName(u"requestMenu"_s);
    m_requestMenu->addAction(m_newRequestAction);
    m_requestMenu->addAction(m_duplicateRequestAction);
    m_requestMenu->addAction(m_deleteRequestAction);
    m_requestMenu->addSeparator();
    m_requestMenu->addAction(m_splitAction);

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

// ---- files --------------------------------------------------------------------------------

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    Project project;
    Request request;
    request.setTitle(tr("New request"));
    project.requests << request;
    m_session->startNew(project);
    m_projects->setCurrentRequest(0);
}

void MainWindow::closeProject()
{
    if (!maybeSave())
        return;
    m_session->startNew(Project());
    m_findBar->hide(); // its matches were in the project just closed
}

void MainWindow::openExample()
{
    const JsonFormat::ReadResult example =
            JsonFormat::read(ExampleRequests::read(ExampleRequests::compliantPath()));
    if (!example.ok)
        return;
    Project project = example.project;
    project.name = tr("Example");
    m_session->startNew(project);
    m_projects->setCurrentRequest(0);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path =
            askFileName(false,
                        tr("Projects and requests (*.scproj *.json);;Shortcode Studio projects (*.scproj);;"
                           "Request files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_session->open(path, &error)) {
        showError(error);
        return false;
    }
    m_projects->setCurrentRequest(m_document->requestCount() > 0 ? 0 : -1);
    rememberDirectory(path);
    if (m_session->hasFile())
        addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::importJson()
{
    const QString path = askFileName(false, tr("Request files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Project imported;
    QString error;
    if (!ProjectSession::readJsonFile(path, &imported, &error)) {
        showError(error);
        return;
    }
    // The imported requests join the project, as one undo step.
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Import %n request(s)", nullptr, int(imported.requests.size())));
    int index = m_document->requestCount();
    for (Request request : std::as_const(imported.requests)) {
        if (m_document->indexOf(request.uuid()) >= 0)
            request.setUuid(QUuid::createUuid());
        stack->push(new InsertRequestCommand(m_document, index++, request, QString()));
    }
    stack->endMacro();
    m_projects->setCurrentRequest(m_document->requestCount() - 1);
}

void MainWindow::exportJson()
{
    const int index = m_projects->currentRequest();
    if (index < 0)
        return;
    const Request &request = m_document->request(index);
    const QString suggested = request.title().isEmpty() ? u"request.json"_s : request.title() + u".json"_s;
    const QString path = askFileName(true, tr("Request files (*.json)"), suggested);
    if (path.isEmpty())
        return;
    if (writeJson(path, JsonFormat::writeRequest(request)))
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportProjectJson()
{
    const QString path =
            askFileName(true, tr("Request files (*.json)"), m_document->displayName() + u".json"_s);
    if (path.isEmpty())
        return;
    if (writeJson(path, JsonFormat::writeProject(m_document->project())))
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::save()
{
    if (!m_session->hasFile() || m_session->isReadOnly())
        return saveAs();
    QString error;
    if (!m_session->save(&error)) {
        showError(error);
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString suggested = m_document->displayName() + u".scproj"_s;
    const QString path = askFileName(true, tr("Shortcode Studio projects (*.scproj)"), suggested);
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_session->saveAs(path, &error)) {
        showError(error);
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool MainWindow::writeJson(const QString &path, const QByteArray &data)
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

void MainWindow::showHistory()
{
    if (!m_session->hasFile())
        return;
    auto *dialog = new HistoryDialog(m_session->file(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRestoreEnabled(!m_document->isReadOnly());
    connect(dialog, &HistoryDialog::restoreRequested, this, [this](int revision) {
        const std::optional<Project> project = m_session->file()->projectAtRevision(revision);
        if (!project) {
            showError(m_session->file()->errorString());
            return;
        }
        m_document->undoStack()->push(
                new ReplaceProjectCommand(m_document, *project, tr("Restore Revision %1").arg(revision)));
        statusBar()->showMessage(
                tr("Restored revision %1. Save to keep it as a new revision; Undo takes it back.")
                        .arg(revision),
                10000);
    });
    connect(dialog, &HistoryDialog::exportRequested, this, [this](int revision) {
        const std::optional<Project> project = m_session->file()->projectAtRevision(revision);
        if (!project) {
            showError(m_session->file()->errorString());
            return;
        }
        //: The suggested file name of a revision exported as JSON: the project's name and the revision.
        const QString suggested = tr("%1 revision %2.json").arg(m_document->displayName()).arg(revision);
        const QString path = askFileName(true, tr("Request files (*.json)"), suggested);
        if (!path.isEmpty() && writeJson(path, JsonFormat::writeProject(*project)))
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    if (m_modalDialogsBlock)
        dialog->exec();
    else
        dialog->show();
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryOffer> offers = m_session->recoveryOffers();
    if (!offers.isEmpty())
        showRecoveryDialog(offers);
}

void MainWindow::recover()
{
    const QList<RecoveryOffer> offers = m_session->recoveryOffers();
    if (offers.isEmpty()) {
        statusBar()->showMessage(tr("There are no unsaved changes to recover."), 5000);
        return;
    }
    showRecoveryDialog(offers);
}

void MainWindow::showRecoveryDialog(const QList<RecoveryOffer> &offers)
{
    auto *dialog = new RecoveryDialog(offers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::restoreRequested, this, [this, dialog](const RecoveryOffer &offer) {
        if (restoreRecovery(offer)) {
            dialog->removeOffer(offer.entry.key);
            dialog->accept();
        }
    });
    connect(dialog, &RecoveryDialog::discardRequested, this, [this, dialog](const RecoveryOffer &offer) {
        if (discardRecovery(offer)) {
            dialog->removeOffer(offer.entry.key);
            if (dialog->count() == 0)
                dialog->accept();
        }
    });
    if (m_modalDialogsBlock)
        dialog->exec();
    else
        dialog->open(); // modal too, without waiting for it
}

bool MainWindow::restoreRecovery(const RecoveryOffer &offer)
{
    if (!maybeSave())
        return false;
    QString error;
    int conflicts = 0;
    bool restored = m_session->restore(offer.entry, ProjectSession::ConflictChoice::Ask, &error, &conflicts);
    if (!restored && conflicts > 0) {
        const QMessageBox::StandardButton answer =
                ask(tr("%n answer(s) were changed both in the unsaved changes and in the file since. Which "
                       "should be kept?",
                       nullptr, conflicts),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
                    {{QMessageBox::Yes, tr("Keep the &Unsaved Changes")},
                     {QMessageBox::No, tr("Keep What Was &Saved")}});
        if (answer == QMessageBox::Cancel)
            return false;
        error.clear();
        restored = m_session->restore(offer.entry,
                                      answer == QMessageBox::Yes ? ProjectSession::ConflictChoice::KeepCopy
                                                                 : ProjectSession::ConflictChoice::KeepFile,
                                      &error);
    }
    if (!restored) {
        showError(error);
        return false;
    }
    m_projects->setCurrentRequest(m_document->requestCount() > 0 ? 0 : -1);
    statusBar()->showMessage(
            offer.state == RecoveryOffer::FileState::ChangedSince
                    ? tr("Restored the unsaved changes, merged with what was saved in the file "
                         "since. Save them to keep them.")
                    : tr("Restored the unsaved changes. Save them to keep them."),
            10000);
    return true;
}

bool MainWindow::discardRecovery(const RecoveryOffer &offer)
{
    const QString name = offer.entry.originalPath.isEmpty()
            ? describeRecoveryOffer(offer).section(u'\n', 0, 0)
            : QDir::toNativeSeparators(offer.entry.originalPath);
    const QMessageBox::StandardButton answer = ask(
            tr("Delete the unsaved changes to %1 from %2 for good? They cannot be restored afterwards.")
                    .arg(name, QLocale().toString(offer.entry.timeUtc.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Discard, tr("&Delete Them")}});
    if (answer != QMessageBox::Discard)
        return false;
    m_session->recoveryStore()->remove(offer.entry.key);
    return true;
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
    m_readOnlyLabel->setText(m_session->readOnlyMessage());
    // Save stays: on a read-only project it asks where to save a copy.
    updateActions();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer =
            ask(tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString MainWindow::dialogDirectory() const
{
    // The project's folder; for a project without a file, the folder used
    // last (where its JSON came from, or the last save); else Documents.
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).absolutePath();
    const QString last = QSettings().value(LastDirectoryKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::rememberDirectory(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    QSettings settings;
    if (settings.value(LastDirectoryKey).toString() != dir)
        settings.setValue(LastDirectoryKey, dir);
}

QString MainWindow::askFileName(bool saving, const QString &filter, const QString &suggested)
{
    const QString dir = dialogDirectory();
    m_lastDialogDirectory = dir;
    QString path;
    if (!m_nextFileName.isNull())
        path = std::exchange(m_nextFileName, QString());
    else if (!m_modalDialogsBlock)
        return {};
    else if (saving)
        path = QFileDialog::getSaveFileName(this, tr("Save"), QDir(dir).filePath(suggested), filter);
    else
        path = QFileDialog::getOpenFileName(this, tr("Open"), dir, filter);
    if (!path.isEmpty())
        rememberDirectory(path);
    return path;
}

QMessageBox::StandardButton
MainWindow::ask(const QString &text, QMessageBox::StandardButtons buttons,
                QMessageBox::StandardButton fallback,
                const QList<std::pair<QMessageBox::StandardButton, QString>> &texts)
{
    m_lastMessage = text;
    if (m_nextAnswer != QMessageBox::NoButton)
        return std::exchange(m_nextAnswer, QMessageBox::NoButton);
    if (!m_modalDialogsBlock)
        return fallback;
    QMessageBox box(QMessageBox::Question, tr("Shortcode Studio"), text, buttons, this);
    box.setDefaultButton(fallback);
    for (const auto &[button, label] : texts) {
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    }
    return QMessageBox::StandardButton(box.exec());
}

void MainWindow::showError(const QString &text)
{
    m_lastMessage = text;
    statusBar()->showMessage(text.section(u'\n', 0, 0), 10000);
    if (m_modalDialogsBlock)
        QMessageBox::warning(this, tr("Shortcode Studio"), text);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(RecentFilesKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(RecentFilesKey, files);
    settings.setValue(LastFileKey, path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(RecentFilesKey).toStringList();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// ---- requests -----------------------------------------------------------------------------

void MainWindow::selectRequest(int index)
{
    m_editor->setRequestIndex(index);
    m_navigator->setRequestIndex(index);
    m_findings->setRequestIndex(index);
    m_conversation->setRequestIndex(index);
    updateStatus();
    updateActions();
}

void MainWindow::newRequest()
{
    Request request;
    request.setTitle(tr("New request"));
    const int index = m_document->requestCount();
    m_document->undoStack()->push(new InsertRequestCommand(m_document, index, request, tr("New Request")));
    m_projects->setCurrentRequest(index);
    m_editor->titleEdit()->setFocus();
    m_editor->titleEdit()->selectAll();
}

void MainWindow::duplicateRequest()
{
    const int index = m_projects->currentRequest();
    if (index < 0)
        return;
    Request copy = m_document->request(index);
    copy.setUuid(QUuid::createUuid());
    copy.setTitle(tr("%1 (copy)").arg(copy.title()));
    m_document->undoStack()->push(
            new InsertRequestCommand(m_document, index + 1, copy, tr("Duplicate Request")));
    m_projects->setCurrentRequest(index + 1);
}

void MainWindow::deleteRequest()
{
    const int index = m_projects->currentRequest();
    if (index < 0)
        return;
    const QString title = m_document->request(index).title();
    if (ask(tr("Delete the request \"%1\"? You can undo this.").arg(title),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_document->undoStack()->push(new RemoveRequestCommand(m_document, index, tr("Delete Request")));
}

void MainWindow::splitByCountry()
{
    const int index = m_projects->currentRequest();
    if (index < 0)
        return;
    const Request original = m_document->request(index);
    const QStringList countries = original.value(FieldId::CaseCountries).toStringList();
    if (countries.size() < 2) {
        statusBar()->showMessage(tr("This request names fewer than two countries: nothing to split."), 5000);
        return;
    }
    // Said before, so the user can fix the original first or knows what to
    // check in each new request.
    const QStringList warnings = SplitCheck::warnings(original);
    if (!warnings.isEmpty()) {
        QStringList lines {tr("Split into %n request(s), one per country? These answers do not carry over:",
                              nullptr, int(countries.size()))};
        for (const QString &warning : warnings)
            lines << u"• "_s + warning;
        if (ask(lines.join(u'\n'), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                {{QMessageBox::Yes, tr("&Split")}})
            != QMessageBox::Yes)
            return;
    }
    // A short code serves one country: one request per country, as one undo step.
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Split By Country"));
    stack->push(new RemoveRequestCommand(m_document, index, QString()));
    for (int i = 0; i < countries.size(); ++i) {
        Request part = original;
        if (i > 0)
            part.setUuid(QUuid::createUuid());
        part.setValue(FieldId::CaseCountries, QStringList {countries.at(i)});
        part.setTitle(original.title().isEmpty() ? countries.at(i)
                                                 : u"%1 (%2)"_s.arg(original.title(), countries.at(i)));
        stack->push(new InsertRequestCommand(m_document, index + i, part, QString()));
    }
    stack->endMacro();
    m_projects->setCurrentRequest(index);
    statusBar()->showMessage(tr("Split into %n request(s), one per country.", nullptr, int(countries.size())),
                             5000);
}

void MainWindow::findStep(bool backwards)
{
    if (m_findBar->text().isEmpty()) {
        m_findBar->activate();
        return;
    }
    const QList<SearchMatch> matches = ProjectSearch::find(m_document->project(), m_findBar->text());
    const std::optional<SearchMatch> from = m_lastMatch ? std::optional(*m_lastMatch) : std::nullopt;
    const std::optional<SearchMatch> match = ProjectSearch::next(matches, from, backwards);
    if (!match) {
        m_findBar->show();
        m_findBar->setStatus(0, 0);
        return;
    }
    m_lastMatch = std::make_unique<SearchMatch>(*match);
    m_findBar->show();
    m_findBar->setStatus(int(matches.indexOf(*match)) + 1, int(matches.size()));
    goToMatch(*match);
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
        m_startPanel->setRecentFiles(QSettings().value(RecentFilesKey).toStringList());
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

void MainWindow::updateActions()
{
    const int index = m_projects->currentRequest();
    const bool has = index >= 0 && index < m_document->requestCount();
    const bool editable = !m_document->isReadOnly();
    m_newRequestAction->setEnabled(editable);
    m_importAction->setEnabled(editable);
    m_duplicateRequestAction->setEnabled(has && editable);
    m_deleteRequestAction->setEnabled(has && editable);
    m_exportAction->setEnabled(has);
    m_historyAction->setEnabled(m_session->hasFile());
    m_splitAction->setEnabled(
            has && editable
            && m_document->request(index).value(FieldId::CaseCountries).toStringList().size() > 1);
    updateTitle();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_modalDialogsBlock)
        dialog->exec();
    else
        dialog->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // A clean exit: the recovery copy is not needed.
    m_session->discardRecoveryCopy();
    // Written only when they changed: each write of the settings file is
    // synced to disk, which slows every quit for nothing.
    QSettings settings;
    const std::array<std::pair<QString, QByteArray>, 3> state {{
            {u"window/geometry"_s, saveGeometry()},
            {u"window/mainSplitter"_s, m_mainSplitter->saveState()},
            {u"window/rightSplitter"_s, m_rightSplitter->saveState()},
    }};
    for (const auto &[key, value] : state) {
        if (settings.value(key).toByteArray() != value)
            settings.setValue(key, value);
    }
    if (settings.value(u"window/findingsShown"_s, true).toBool() != m_findingsAction->isChecked())
        settings.setValue(u"window/findingsShown"_s, m_findingsAction->isChecked());
    if (settings.value(u"window/conversationShown"_s, false).toBool() != m_conversationAction->isChecked())
        settings.setValue(u"window/conversationShown"_s, m_conversationAction->isChecked());
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
    if (urls.isEmpty() || !maybeSave())
        return;
    openFile(urls.first().toLocalFile());
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
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_requestMenu->setTitle(tr("&Request"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Project"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_closeAction->setText(tr("&Close"));
    m_importAction->setText(tr("&Import JSON…"));
    m_exportAction->setText(tr("&Export Request as JSON…"));
    m_exportProjectAction->setText(tr("Export &Project as JSON…"));
    m_historyAction->setText(tr("Revision &History…"));
    m_recoverAction->setText(tr("Recover Unsaved &Changes…"));
    m_readOnlySaveAsButton->setText(tr("Save &As…"));
    m_readOnlyHint->setText(tr("The fields cannot be changed here. Save As makes a copy that you can edit."));
    m_quitAction->setText(tr("&Quit"));
    m_newRequestAction->setText(tr("&New Request"));
    m_duplicateRequestAction->setText(tr("&Duplicate Request"));
    m_deleteRequestAction->setText(tr("De&lete Request…"));
    m_splitAction->setText(tr("&Split By Country"));
    m_findAction->setText(tr("&Find…"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findPreviousAction->setText(tr("Find Pre&vious"));
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

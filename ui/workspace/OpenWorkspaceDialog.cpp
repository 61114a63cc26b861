#include "OpenWorkspaceDialog.h"

#include "Config.h"
#include "WorkspaceProjectsModel.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

OpenWorkspaceDialog::OpenWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_addressLabel(new QLabel(this))
    , m_passwordHint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new WorkspaceProjectsModel(this))
{
    setObjectName(u"openWorkspaceDialog"_s);
    m_address->setObjectName(u"workspaceAddress"_s);
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->addItems(Config::get(Config::RecentWorkspaces));
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_address->setMinimumContentsLength(40);
    // No inline completion: Enter must reach the dialog with the text as typed.
    m_address->setCompleter(nullptr);
    m_addressLabel->setBuddy(m_address);
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(u"workspaceMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(u"workspaceProjects"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, &OpenWorkspaceDialog::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OpenWorkspaceDialog::updateButtons);
    connect(m_address, &QComboBox::currentTextChanged, this, &OpenWorkspaceDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_connect->setObjectName(u"workspaceConnectButton"_s);
    m_connect->setAutoDefault(false);
    m_open = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"workspaceOpenButton"_s);
    m_open->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_connect, &QPushButton::clicked, this, &OpenWorkspaceDialog::connectToWorkspace);
    // Enter (the default button) connects while the address is new, then opens.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_listed != m_address->currentText().trimmed() || m_projectCount < 0)
            connectToWorkspace();
        else
            openSelected();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_addressLabel, 0, 0);
    grid->addWidget(m_address, 0, 1);
    grid->addWidget(m_passwordHint, 1, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    retranslate();
    updateButtons();
    m_address->setFocus();
}

QString OpenWorkspaceDialog::message() const
{
    return m_message->text();
}

bool OpenWorkspaceDialog::connectToWorkspace()
{
    const QString url = m_address->currentText().trimmed();
    m_message->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Workspace workspace;
    bool ok = workspace.open(url);
    QList<Workspace::ProjectInfo> projects;
    if (ok) {
        projects = workspace.projects();
        ok = workspace.errorString().isEmpty();
    }
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_listed.clear();
        m_projectCount = -1;
        m_model->setProjects({});
        m_error = workspace.errorString();
        m_message->setText(m_error);
        updateButtons();
        return false;
    }
    m_error.clear();
    m_listed = url;
    m_projectCount = int(projects.size());
    m_model->setProjects(projects);
    m_view->resizeColumnsToContents();
    if (Config::addRecentWorkspace(url) && m_address->findText(url) < 0)
        m_address->insertItem(0, url);
    retranslate();
    if (!projects.isEmpty()) {
        m_view->selectRow(0);
        m_view->setFocus();
    }
    updateButtons();
    return true;
}

void OpenWorkspaceDialog::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // Enter on the list both activates the row and presses the default button.
    if (rows.isEmpty() || m_listed.isEmpty() || m_opened)
        return;
    m_opened = true;
    Q_EMIT openRequested(m_listed, m_model->project(rows.first().row()).name);
    accept();
}

void OpenWorkspaceDialog::updateButtons()
{
    const bool listed = m_projectCount >= 0 && m_listed == m_address->currentText().trimmed();
    m_open->setText(listed ? tr("&Open") : tr("&List Projects"));
    m_open->setEnabled(listed ? m_view->selectionModel()->hasSelection()
                              : !m_address->currentText().trimmed().isEmpty());
    m_connect->setEnabled(!m_address->currentText().trimmed().isEmpty());
}

void OpenWorkspaceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OpenWorkspaceDialog::retranslate()
{
    setWindowTitle(tr("Open Workspace"));
    m_addressLabel->setText(tr("&Workspace:"));
    m_address->lineEdit()->setPlaceholderText(tr("host=db.example.com dbname=shortcodes, or postgresql://…"));
    m_passwordHint->setText(tr("Passwords are taken from ~/.pgpass, the PGPASSWORD variable or a service "
                               "file, never from this address, and are not remembered here."));
    m_connect->setText(tr("&Refresh"));
    if (m_projectCount == 0)
        m_message->setText(tr("This workspace has no projects yet. Move one in with "
                              "\"shortcode-audit import FILE.scproj --workspace ADDRESS\"."));
    else if (m_projectCount > 0)
        m_message->setText(tr("%n project(s) in this workspace.", nullptr, m_projectCount));
    else if (!m_error.isEmpty())
        m_message->setText(m_error);
    else
        m_message->setText(tr("Enter the workspace's address and press Enter to list its projects."));
    m_model->retranslate();
    updateButtons();
}

} // namespace scs

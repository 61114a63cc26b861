#include "ConflictDialog.h"

#include "ConflictModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

ConflictDialog::ConflictDialog(const QList<ProjectBackend::Conflict> &conflicts, const QString &projectName,
                               Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_model(new ConflictModel(conflicts, this))
    , m_projectName(projectName)
    , m_purpose(purpose)
    , m_intro(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"conflictDialog"_s);
    m_intro->setObjectName(u"conflictIntro"_s);
    m_intro->setWordWrap(true);
    m_view->setObjectName(u"conflictView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->resizeColumnsToContents();
    for (int column : {ConflictModel::TheirsColumn, ConflictModel::MineColumn})
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 320));
    // The keyboard starts on the first row's choice: Space keeps or drops mine.
    m_view->setCurrentIndex(m_model->index(0, ConflictModel::MineColumn));
    m_view->setFocus();

    auto *buttons = new QDialogButtonBox(this);
    m_allMine = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_allMine->setObjectName(u"keepAllMineButton"_s);
    m_allTheirs = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_allTheirs->setObjectName(u"keepAllTheirsButton"_s);
    m_accept = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"conflictAcceptButton"_s);
    m_accept->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_allMine, &QPushButton::clicked, this, [this] { m_model->setAll(true); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { m_model->setAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { Q_EMIT settled(m_model->takeMine()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(860, 420);
    retranslate();
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConflictDialog::retranslate()
{
    const int count = m_model->rowCount();
    if (m_purpose == Purpose::Save) {
        setWindowTitle(tr("Conflicting Changes"));
        m_intro->setText(tr("Since you opened \"%1\", someone else saved other values in %n answer(s) you "
                            "changed too. Nothing was saved yet. Choose, answer by answer, whose value to "
                            "keep; what they changed elsewhere is kept as well.",
                            nullptr, count)
                                 .arg(m_projectName));
        m_accept->setText(tr("&Save"));
    } else {
        setWindowTitle(tr("Take In Changes"));
        m_intro->setText(tr("Someone else saved other values in %n answer(s) of \"%1\" that you changed "
                            "too and have not saved. Choose, answer by answer, whose value to keep; your "
                            "edits stay unsaved until you save.",
                            nullptr, count)
                                 .arg(m_projectName));
        m_accept->setText(tr("&Take In"));
    }
    m_allMine->setText(tr("Keep All &Mine"));
    m_allTheirs->setText(tr("Keep All &Theirs"));
}

} // namespace scs

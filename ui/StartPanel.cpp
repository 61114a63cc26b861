#include "StartPanel.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

StartPanel::StartPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_example(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListView(this))
    , m_recentModel(new QStringListModel(this))
{
    setObjectName(u"startPanel"_s);
    m_title->setObjectName(u"startTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_hint->setWordWrap(true);
    m_new->setObjectName(u"startNewButton"_s);
    m_open->setObjectName(u"startOpenButton"_s);
    m_example->setObjectName(u"startExampleButton"_s);
    m_recent->setObjectName(u"startRecentList"_s);
    m_recent->setModel(m_recentModel);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentLabel->setBuddy(m_recent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_example);
    buttons->addStretch();
    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_hint);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 1);
    // Without recent projects, the space goes below the buttons, not
    // between the lines.
    column->addStretch(0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(column, 3);
    layout->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &StartPanel::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPanel::openRequested);
    connect(m_example, &QPushButton::clicked, this, &StartPanel::exampleRequested);
    connect(m_recent, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_paths.size())
            Q_EMIT recentRequested(m_paths.at(index.row()));
    });
    setFocusProxy(m_new);
    retranslate();
}

void StartPanel::setRecentFiles(const QStringList &paths)
{
    m_paths = paths;
    QStringList shown;
    for (const QString &path : paths)
        shown << QDir::toNativeSeparators(path);
    m_recentModel->setStringList(shown);
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
    if (!paths.isEmpty())
        m_recent->setCurrentIndex(m_recentModel->index(0));
}

void StartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPanel::retranslate()
{
    m_title->setText(tr("No project is open"));
    m_hint->setText(tr("Start a new project, open a project or request file, or look at the example of a "
                       "complete request."));
    m_new->setText(tr("&New Project"));
    m_open->setText(tr("&Open…"));
    m_example->setText(tr("Open the E&xample"));
    m_recentLabel->setText(tr("&Recent projects:"));
}

} // namespace scs

#include "WorkspaceBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace scs {

WorkspaceBar::WorkspaceBar(QWidget *parent)
    : NoticeBar(parent)
    , m_label(new QLabel(this))
    , m_takeIn(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(u"workspaceBar"_s);
    m_label->setObjectName(u"workspaceBarLabel"_s);
    m_label->setWordWrap(true);
    m_takeIn->setObjectName(u"takeInButton"_s);
    m_dismiss->setObjectName(u"workspaceBarDismiss"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_takeIn);
    layout->addWidget(m_dismiss);
    connect(m_takeIn, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT takeInRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
}

void WorkspaceBar::showSave(int revision, const QString &userName)
{
    m_revision = revision;
    m_userName = userName;
    retranslate();
    show();
}

QString WorkspaceBar::message() const
{
    return m_label->text();
}

void WorkspaceBar::retranslate()
{
    m_label->setText(tr("%1 saved revision %2 of this project in the workspace. Take in their changes "
                        "to see them here; your unsaved edits are kept.")
                             .arg(m_userName)
                             .arg(m_revision));
    m_takeIn->setText(tr("&Take In Changes"));
    m_dismiss->setText(tr("&Later"));
}

} // namespace scs

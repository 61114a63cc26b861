#include "ReadOnlyBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

ReadOnlyBar::ReadOnlyBar(QWidget *parent)
    : NoticeBar(parent)
    , m_label(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_saveAs(new QPushButton(this))
{
    setObjectName(u"readOnlyBar"_s);
    m_label->setObjectName(u"readOnlyLabel"_s);
    m_label->setWordWrap(true);
    m_hint->setObjectName(u"readOnlyHintLabel"_s);
    m_hint->setWordWrap(true);
    m_saveAs->setObjectName(u"readOnlySaveAsButton"_s);
    auto *layout = new QHBoxLayout(this);
    auto *text = new QVBoxLayout;
    text->addWidget(m_label);
    text->addWidget(m_hint);
    layout->addLayout(text, 1);
    layout->addWidget(m_saveAs);
    connect(m_saveAs, &QPushButton::clicked, this, &ReadOnlyBar::saveAsRequested);
    retranslate();
}

void ReadOnlyBar::setMessage(const QString &message)
{
    m_label->setText(message);
}

void ReadOnlyBar::retranslate()
{
    m_saveAs->setText(tr("Save &As…"));
    m_hint->setText(tr("The fields cannot be changed here. Save As makes a copy that you can edit."));
}

} // namespace scs

#include "ConversationPanel.h"

#include "ConversationBubble.h"
#include "document/ProjectDocument.h"
#include "report/Conversation.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

ConversationPanel::ConversationPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(u"conversationPanel"_s);
    m_title->setObjectName(u"conversationTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_empty->setObjectName(u"conversationEmpty"_s);
    m_empty->setWordWrap(true);
    m_scroll->setObjectName(u"conversationScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    content->setObjectName(u"conversationThread"_s);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    m_rows = new QVBoxLayout(content);
    m_rows->setContentsMargins(8, 8, 8, 8);
    m_rows->setSpacing(8);
    m_rows->addStretch(1);
    m_scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    setMinimumWidth(220);
    retranslate();

    connect(m_document, &ProjectDocument::fieldChanged, this, [this](int request, FieldId field) {
        if (request == m_request && Conversation::reads(field))
            refresh();
    });
    connect(m_document, &ProjectDocument::findingsChanged, this, [this](int request) {
        if (request == m_request)
            refresh();
    });
    for (auto signal : {&ProjectDocument::projectReset, &ProjectDocument::requestsChanged})
        connect(m_document, signal, this, &ConversationPanel::refresh);
}

void ConversationPanel::setRequestIndex(int index)
{
    m_request = index;
    refresh();
}

void ConversationPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void ConversationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ConversationPanel::retranslate()
{
    m_title->setText(Conversation::title());
    m_empty->setText(tr("No request is selected."));
}

void ConversationPanel::refresh()
{
    // Built while shown only: typing with the panel closed costs nothing.
    if (!isVisible())
        return;
    const bool valid = m_request >= 0 && m_request < m_document->requestCount();
    m_empty->setVisible(!valid);
    m_scroll->setVisible(valid);
    QList<ConversationMessage> thread;
    QList<Finding> findings;
    QString sender;
    if (valid) {
        const Request &request = m_document->request(m_request);
        thread = Conversation::build(request);
        findings = m_document->findings(m_request);
        sender = Conversation::programName(request);
    }

    // Bubbles are reused in place (no flicker while typing); a row is added
    // or removed only when the number of messages changes.
    while (m_bubbles.size() > thread.size()) {
        delete m_rowWidgets.takeLast();
        m_bubbles.removeLast();
    }
    for (qsizetype i = 0; i < thread.size(); ++i) {
        const ConversationMessage &message = thread.at(i);
        if (i == m_bubbles.size()) {
            auto *row = new QWidget;
            row->setObjectName(u"conversationRow"_s);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto *bubble = new ConversationBubble(row);
            connect(bubble, &ConversationBubble::activated, this,
                    [this](FieldId field, int item) { Q_EMIT messageActivated(m_request, field, item); });
            m_rows->insertWidget(m_rows->count() - 1, row);
            m_rowWidgets << row;
            m_bubbles << bubble;
        }
        ConversationBubble *bubble = m_bubbles.at(i);
        const bool wasSubscriber = bubble->fromSubscriber();
        const bool fresh = bubble->parentWidget()->layout()->count() == 0;
        bubble->setMessage(message, Conversation::senderName(message.sender, sender),
                           Conversation::findingsFor(message, findings));
        if (fresh || wasSubscriber != bubble->fromSubscriber()) {
            // Four fifths of the width, on the sender's side.
            auto *rowLayout = static_cast<QHBoxLayout *>(bubble->parentWidget()->layout());
            while (QLayoutItem *item = rowLayout->takeAt(0))
                delete item;
            if (bubble->fromSubscriber())
                rowLayout->addStretch(1);
            rowLayout->addWidget(bubble, 4);
            if (!bubble->fromSubscriber())
                rowLayout->addStretch(1);
        }
    }
}

} // namespace scs

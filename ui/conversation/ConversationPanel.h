#pragma once

#include "model/FieldId.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace scs {

class ConversationBubble;
class ProjectDocument;

// The subscriber's conversation with the short code for the current
// request, as on a handset: one bubble per message of Conversation::build,
// in its order, the short code's on the left and the subscriber's on the
// right. It follows the request as the user types (only while shown: a
// hidden panel does no work), the findings, the palette and the interface
// language. Activating a bubble asks the window to go to its field.
class ConversationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPanel(ProjectDocument *document, QWidget *parent = nullptr);

    void setRequestIndex(int index);
    int requestIndex() const { return m_request; }
    QList<ConversationBubble *> bubbles() const { return m_bubbles; }
    QScrollArea *scrollArea() const { return m_scroll; }

Q_SIGNALS:
    void messageActivated(int request, scs::FieldId field, int item);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    ProjectDocument *m_document;
    int m_request = -1;
    QLabel *m_title;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QVBoxLayout *m_rows;
    QList<ConversationBubble *> m_bubbles;
    QList<QWidget *> m_rowWidgets;
};

} // namespace scs

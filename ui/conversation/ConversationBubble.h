#pragma once

#include "model/FieldId.h"
#include "report/Conversation.h"

#include <QFrame>

class QLabel;

namespace scs {

// One message of the conversation view: a rounded bubble, on the left for
// the short code's messages and on the right for the subscriber's, with a
// caption (who sends what), the text as typed, how it is sent (encoding,
// characters, segments) and the findings that concern it. Colours come
// from the palette (light or dark): the subscriber's bubbles in a tint of
// the highlight colour, the short code's in the alternate base colour, a gap
// (empty field) as a dashed outline. A click, or Enter when it has the
// focus, asks to go to the message's field.
class ConversationBubble : public QFrame
{
    Q_OBJECT

public:
    explicit ConversationBubble(QWidget *parent = nullptr);

    void setMessage(const ConversationMessage &message, const QString &sender,
                    const QList<Finding> &findings);
    const ConversationMessage &message() const { return m_message; }
    bool fromSubscriber() const { return m_message.sender == ConversationMessage::Sender::Subscriber; }

    // What the bubble is filled with and its text drawn in.
    QColor background() const;
    QColor foreground() const;

    QLabel *captionLabel() const { return m_caption; }
    QLabel *textLabel() const { return m_text; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *findingsLabel() const { return m_findings; }

Q_SIGNALS:
    void activated(scs::FieldId field, int item);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    ConversationMessage m_message;
    QLabel *m_caption;
    QLabel *m_text;
    QLabel *m_details;
    QLabel *m_findings;
};

} // namespace scs

#include "ConversationBubble.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

QLabel *makeLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Clicks go to the bubble.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

const qreal Radius = 12;

} // namespace

ConversationBubble::ConversationBubble(QWidget *parent)
    : QFrame(parent)
    , m_caption(makeLabel(u"bubbleCaption"_s, this))
    , m_text(makeLabel(u"bubbleText"_s, this))
    , m_details(makeLabel(u"bubbleDetails"_s, this))
    , m_findings(makeLabel(u"bubbleFindings"_s, this))
{
    setObjectName(u"conversationBubble"_s);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(3);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QLabel *label : {m_caption, m_details, m_findings})
        label->setFont(small);
    QFont bold = small;
    bold.setBold(true);
    m_caption->setFont(bold);
    layout->addWidget(m_caption);
    layout->addWidget(m_text);
    layout->addWidget(m_details);
    layout->addWidget(m_findings);
    updateColors();
}

void ConversationBubble::setMessage(const ConversationMessage &message, const QString &sender,
                                    const QList<Finding> &findings)
{
    m_message = message;
    m_caption->setText(tr("%1: %2", "who sends a message: what the message is")
                               .arg(sender, Conversation::caption(message)));
    m_text->setText(message.isMissing() ? Conversation::missingText(message) : message.text);
    m_details->setText(Conversation::details(message));
    m_details->setVisible(!m_details->text().isEmpty());
    QStringList lines;
    for (const Finding &finding : findings)
        lines << u"%1: %2"_s.arg(severityLabel(finding.severity), finding.text());
    m_findings->setText(lines.join(u'\n'));
    m_findings->setVisible(!lines.isEmpty());
    setAccessibleName(m_caption->text());
    setAccessibleDescription(m_text->text());
    setToolTip(tr("Go to the field of this message"));
    updateColors();
    update();
}

QColor ConversationBubble::background() const
{
    const QColor base = palette().color(QPalette::Base);
    if (m_message.isMissing())
        return base;
    if (!fromSubscriber())
        return palette().color(QPalette::AlternateBase);
    // A tint of the highlight colour over the base: light on a light
    // palette, dark on a dark one, so the text colour reads on it (the
    // highlight itself under white text fell short of 4.5:1 in Fusion).
    const QColor highlight = palette().color(QPalette::Highlight);
    const qreal tint = 0.3;
    return QColor::fromRgbF(base.redF() + (highlight.redF() - base.redF()) * tint,
                            base.greenF() + (highlight.greenF() - base.greenF()) * tint,
                            base.blueF() + (highlight.blueF() - base.blueF()) * tint);
}

QColor ConversationBubble::foreground() const
{
    return palette().color(m_message.isMissing() ? QPalette::PlaceholderText : QPalette::Text);
}

void ConversationBubble::updateColors()
{
    QPalette labels = palette();
    labels.setColor(QPalette::WindowText, foreground());
    for (QLabel *label : {m_caption, m_text, m_details, m_findings})
        label->setPalette(labels);
}

void ConversationBubble::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(box, Radius, Radius);
    QPen pen(m_message.isMissing() ? foreground() : palette().color(QPalette::Mid), 1);
    if (m_message.isMissing())
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(background());
    painter.drawPath(path);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), Radius, Radius);
    }
}

void ConversationBubble::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated(m_message.field, m_message.item);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void ConversationBubble::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_message.field, m_message.item);
        return;
    }
    QFrame::keyPressEvent(event);
}

void ConversationBubble::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    QFrame::changeEvent(event);
}

} // namespace scs

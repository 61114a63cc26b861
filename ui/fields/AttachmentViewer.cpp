#include "AttachmentViewer.h"

#include "print/AttachmentPreview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

AttachmentViewer::AttachmentViewer(const Attachment &attachment, QWidget *parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_picture(new QLabel)
    , m_fit(new QCheckBox(this))
{
    setObjectName(u"attachmentViewer"_s);
    setWindowTitle(attachment.name);
    // An image at its own size; a PDF's page at about 150 dpi of an A4.
    const bool pdf = attachment.mediaType == u"application/pdf"_s;
    m_image = AttachmentPreview::render(attachment, pdf ? QSize(1240, 1754) : QSize(16384, 16384)).image;

    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setAccessibleName(attachment.name);
    m_scroll->setWidget(m_picture);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_fit->setObjectName(u"fitToWindowCheckBox"_s);
    m_fit->setText(tr("&Fit to Window"));
    m_fit->setChecked(true);
    m_scroll->viewport()->installEventFilter(this);
    connect(m_fit, &QCheckBox::toggled, this, &AttachmentViewer::updatePicture);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_fit);
    bottom->addStretch();
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);

    const QSize room = screen() ? screen()->availableSize() * 0.8 : QSize(1000, 800);
    resize(m_image.size().grownBy(QMargins(40, 40, 40, 80)).boundedTo(room).expandedTo(QSize(400, 300)));
    updatePicture();
}

bool AttachmentViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit->isChecked())
        updatePicture();
    return QDialog::eventFilter(watched, event);
}

void AttachmentViewer::updatePicture()
{
    QImage shown = m_image;
    const QSize room = m_scroll->viewport()->size() - QSize(2, 2);
    if (m_fit->isChecked() && !room.isEmpty()
        && (shown.width() > room.width() || shown.height() > room.height()))
        shown = shown.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_picture->setPixmap(QPixmap::fromImage(shown));
    m_picture->resize(shown.size());
    m_scroll->setWidgetResizable(false);
}

} // namespace scs

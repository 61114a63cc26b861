#include "AttachmentPreview.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFont>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

#ifdef SCS_HAVE_QTPDF
#include <QPdfDocument>
#endif

using namespace Qt::StringLiterals;

namespace scs {

namespace {

bool isPdf(const Attachment &attachment)
{
    return attachment.data.startsWith("%PDF-");
}

QSize fitted(const QSizeF &natural, const QSize &box)
{
    if (natural.isEmpty() || box.isEmpty())
        return {};
    QSizeF size = natural;
    if (size.width() > box.width() || size.height() > box.height())
        size = size.scaled(QSizeF(box), Qt::KeepAspectRatio);
    return QSize(qMax(1, qRound(size.width())), qMax(1, qRound(size.height())));
}

#ifdef SCS_HAVE_QTPDF
// Loading from a QBuffer (a random-access device) is synchronous.
class PdfFile
{
public:
    explicit PdfFile(const QByteArray &data)
        : m_data(data)
    {
        m_buffer.setBuffer(&m_data);
        m_buffer.open(QIODevice::ReadOnly);
        m_document.load(&m_buffer);
    }
    bool isReady() const
    {
        return m_document.status() == QPdfDocument::Status::Ready && m_document.pageCount() > 0;
    }
    QSizeF firstPageSize() const { return m_document.pagePointSize(0); }
    QImage render(const QSize &size) { return m_document.render(0, size); }

private:
    QByteArray m_data;
    QBuffer m_buffer;
    QPdfDocument m_document;
};
#endif

} // namespace

bool AttachmentPreview::rendersPdf()
{
#ifdef SCS_HAVE_QTPDF
    return true;
#else
    return false;
#endif
}

QSizeF AttachmentPreview::naturalSize(const Attachment &attachment, Kind *kind)
{
    if (kind)
        *kind = Kind::Placeholder;
    if (isPdf(attachment)) {
#ifdef SCS_HAVE_QTPDF
        PdfFile pdf(attachment.data);
        if (pdf.isReady()) {
            if (kind)
                *kind = Kind::PdfPage;
            return pdf.firstPageSize();
        }
#endif
        return {};
    }
    QByteArray data = attachment.data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isEmpty())
        return {};
    if (kind)
        *kind = Kind::Image;
    return QSizeF(size);
}

AttachmentPreview::Picture AttachmentPreview::render(const Attachment &attachment, const QSize &box)
{
    if (isPdf(attachment)) {
#ifdef SCS_HAVE_QTPDF
        PdfFile pdf(attachment.data);
        if (pdf.isReady()) {
            // Points to pixels at 150 dpi: small print stays readable in a
            // large view, and the box caps the size anyway.
            const QSize size = fitted(pdf.firstPageSize() * (150.0 / 72.0), box);
            QImage page = pdf.render(size);
            if (!page.isNull()) {
                // Pages are transparent where nothing is drawn: paper is white.
                QImage paper(page.size(), QImage::Format_RGB32);
                paper.fill(Qt::white);
                QPainter(&paper).drawImage(0, 0, page);
                return {paper, Kind::PdfPage};
            }
        }
#endif
        return {placeholder(attachment, box), Kind::Placeholder};
    }
    QByteArray data = attachment.data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    QSize natural = reader.size();
    if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        natural.transpose();
    const QSize size = fitted(QSizeF(natural), box);
    if (size.isEmpty())
        return {placeholder(attachment, box), Kind::Placeholder};
    // JPEG decodes straight to the smaller size; PNG decodes whole and is
    // scaled after.
    if (!reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        reader.setScaledSize(size);
    QImage image = reader.read();
    if (image.isNull())
        return {placeholder(attachment, box), Kind::Placeholder};
    if (image.size() != size)
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return {image, Kind::Image};
}

QImage AttachmentPreview::placeholder(const Attachment &attachment, const QSize &box)
{
    // A sheet of A-series proportions, as large as the box allows.
    const QSize size = fitted(QSizeF(box.height() / 1.414, box.height()), box);
    QImage image(size.isEmpty() ? QSize(1, 1) : size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (size.width() < 8)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal w = size.width();
    const qreal h = size.height();
    const qreal fold = w * 0.25;
    const qreal pen = qMax(1.0, w / 60);
    QPainterPath sheet;
    sheet.moveTo(pen, pen);
    sheet.lineTo(w - fold, pen);
    sheet.lineTo(w - pen, fold);
    sheet.lineTo(w - pen, h - pen);
    sheet.lineTo(pen, h - pen);
    sheet.closeSubpath();
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), pen));
    painter.setBrush(Qt::white);
    painter.drawPath(sheet);
    painter.drawPolyline(
            QPolygonF({QPointF(w - fold, pen), QPointF(w - fold, fold), QPointF(w - pen, fold)}));

    // The type in large letters, the name under it.
    QString type = isPdf(attachment) ? u"PDF"_s : QFileInfo(attachment.name).suffix().toUpper();
    if (type.isEmpty() || type.size() > 5)
        type = attachment.mediaType.section(u'/', -1).toUpper().left(5);
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, int(w / 5)));
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(QRectF(0, h * 0.3, w, h * 0.2), Qt::AlignCenter, type);
    QFont small;
    small.setPixelSize(qMax(6, int(w / 11)));
    painter.setFont(small);
    const QRectF nameRect(w * 0.08, h * 0.55, w * 0.84, h * 0.4);
    painter.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, attachment.name);
    return image;
}

} // namespace scs

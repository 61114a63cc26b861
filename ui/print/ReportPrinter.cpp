#include "ReportPrinter.h"

#include "AttachmentPreview.h"
#include "PageBreaks.h"
#include "SafeTextDocument.h"
#include "report/HtmlRenderer.h"
#include "storage/FileOps.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs {

ReportPrinter::ReportPrinter(const ReportDocument &document)
    : m_document(document)
    , m_date(QDate::currentDate())
{ }

ReportPrinter::~ReportPrinter() = default;

QPageSize::PageSizeId ReportPrinter::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QFont ReportPrinter::fontFor(const QString &language)
{
    // Debian's fonts-ipafont-gothic and fonts-noto-cjk; the first one
    // installed wins. IPA first: a TrueType font embeds cleanly in PDF.
    static const QStringList japanese {u"IPAPGothic"_s,   u"IPAGothic"_s,    u"Noto Sans CJK JP"_s,
                                       u"Noto Sans JP"_s, u"TakaoPGothic"_s, u"VL PGothic"_s};
    static const QStringList latin {u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Noto Sans"_s};
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &family : language == u"ja" ? japanese + latin : latin + japanese)
        if (installed.contains(family))
            families << family;
    QFont font;
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: text copied out of the PDF (and pdftotext) then reads
    // "fi", not the one glyph "ﬁ". Scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QList<QUrl> ReportPrinter::refusedResources() const
{
    return m_text ? m_text->refusedResources() : QList<QUrl>();
}

QList<QSizeF> ReportPrinter::addFigures(const QSizeF &body, int dpi)
{
    // At most the page's width and a bit over half its height, so that the
    // caption fits under it; never larger than the file's own size at
    // 96 dpi (a PDF page: its size on paper).
    const QSizeF box(body.width(), body.height() * 0.6);
    QList<QSizeF> sizes;
    int figure = 0;
    for (const ReportPart &part : std::as_const(m_document.parts)) {
        for (const ReportSection &section : part.sections) {
            for (const ReportItem &item : section.items) {
                if (item.kind != ReportItem::Kind::Figure)
                    continue;
                const QString url = HtmlRenderer::figureUrl(figure++);
                if (item.data.isEmpty()) {
                    sizes << QSizeF();
                    continue;
                }
                const Attachment attachment {item.label, item.mediaType, {}, item.data};
                AttachmentPreview::Kind kind;
                QSizeF natural = AttachmentPreview::naturalSize(attachment, &kind);
                natural *= kind == AttachmentPreview::Kind::PdfPage ? dpi / 72.0 : dpi / 96.0;
                if (natural.isEmpty())
                    natural = QSizeF(box.height() / 1.414 / 2, box.height() / 2); // the drawn page
                QSizeF shown = natural;
                if (shown.width() > box.width() || shown.height() > box.height())
                    shown = shown.scaled(box, Qt::KeepAspectRatio);
                // Pixels enough for 200 dpi on paper, not the device's 1200.
                const QSize pixels = (shown * qMin(1.0, 200.0 / dpi)).toSize().expandedTo(QSize(1, 1));
                m_text->addResource(QTextDocument::ImageResource, QUrl(url),
                                    AttachmentPreview::render(attachment, pixels).image);
                sizes << shown;
            }
        }
    }
    return sizes;
}

void ReportPrinter::sizeFigures(const QList<QSizeF> &sizes)
{
    // Each <img> gets the size chosen for it, in the layout's units (the
    // device's pixels): the picture is drawn scaled to it. The images are
    // found first and changed after: a change splits fragments.
    QList<std::pair<int, QTextImageFormat>> images;
    for (QTextBlock block = m_text->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QString prefix = HtmlRenderer::figureUrl(0).chopped(1);
            if (!format.isValid() || !format.name().startsWith(prefix))
                continue;
            const int figure = format.name().mid(prefix.size()).toInt();
            if (figure < 0 || figure >= sizes.size() || sizes.at(figure).isEmpty())
                continue;
            // QTextDocument scales an image's size by the device's dpi
            // over 96 when it lays out for a printer or PDF writer: the
            // size is given in pixels at 96 dpi.
            format.setWidth(sizes.at(figure).width() * m_figureScale);
            format.setHeight(sizes.at(figure).height() * m_figureScale);
            images.append({fragment.position(), format});
        }
    }
    for (const auto &[position, format] : std::as_const(images)) {
        QTextCursor cursor(m_text.get());
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

void ReportPrinter::setUpPage(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(pageSizeFor(QLocale::system())));
    device->setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
}

int ReportPrinter::paint(QPagedPaintDevice *device)
{
    // Laid out at a resolution of its own and scaled onto the device: the
    // pages break in the same places on a printer, in the preview and in
    // the PDF.
    const QPageLayout pageLayout = device->pageLayout();
    const QRectF area = pageLayout.paintRectPixels(device->logicalDpiY());
    const qreal scale = device->logicalDpiY() / qreal(LayoutDpi);
    const QRectF layoutArea = pageLayout.paintRectPixels(LayoutDpi);
    QBuffer nowhere;
    QPdfWriter layoutDevice(&nowhere);
    layoutDevice.setResolution(LayoutDpi);
    const QFont base = fontFor(m_document.language);

    m_text = std::make_unique<SafeTextDocument>();
    QFont bodyFont = base;
    bodyFont.setPointSizeF(10);
    m_text->setDefaultFont(bodyFont);
    m_text->setDocumentMargin(0);
    m_text->documentLayout()->setPaintDevice(&layoutDevice);
    const auto forget = qScopeGuard([this] { m_text->documentLayout()->setPaintDevice(nullptr); });
    QFont small = base;
    small.setPointSizeF(8);
    const QFontMetricsF layoutMetrics(small, &layoutDevice);
    const qreal band = layoutMetrics.height() * 2.5; // header and footer
    const qreal bodyHeight = layoutArea.height() - 2 * band;
    const QList<QSizeF> figures = addFigures(QSizeF(layoutArea.width(), bodyHeight), LayoutDpi);
    m_figureScale = 96.0 / LayoutDpi;
    m_text->setHtml(HtmlRenderer::render(m_document));
    sizeFigures(figures);
    m_text->setTextWidth(layoutArea.width());
    PageBreaks::joinLoneCharacters(m_text.get());
    const QList<double> starts = PageBreaks::compute(m_text.get(), bodyHeight);
    const int pages = int(starts.size());
    const qreal documentEnd = m_text->documentLayout()->documentSize().height();
    const auto pageOf = [&starts](double y) {
        return int(std::upper_bound(starts.cbegin(), starts.cend(), y + 0.5) - starts.cbegin()) - 1;
    };

    // Each part (request) starts with its <h1>: note the page it starts on,
    // for the header.
    QList<int> partStart;
    for (QTextBlock block = m_text->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 1)
            partStart << pageOf(m_text->documentLayout()->blockBoundingRect(block).top());
    }

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const QFontMetricsF metrics(small, device);
    const QPen pen(Qt::black, qMax(1.0, device->logicalDpiY() / 150.0));
    const QString date = m_date.toString(Qt::ISODate);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        qsizetype part = 0;
        while (part + 1 < partStart.size() && partStart.at(part + 1) <= page)
            ++part;
        const QString request = m_document.parts.value(part).requestTitle;
        QString title = m_document.projectName;
        if (!request.isEmpty() && request != title)
            title = title.isEmpty() ? request : tr("%1 \u2014 %2").arg(title, request);

        painter.setFont(small);
        painter.setPen(pen);
        const QRectF header(0, 0, area.width(), metrics.height());
        const qreal dateWidth = metrics.horizontalAdvance(date) + metrics.height();
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(title, Qt::ElideRight, area.width() - dateWidth));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, date);
        const qreal ruleY = metrics.height() * 1.5;
        painter.drawLine(QPointF(0, ruleY), QPointF(area.width(), ruleY));

        // This page's slice of the long page, up to where the next begins.
        const qreal top = starts.at(page);
        const qreal bottom = page + 1 < pages ? starts.at(page + 1) : documentEnd;
        painter.save();
        painter.translate(0, band * scale);
        painter.scale(scale, scale);
        const QRectF slice(0, top, layoutArea.width(), bottom - top);
        painter.setClipRect(slice.translated(0, -top));
        painter.translate(0, -top);
        QAbstractTextDocumentLayout::PaintContext context;
        // Blocks are drawn whole wherever their rectangle meets the clip,
        // and a PDF keeps clipped text: only this page's blocks.
        context.clip = slice.adjusted(0, 0.5, 0, -0.5);
        context.palette.setColor(QPalette::Text, Qt::black);
        m_text->documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF footer(0, area.height() - metrics.height(), area.width(), metrics.height());
        painter.setFont(small);
        painter.setPen(pen);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_document.title, Qt::ElideRight, area.width() / 2));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    painter.end();
    return pages;
}

bool ReportPrinter::writePdf(const QString &path, QString *error, int *pageCount)
{
    QSaveFile file(path);
    if (!FileOps::openPrivate(&file)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        setUpPage(&writer);
        writer.setResolution(300);
        writer.setCreator(u"Shortcode Studio"_s);
        writer.setTitle(
                m_document.parts.size() == 1 && !m_document.parts.first().requestTitle.isEmpty()
                        ? tr("%1 \u2014 %2").arg(m_document.title, m_document.parts.first().requestTitle)
                        : m_document.title);
        pages = paint(&writer);
    }
    if (pages == 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (pageCount)
        *pageCount = pages;
    return true;
}

} // namespace scs

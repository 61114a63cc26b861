#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QUrl>

#include <memory>

class QPagedPaintDevice;

namespace scs {

class SafeTextDocument;

// Lays a report out on pages and paints it: a header with the project and
// the request title and the date, a footer with the page number, black on
// white. Paints onto any paged device: a QPdfWriter for PDF, a QPrinter
// for printing and the print preview.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(scs::ReportPrinter)

public:
    explicit ReportPrinter(const ReportDocument &document);
    ~ReportPrinter();

    // The date printed in the header; today unless set.
    void setDate(const QDate &date) { m_date = date; }

    // Paints every page onto `device` (its page layout already set) and
    // returns the number of pages.
    int paint(QPagedPaintDevice *device);

    // What the text document was asked to load and refused (always empty
    // for our HTML).
    QList<QUrl> refusedResources() const;

    // Writes a PDF; false with a translated message on failure.
    bool writePdf(const QString &path, QString *error, int *pageCount = nullptr);

    // The paper and margins every report is printed with (the same for the
    // PDF, the printer and the preview, so that their pages agree).
    static void setUpPage(QPagedPaintDevice *device);
    // Letter in the United States and Canada, A4 elsewhere. Callers pass
    // the system locale: the UI language says nothing about the paper.
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);
    // A font that has the glyphs of the language: for Japanese a CJK family
    // picked by name (the default fallback may have none), else a common
    // sans serif.
    static QFont fontFor(const QString &language);

private:
    // The resolution the text is laid out at, whatever the device's.
    static constexpr int LayoutDpi = 1200;
    // Gives the text document the pictures of the figures (attached
    // mockups) and returns the size each is shown at on a page of `body`.
    QList<QSizeF> addFigures(const QSizeF &body, int dpi);
    void sizeFigures(const QList<QSizeF> &sizes);
    qreal m_figureScale = 1;

    ReportDocument m_document;
    QDate m_date;
    std::unique_ptr<SafeTextDocument> m_text;
};

} // namespace scs

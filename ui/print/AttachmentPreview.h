#pragma once

#include "model/FieldValue.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QSizeF>

namespace scs {

// The picture of an attached file (an opt-in mockup), for the editor's
// thumbnails, the large view and the printed appendix. PNG and JPEG come
// from Qt's image readers (Debian's libqt6gui6 carries the JPEG plugin);
// the first page of a PDF from Qt PDF when the build has it
// (SCS_HAVE_QTPDF); anything else, or a file that does not decode, is
// shown as a drawn page with the file's name and type. Decoding loads
// Qt's image format plugins: call this only when a picture is about to be
// shown or printed, never at start-up.
class AttachmentPreview
{
public:
    enum class Kind : unsigned char {
        Image, // a decoded PNG or JPEG
        PdfPage, // the first page of a PDF
        Placeholder, // the drawn page with the name
    };

    struct Picture
    {
        QImage image;
        Kind kind = Kind::Placeholder;
    };

    // The picture scaled to fit `box` (in pixels), aspect ratio kept, never
    // larger than the file's own size. Never null.
    static Picture render(const Attachment &attachment, const QSize &box);
    // The size the file has: pixels of an image, points of a PDF's first
    // page (1/72 inch); invalid when it does not decode.
    static QSizeF naturalSize(const Attachment &attachment, Kind *kind = nullptr);
    // The drawn page: a sheet with a folded corner, the type and the name.
    static QImage placeholder(const Attachment &attachment, const QSize &box);
    // Whether PDFs are drawn (Qt PDF is built in) or shown as a named page.
    static bool rendersPdf();
};

} // namespace scs

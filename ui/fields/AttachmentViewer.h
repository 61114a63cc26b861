#pragma once

#include "model/FieldValue.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QLabel;
class QScrollArea;

namespace scs {

// One attached file large, in a window of its own: a PNG or JPEG at its
// own size, a PDF's first page (or its drawn page when the build has no Qt
// PDF). Fit to Window (on at first) scales it to the window; off, it shows
// at full size and scrolls.
class AttachmentViewer : public QDialog
{
    Q_OBJECT

public:
    explicit AttachmentViewer(const Attachment &attachment, QWidget *parent = nullptr);

    // The picture at full size, and the label showing it.
    const QImage &image() const { return m_image; }
    QLabel *pictureLabel() const { return m_picture; }
    QCheckBox *fitCheckBox() const { return m_fit; }

protected:
    // The viewport's resizes refit the picture (it gets its size from the
    // layout after the dialog's own resize event).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePicture();

    QImage m_image;
    QScrollArea *m_scroll;
    QLabel *m_picture;
    QCheckBox *m_fit;
};

} // namespace scs

#include "ImageShrink.h"

#include <QBuffer>
#include <QImage>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace scs {

namespace {

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        return {};
    return out;
}

} // namespace

QByteArray shrinkImage(const QByteArray &data, const char *format, qint64 limit)
{
    const QImage image = QImage::fromData(data);
    if (image.isNull() || limit <= 0)
        return {};
    const bool jpeg = std::strcmp(format, "JPEG") == 0;
    if (jpeg) {
        for (int quality : {85, 75, 65, 55}) {
            QByteArray out = encode(image, format, quality);
            if (!out.isEmpty() && out.size() <= limit)
                return out;
        }
    }
    // The encoded size grows about with the pixels: start at the side
    // that would fit, then take a fifth off each side until it does.
    double scale = std::min(0.9, std::sqrt(double(limit) / double(data.size())));
    for (int step = 0; step < 16; ++step, scale *= 0.8) {
        const QSize size(std::max(1, int(image.width() * scale)), std::max(1, int(image.height() * scale)));
        const QImage smaller = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QByteArray out = encode(smaller, format, jpeg ? 75 : -1);
        if (!out.isEmpty() && out.size() <= limit)
            return out;
        if (size == QSize(1, 1))
            break;
    }
    return {};
}

} // namespace scs

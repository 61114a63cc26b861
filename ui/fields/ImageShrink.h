#pragma once

#include <QByteArray>

namespace scs {

// A PNG or JPEG (`format` "PNG" or "JPEG") re-encoded to at most `limit`
// bytes: a JPEG first at falling quality, then either at smaller sizes
// with its aspect ratio kept. Empty when it does not decode or cannot be
// made to fit.
QByteArray shrinkImage(const QByteArray &data, const char *format, qint64 limit);

} // namespace scs

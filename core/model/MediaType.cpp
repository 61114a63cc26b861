#include "MediaType.h"

using namespace Qt::StringLiterals;

namespace scs {

QString mediaTypeOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (data.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (data.startsWith("%PDF-"))
        return u"application/pdf"_s;
    return {};
}

} // namespace scs

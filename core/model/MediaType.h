#pragma once

#include <QByteArray>
#include <QString>

namespace scs {

// The media type of an attachment by its first bytes: "image/png",
// "image/jpeg", "application/pdf" (the types carriers take), or an empty
// string for anything else. The mockups page asks it before adding a file,
// the evidence rules to check a file's stated type.
QString mediaTypeOf(const QByteArray &data);

} // namespace scs

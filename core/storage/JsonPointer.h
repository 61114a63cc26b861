#pragma once

#include <QString>

// JSON pointers (RFC 6901) of the places the interchange format names.
namespace scs::json_pointer {

using namespace Qt::StringLiterals;

// RFC 6901: "~" and "/" inside a reference token are escaped.
inline QString pointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', u"~0"_s);
    escaped.replace(u'/', u"~1"_s);
    return escaped;
}

inline QString pointer(const QString &parent, const QString &token)
{
    return parent + u'/' + pointerToken(token);
}

inline QString pointer(const QString &parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

} // namespace scs::json_pointer

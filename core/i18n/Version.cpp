#include "Version.h"

#include <QtGlobal>

namespace scs {

QString applicationVersion()
{
    return QStringLiteral(SCS_VERSION_STRING);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace scs

#include "SafeTextDocument.h"

namespace scs {

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    m_refused << name;
    return {};
}

} // namespace scs

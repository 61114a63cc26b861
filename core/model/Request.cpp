#include "Request.h"

namespace scs {

Request::Request()
    : m_uuid(QUuid::createUuid())
{ }

} // namespace scs

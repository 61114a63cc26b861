#pragma once

#include "model/Project.h"

#include <QString>

namespace scs {

// SHA-256 over the project's content (name, requests in order with uuid,
// title and every set value), hex. Stored in the file's meta table and
// checked on open: SQLite has no checksums of its own, so a flipped byte in
// a value would otherwise load silently as different data.
QString contentChecksum(const Project &project);

} // namespace scs

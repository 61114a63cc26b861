#pragma once

#include "Revision.h"

#include "model/Project.h"

#include <QList>

namespace scs::ProjectDiff {

// What changed from `before` to `after`, in a stable order: the project
// name, then per request of `after` (in order) addition or rename and its
// field changes in catalog order, then removals, then a reorder if the
// requests both have are in another order. An added request lists every
// field it has set. Requests are matched by uuid.
QList<Change> compute(const Project &before, const Project &after);

// Applies recorded changes to `project` (replaying history): names, added,
// removed and renamed requests, field values; then puts the requests in
// `requestOrder`, which must name each of them once. Returns false if a
// change does not fit (unknown request or field) or the order does not: the
// history is then not trustworthy.
bool apply(Project &project, const QList<Change> &changes, const QList<QUuid> &requestOrder);

} // namespace scs::ProjectDiff

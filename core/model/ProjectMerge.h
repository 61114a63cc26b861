#pragma once

#include "Project.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace scs {

// A three-way merge of two edits of the same project: `base` is what both
// started from, `ours` and `theirs` what each made of it. What only one side
// changed (a field, a title, the name, an added or removed request) is taken
// from that side; what both changed differently is a conflict, settled by
// `preferOurs`. Requests are matched by uuid; the merged project keeps
// theirs's order, with requests only ours added appended in ours's order.
// Used to restore a recovery copy into a file that was saved since.
struct ProjectMerge
{
    struct Conflict
    {
        QUuid request; // null: the project's name
        std::optional<FieldId> field; // none: the request itself (title, or removed on one side)
    };

    Project project;
    QList<Conflict> conflicts;

    static ProjectMerge merge(const Project &base, const Project &ours, const Project &theirs,
                              bool preferOurs);
};

} // namespace scs

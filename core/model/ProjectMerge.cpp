#include "ProjectMerge.h"

namespace scs {

namespace {

const Request *find(const Project &project, const QUuid &uuid)
{
    for (const Request &request : project.requests) {
        if (request.uuid() == uuid)
            return &request;
    }
    return nullptr;
}

// One value changed on either side or both.
template<typename T>
T mergeValue(const T &base, const T &ours, const T &theirs, bool preferOurs, bool *conflict)
{
    if (ours == theirs || ours == base)
        return theirs;
    if (theirs == base)
        return ours;
    *conflict = true;
    return preferOurs ? ours : theirs;
}

} // namespace

ProjectMerge ProjectMerge::merge(const Project &base, const Project &ours, const Project &theirs,
                                 bool preferOurs)
{
    ProjectMerge result;
    bool nameConflict = false;
    result.project.name = mergeValue(base.name, ours.name, theirs.name, preferOurs, &nameConflict);
    if (nameConflict)
        result.conflicts.append({QUuid(), std::nullopt});

    const Request empty;
    auto mergeRequest = [&](const Request &baseRequest, const Request &mine, const Request &other) {
        Request merged = other;
        bool titleConflict = false;
        merged.setTitle(
                mergeValue(baseRequest.title(), mine.title(), other.title(), preferOurs, &titleConflict));
        if (titleConflict)
            result.conflicts.append({other.uuid(), std::nullopt});
        for (std::size_t i = 0; i < FieldCount; ++i) {
            const auto field = FieldId(i);
            bool conflict = false;
            merged.setValue(field,
                            mergeValue(baseRequest.value(field).normalized(), mine.value(field).normalized(),
                                       other.value(field).normalized(), preferOurs, &conflict));
            if (conflict)
                result.conflicts.append({other.uuid(), field});
        }
        return merged;
    };

    for (const Request &other : theirs.requests) {
        const Request *baseRequest = find(base, other.uuid());
        const Request *mine = find(ours, other.uuid());
        if (mine) {
            result.project.requests.append(mergeRequest(baseRequest ? *baseRequest : empty, *mine, other));
        } else if (!baseRequest) {
            result.project.requests.append(other); // added by them
        } else if (!(*baseRequest == other)) {
            // Removed by us, changed by them.
            result.conflicts.append({other.uuid(), std::nullopt});
            if (!preferOurs)
                result.project.requests.append(other);
        }
        // else: removed by us, untouched by them: removed.
    }
    for (const Request &mine : ours.requests) {
        if (find(theirs, mine.uuid()))
            continue;
        const Request *baseRequest = find(base, mine.uuid());
        if (!baseRequest) {
            result.project.requests.append(mine); // added by us
        } else if (!(*baseRequest == mine)) {
            // Removed by them, changed by us.
            result.conflicts.append({mine.uuid(), std::nullopt});
            if (preferOurs)
                result.project.requests.append(mine);
        }
    }
    return result;
}

} // namespace scs

#include "ProjectDiff.h"

#include "catalog/Catalog.h"

#include <QHash>

namespace scs::ProjectDiff {

namespace {

QStringList uuidStrings(const QList<QUuid> &uuids)
{
    QStringList list;
    list.reserve(uuids.size());
    for (const QUuid &uuid : uuids)
        list.append(uuid.toString(QUuid::WithoutBraces));
    return list;
}

void addFieldChanges(QList<Change> &changes, const Request *before, const Request &after)
{
    static const Request empty;
    const Request &old = before ? *before : empty;
    for (const FieldDef &field : Catalog::fields()) {
        const FieldValue &oldValue = old.value(field.id);
        const FieldValue &newValue = after.value(field.id);
        if (oldValue == newValue)
            continue;
        changes.append({Change::Kind::FieldChanged, after.uuid(), after.title(),
                        QString::fromLatin1(field.key), oldValue, newValue});
    }
}

} // namespace

QList<Change> compute(const Project &before, const Project &after)
{
    QList<Change> changes;
    if (before.name != after.name)
        changes.append({Change::Kind::ProjectRenamed, {}, {}, {}, before.name, after.name});

    QHash<QUuid, const Request *> oldRequests;
    for (const Request &request : before.requests)
        oldRequests.insert(request.uuid(), &request);
    QHash<QUuid, const Request *> newRequests;
    for (const Request &request : after.requests)
        newRequests.insert(request.uuid(), &request);

    for (const Request &request : after.requests) {
        const Request *old = oldRequests.value(request.uuid());
        if (!old) {
            changes.append(
                    {Change::Kind::RequestAdded, request.uuid(), request.title(), {}, {}, request.title()});
        } else if (old->title() != request.title()) {
            changes.append({Change::Kind::RequestRenamed,
                            request.uuid(),
                            request.title(),
                            {},
                            old->title(),
                            request.title()});
        }
        addFieldChanges(changes, old, request);
    }
    for (const Request &request : before.requests) {
        if (!newRequests.contains(request.uuid())) {
            changes.append(
                    {Change::Kind::RequestRemoved, request.uuid(), request.title(), {}, request.title(), {}});
        }
    }

    // Reordered: the requests present in both, compared in their two orders.
    QList<QUuid> oldCommon;
    for (const Request &request : before.requests) {
        if (newRequests.contains(request.uuid()))
            oldCommon.append(request.uuid());
    }
    QList<QUuid> newCommon;
    for (const Request &request : after.requests) {
        if (oldRequests.contains(request.uuid()))
            newCommon.append(request.uuid());
    }
    if (oldCommon != newCommon) {
        QList<QUuid> oldOrder;
        for (const Request &request : before.requests)
            oldOrder.append(request.uuid());
        QList<QUuid> newOrder;
        for (const Request &request : after.requests)
            newOrder.append(request.uuid());
        changes.append(
                {Change::Kind::RequestsReordered, {}, {}, {}, uuidStrings(oldOrder), uuidStrings(newOrder)});
    }
    return changes;
}

bool apply(Project &project, const QList<Change> &changes, const QList<QUuid> &requestOrder)
{
    auto find = [&project](const QUuid &uuid) -> Request * {
        for (Request &request : project.requests) {
            if (request.uuid() == uuid)
                return &request;
        }
        return nullptr;
    };

    for (const Change &change : changes) {
        switch (change.kind) {
        case Change::Kind::ProjectRenamed:
            project.name = change.newValue.toString();
            break;
        case Change::Kind::RequestAdded: {
            if (find(change.request))
                return false;
            Request request;
            request.setUuid(change.request);
            request.setTitle(change.newValue.toString());
            project.requests.append(request);
            break;
        }
        case Change::Kind::RequestRemoved: {
            const auto removed = project.requests.removeIf(
                    [&change](const Request &request) { return request.uuid() == change.request; });
            if (removed == 0)
                return false;
            break;
        }
        case Change::Kind::RequestRenamed: {
            Request *request = find(change.request);
            if (!request)
                return false;
            request->setTitle(change.newValue.toString());
            break;
        }
        case Change::Kind::RequestsReordered:
            break; // the order comes from requestOrder
        case Change::Kind::FieldChanged: {
            Request *request = find(change.request);
            const auto id = Catalog::fieldByKey(change.fieldKey);
            if (!request || !id)
                return false;
            request->setValue(*id, change.newValue);
            break;
        }
        }
    }

    QList<Request> ordered;
    ordered.reserve(project.requests.size());
    for (const QUuid &uuid : requestOrder) {
        if (Request *request = find(uuid))
            ordered.append(*request);
        else
            return false;
    }
    if (ordered.size() != project.requests.size())
        return false;
    project.requests = ordered;
    return true;
}

} // namespace scs::ProjectDiff

#pragma once

#include "model/FieldValue.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace scs {

// One change between two states of a project: what the audit trail records
// per save and what a diff of two revisions lists.
struct Change
{
    enum class Kind {
        ProjectRenamed, // old/new: the project names
        RequestAdded, // new: the title
        RequestRemoved, // old: the title
        RequestRenamed, // old/new: the titles
        RequestsReordered, // old/new: the request uuids in order (string lists)
        FieldChanged, // old/new: the field's values (unset = empty)
    };

    Kind kind = Kind::FieldChanged;
    QUuid request; // null for project-level changes
    QString requestTitle; // the request's title at the time, for display
    QString fieldKey; // FieldChanged only: the catalog key, "case.site_url"
    FieldValue oldValue;
    FieldValue newValue;

    friend bool operator==(const Change &, const Change &) = default;
};

// One save of the project: who saved, when, and what changed.
struct Revision
{
    int number = 0; // 1, 2, ... in the order of the saves
    QDateTime timeUtc;
    QString userName;
    QString hostName;
    QString appVersion;
    QList<QUuid> requestOrder; // the requests after this save, in order
    QList<Change> changes;
};

} // namespace scs

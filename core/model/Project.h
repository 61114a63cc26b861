#pragma once

#include "Request.h"

#include <QList>
#include <QString>

namespace scs {

// A project: a name and its requests (typically one per country).
struct Project
{
    QString name;
    QList<Request> requests;

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace scs

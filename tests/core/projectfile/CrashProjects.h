#pragma once

// The two contents the crash test's helper saves in turn: small, so that
// the history stays small over hundreds of saves.
#include "TestProjects.h"

namespace scs::test {

inline Project crashProject(int which)
{
    static const Project base = [] {
        Project project = fullProject(2);
        project.requests[0].setUuid(QUuid::fromString(u"0b7c4e1a-95f4-4f0e-9a57-1d8a0d3f0001"_s));
        project.requests[1].setUuid(QUuid::fromString(u"0b7c4e1a-95f4-4f0e-9a57-1d8a0d3f0002"_s));
        return project;
    }();
    Project project = base;
    if (which == 1) {
        project.name = u"新しい名前"_s;
        project.requests[0].setValue(FieldId::CompanyName, u"Changed, Inc. 🏢"_s);
        project.requests[1].setValue(FieldId::PurposePhi, FieldValue());
        std::swap(project.requests[0], project.requests[1]);
    }
    return project;
}

} // namespace scs::test

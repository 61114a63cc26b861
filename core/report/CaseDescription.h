#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>

namespace scs {

class Request;
struct Project;

// The case description to paste into the support case, in the order of the
// provider's guide: case classification, requests (with the fixed values),
// the spending threshold request, company information, the user sign-up
// process with the double opt-in sequence numbered 1-3, the purpose (with
// the PHI statement when purpose.phi is yes), message content (each message
// with its encoding and segments), contact options, and notes last.
class CaseDescription
{
    Q_DECLARE_TR_FUNCTIONS(scs::CaseDescription)

public:
    // Every request of the project, one part each.
    static ReportDocument build(const Project &project);
    // One request only (the editor prints the selected one).
    static ReportDocument build(const Project &project, int requestIndex);
    static ReportPart part(const Request &request);

    // "Case description", translated.
    static QString title();
    // The heading of the numbered double opt-in sequence.
    static QString optInSequenceHeading();
    // Printed when purpose.phi is yes.
    static QString phiStatement();
};

} // namespace scs

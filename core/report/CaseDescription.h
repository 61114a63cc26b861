#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>

namespace scs {

namespace sms {
struct Analysis;
}

class Request;
struct Project;

// The case description to paste into the support case, in the order of the
// provider's guide: case classification, requests (with the fixed values),
// the spending threshold request, company information, the user sign-up
// process with the double opt-in sequence numbered 1-3, the purpose (with
// the PHI statement when purpose.phi is yes), message content (each message
// with its encoding and segments), contact options, and notes; then the
// appendix: the opt-in mockups as figures and the subscriber's
// conversation (Conversation) as a transcript.
class CaseDescription
{
    Q_DECLARE_TR_FUNCTIONS(scs::CaseDescription)

public:
    // Every request of the project, one part each.
    static ReportDocument build(const Project &project);
    // One request only (the editor prints the selected one).
    static ReportDocument build(const Project &project, int requestIndex);
    static ReportPart part(const Request &request);

    // "GSM-7, 1 segment, 98 characters": how a message is sent.
    static QString messageDetails(const sms::Analysis &analysis);

    // "Case description", translated.
    static QString title();
    // The heading of the numbered double opt-in sequence.
    static QString optInSequenceHeading();
    // The headings of the appendix: the mockups as figures, and the
    // conversation as a transcript.
    static QString evidenceAppendixHeading();
    static QString conversationAppendixHeading();
    // Printed when purpose.phi is yes.
    static QString phiStatement();
};

} // namespace scs

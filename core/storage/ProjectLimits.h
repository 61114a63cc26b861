#pragma once

#include "model/FieldId.h"
#include "model/Project.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace scs {

// Checks a whole project against model/Limits.h, for the readers: a JSON
// document (JsonFormat::read) or a project file (ProjectFile::open) beyond
// a limit is refused with a message naming the place and the limit.
class ProjectLimits
{
    Q_DECLARE_TR_FUNCTIONS(scs::ProjectLimits)

public:
    struct Violation
    {
        enum class Part {
            ProjectName,
            RequestCount,
            Title, // of request `request`
            Value, // the text, list, examples or attachments of `field`
            ExampleLabel, // of example `item` of `field`
            ExampleText,
            AttachmentName, // of attachment `item` of `field`
            AttachmentMediaType,
            AttachmentDescription,
            AttachmentData, // its size in bytes
            AttachmentsTotal, // the bytes of all attachments of request `request`
        };
        Part part = Part::ProjectName;
        qsizetype request = -1;
        FieldId field = FieldId::CaseSiteUrl;
        qsizetype item = -1;
        qsizetype size = 0; // what was found
        qsizetype limit = 0;

        // Translated: what is too long and the limit, a full sentence.
        QString message() const;
    };

    // The first value beyond a limit, in document order; nothing when all fit.
    static std::optional<Violation> check(const Project &project);
    static std::optional<Violation> check(const Request &request, qsizetype index = 0);
    // One value of a field (the history's values are checked one by one).
    static std::optional<Violation> check(FieldId id, const FieldValue &value);
};

} // namespace scs

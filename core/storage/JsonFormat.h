#pragma once

#include "model/Project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace scs {

// The JSON interchange format of request-format.md: one request
// ("shortcode-request") or a whole project ("shortcode-project"). Writes
// version 2; reads versions 1 and 2. Version 2 only adds fields (and the
// kinds keywords and attachments), so a version 1 document is read the same
// way, and one that already carries a version 2 field is taken as it is
// rather than refused.
//
// The canonical text (what the writers produce, and what reading and
// writing again reproduces byte for byte): UTF-8 without BOM, 2-space
// indentation with every array element and object member on a line of its
// own, "fields" in catalog order, empty values and unanswered yes/no
// questions left out, a final newline. A project's requests carry only
// "title" and "fields"; the reader also accepts a nested request that
// repeats "format" and "version" (a request document pasted in as is).
class JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(scs::JsonFormat)

public:
    static constexpr int Version = 2;
    static constexpr const char *RequestFormat = "shortcode-request";
    static constexpr const char *ProjectFormat = "shortcode-project";

    struct ReadResult
    {
        bool ok = false;
        bool isProject = false; // the document was a project (else one request)
        Project project; // a single request document gives one request
        // When !ok: what is wrong, translated, naming the place: a JSON
        // pointer ("/fields/case.countries/1") or a line and column
        // ("3:14") for text that is not JSON. The pointer of the whole
        // document is the empty string (RFC 6901).
        QString error;
        QString location;

        // The error with its place, for people: "… (line 3, column 7)" or
        // "… (at /fields/case.countries/1)".
        QString message() const;
    };

    // Reads a request or a project document. Never half-succeeds: on any
    // error `project` is empty.
    static ReadResult read(const QByteArray &data);

    // UTF-8, no BOM, keys in the order of request-format.md, indented.
    static QByteArray writeRequest(const Request &request);
    static QByteArray writeProject(const Project &project);

    // The JSON pointer of a field's value ("/fields/case.site_url"), of a
    // request's field inside a project ("/requests/2/fields/...") when
    // `requestIndex` >= 0.
    static QString fieldPointer(FieldId id, int requestIndex = -1);
};

} // namespace scs

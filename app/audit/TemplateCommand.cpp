#include "TemplateCommand.h"

#include "CommandLine.h"
#include "examples/ExampleRequests.h"
#include "storage/JsonFormat.h"

#include <QCoreApplication>

namespace scs::cli {

int runTemplate(CommandContext &context)
{
    CommandLine line(
            context, "template",
            QCoreApplication::translate(
                    "TemplateCommand",
                    "Usage: shortcode-audit template\n"
                    "\n"
                    "Prints a complete, compliant example request as JSON (a fictional company), as a\n"
                    "starting point: shortcode-audit template > my-request.json\n"));
    if (const auto status = line.parse(0))
        return *status;
    // Through the reader and writer, so the output is always in the canonical
    // form of the current format version.
    const JsonFormat::ReadResult example =
            JsonFormat::read(ExampleRequests::read(ExampleRequests::compliantPath()));
    if (!example.ok || example.project.requests.size() != 1) {
        *context.err << QCoreApplication::translate("TemplateCommand",
                                                    "template: the built-in example is damaged: %1")
                                .arg(example.error)
                     << u'\n';
        return ExitUsage;
    }
    *context.out << QString::fromUtf8(JsonFormat::writeRequest(example.project.requests.first()));
    return ExitOk;
}

} // namespace scs::cli

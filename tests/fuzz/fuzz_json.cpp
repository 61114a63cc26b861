// libFuzzer target: JsonFormat::read on arbitrary bytes. Never crashes or
// hangs; a document it accepts is written again canonically and reads back
// equal (what it read, it can save and re-open), and a rejection always says
// why.
#include "FuzzSupport.h"

#include "storage/JsonFormat.h"

#include <cstddef>
#include <cstdint>

using namespace scs;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonFormat::ReadResult result = JsonFormat::read(bytes);
    if (!result.ok) {
        SCS_FUZZ_CHECK(!result.error.isEmpty());
        SCS_FUZZ_CHECK(!result.message().isEmpty());
        SCS_FUZZ_CHECK(result.project.requests.isEmpty());
        return 0;
    }
    SCS_FUZZ_CHECK(result.error.isEmpty());
    const QByteArray written = result.isProject ? JsonFormat::writeProject(result.project)
                                                : JsonFormat::writeRequest(result.project.requests.value(0));
    SCS_FUZZ_CHECK(result.isProject || result.project.requests.size() == 1);
    const JsonFormat::ReadResult again = JsonFormat::read(written);
    SCS_FUZZ_CHECK(again.ok);
    SCS_FUZZ_CHECK(again.isProject == result.isProject);
    // Uuids are not part of the interchange format: compare without them.
    Project a = result.project;
    Project b = again.project;
    SCS_FUZZ_CHECK(a.requests.size() == b.requests.size());
    for (qsizetype i = 0; i < a.requests.size(); ++i)
        b.requests[i].setUuid(a.requests[i].uuid());
    SCS_FUZZ_CHECK(a == b);
    // Canonical: writing what was read back gives the same bytes.
    SCS_FUZZ_CHECK(
            written
            == (again.isProject ? JsonFormat::writeProject(b) : JsonFormat::writeRequest(b.requests[0])));
    return 0;
}

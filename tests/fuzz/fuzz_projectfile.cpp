// libFuzzer target: arbitrary bytes opened as a project file. Opening
// (read-only, as commands and previews do) and ProjectFile::load never
// crash or hang; they agree; a failure always has a message and leaves the
// file byte for byte as it was; an opened file answers questions about its
// history without crashing.
#include "FuzzSupport.h"

#include "storage/ProjectFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace scs;
using namespace Qt::StringLiterals;

namespace {

QString scratchPath()
{
    static QTemporaryDir dir;
    SCS_FUZZ_CHECK(dir.isValid());
    return dir.filePath(u"fuzz.scproj"_s);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratchPath();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        SCS_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        SCS_FUZZ_CHECK(file.write(bytes) == bytes.size());
    }

    ProjectFile file;
    const bool opened = file.open(path, ProjectFile::OpenMode::ReadOnly);
    SCS_FUZZ_CHECK(opened == file.isOpen());
    SCS_FUZZ_CHECK(opened ? file.errorString().isEmpty() : !file.errorString().isEmpty());
    if (opened) {
        SCS_FUZZ_CHECK(file.isReadOnly());
        const QList<Revision> revisions = file.revisions();
        if (!revisions.isEmpty()) {
            const int first = revisions.first().number;
            const int last = revisions.last().number;
            (void)file.projectAtRevision(last);
            (void)file.diff(first, last);
        }
        // A read-only file refuses to save and stays as it was.
        SCS_FUZZ_CHECK(!file.save(file.project()));
    }

    Project loaded;
    QString error;
    const bool ok = ProjectFile::load(path, &loaded, &error);
    SCS_FUZZ_CHECK(ok == opened);
    SCS_FUZZ_CHECK(ok ? loaded == file.project() : !error.isEmpty());
    file.close();

    QFile after(path);
    SCS_FUZZ_CHECK(after.open(QIODevice::ReadOnly));
    SCS_FUZZ_CHECK(after.readAll() == bytes);
    return 0;
}

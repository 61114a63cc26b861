// Loading and saving a project file with 1, 100 and 1,000 requests, every
// field set. Target: save and load of 100 requests under 100 ms each.
// Saves replace a file that already has one revision (the usual case), so
// each save writes the content, copies the history and adds a revision.
#include "BenchProjects.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

using scs::bench::makeProject;

void BM_SaveProject(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.scproj"_s);
    scs::Project project = makeProject(int(state.range(0)));
    scs::ProjectFile file;
    if (!file.saveAs(path, project))
        state.SkipWithError("first save failed");
    int round = 0;
    for (auto _ : state) {
        // One field changes per save, as in an editing session.
        project.requests[0].setValue(scs::FieldId::NotesDescription, u"round %1"_s.arg(++round));
        if (!file.save(project))
            state.SkipWithError("save failed");
    }
}
BENCHMARK(BM_SaveProject)->Arg(1)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_LoadProject(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.scproj"_s);
    {
        scs::ProjectFile file;
        if (!file.saveAs(path, makeProject(int(state.range(0)))))
            state.SkipWithError("save failed");
    }
    for (auto _ : state) {
        scs::Project project;
        if (!scs::ProjectFile::load(path, &project))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(project);
    }
}
BENCHMARK(BM_LoadProject)->Arg(1)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

// Issue 15: the user adds a 1 MiB screenshot to a 1-request project and
// saves. Timed: reading the file from disk, adding it to the request, and
// the save (the bytes go into the BLOB table, the checksum and the
// history). Untimed, before each round: a new project file with one
// revision and no such image, so that every timed save adds 1 MiB to a
// file of the usual size (a file whose history kept every round's image
// would grow by 1 MiB a round). Target: under 100 ms.
void BM_AddMockupAndSave(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString image = dir.filePath(u"screenshot.png"_s);
    {
        QByteArray data("\x89PNG\r\n\x1a\n");
        data.resize(1024 * 1024);
        for (qsizetype i = 8; i < data.size(); ++i)
            data[i] = char((i * 2654435761u) >> 13); // incompressible-looking bytes, like a PNG's
        QFile file(image);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            state.SkipWithError("cannot write the image");
    }
    const scs::Project base = makeProject(1);
    const scs::AttachmentList before =
            base.requests[0].value(scs::FieldId::EvidenceOptinMockups).toAttachments();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = dir.filePath(u"bench%1.scproj"_s.arg(++round));
        scs::Project project = base;
        scs::ProjectFile file;
        if (!file.saveAs(path, project))
            state.SkipWithError("first save failed");
        state.ResumeTiming();

        QFile source(image);
        if (!source.open(QIODevice::ReadOnly))
            state.SkipWithError("cannot read the image");
        scs::AttachmentList attachments = before;
        attachments.append({u"screenshot.png"_s, u"image/png"_s, QString(), source.readAll()});
        project.requests[0].setValue(scs::FieldId::EvidenceOptinMockups, attachments);
        if (!file.save(project))
            state.SkipWithError("save failed");

        state.PauseTiming();
        file.close();
        QFile::remove(path);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_AddMockupAndSave)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

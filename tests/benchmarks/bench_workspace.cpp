// Saving and loading a 100-request project (every field set, a 20 KiB
// mockup each) in a team workspace on a local PostgreSQL server, next to
// the same project as a .scproj file (issue 19: target within 2x of the
// file). The server is the benchmark's own (tests/support/PgCluster.h: a
// temporary cluster on a Unix socket, fsync off, as in the tests). A save
// changes one field, as in an editing session: the workspace writes that
// request, the project's row and a revision; the file writes everything.
#include "BenchProjects.h"
#include "PgCluster.h"

#include "storage/ProjectFile.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceProject.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

QString url;
int projects = 0;

// A new workspace project holding makeProject(requests); its name.
QString addProject(int requests)
{
    scs::Project project = scs::bench::makeProject(requests);
    project.name = u"bench %1"_s.arg(++projects);
    scs::Workspace workspace;
    if (!workspace.open(url) || !workspace.importProject(project, {}, u"bench"_s))
        return {};
    return project.name;
}

void BM_WorkspaceSave(benchmark::State &state)
{
    const QString name = addProject(int(state.range(0)));
    scs::WorkspaceProject project;
    if (name.isEmpty() || !project.open(url, name)) {
        state.SkipWithError("no workspace project");
        return;
    }
    scs::Project edited = project.project();
    int round = 0;
    for (auto _ : state) {
        edited.requests[0].setValue(scs::FieldId::NotesDescription, u"round %1"_s.arg(++round));
        if (project.save(edited) != scs::ProjectBackend::SaveResult::Saved)
            state.SkipWithError("save failed");
    }
}
BENCHMARK(BM_WorkspaceSave)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_WorkspaceLoad(benchmark::State &state)
{
    const QString name = addProject(int(state.range(0)));
    for (auto _ : state) {
        // What opening does: connect, check the version, find the project,
        // read it (checksum checked) and the role's privileges.
        scs::WorkspaceProject project;
        if (!project.open(url, name))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(project.project());
    }
}
BENCHMARK(BM_WorkspaceLoad)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_WorkspaceReload(benchmark::State &state)
{
    // Reading the project again on an open connection (what an editor does
    // when told of someone's save): the load without the connection set-up.
    const QString name = addProject(int(state.range(0)));
    scs::WorkspaceProject project;
    if (name.isEmpty() || !project.open(url, name)) {
        state.SkipWithError("no workspace project");
        return;
    }
    for (auto _ : state) {
        if (!project.reload())
            state.SkipWithError("reload failed");
        benchmark::DoNotOptimize(project.project());
    }
}
BENCHMARK(BM_WorkspaceReload)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_FileSave(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.scproj"_s);
    scs::Project project = scs::bench::makeProject(int(state.range(0)));
    scs::ProjectFile file;
    if (!file.saveAs(path, project))
        state.SkipWithError("first save failed");
    int round = 0;
    for (auto _ : state) {
        project.requests[0].setValue(scs::FieldId::NotesDescription, u"round %1"_s.arg(++round));
        if (!file.save(project))
            state.SkipWithError("save failed");
    }
}
BENCHMARK(BM_FileSave)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_FileLoad(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.scproj"_s);
    {
        scs::ProjectFile file;
        if (!file.saveAs(path, scs::bench::makeProject(int(state.range(0)))))
            state.SkipWithError("save failed");
    }
    for (auto _ : state) {
        scs::Project project;
        if (!scs::ProjectFile::load(path, &project))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(project);
    }
}
BENCHMARK(BM_FileLoad)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    scs::test::PgCluster pg;
    QString why;
    if (!pg.start(&why) || !pg.psql(u"postgres"_s, u"CREATE DATABASE bench"_s, &why)) {
        std::fprintf(stderr, "PostgreSQL could not start: %s\n", qPrintable(why));
        return 1;
    }
    url = pg.conninfo(u"bench"_s);
    scs::Workspace workspace;
    if (workspace.init(url) != scs::Workspace::InitResult::Created) {
        std::fprintf(stderr, "workspace init failed: %s\n", qPrintable(workspace.errorString()));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

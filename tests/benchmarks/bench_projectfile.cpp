// Loading and saving a project file with 1, 100 and 1,000 requests, every
// field set. Target: save and load of 100 requests under 100 ms each.
// Saves replace a file that already has one revision (the usual case), so
// each save writes the content, copies the history and adds a revision.
#include "catalog/Catalog.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

scs::Project makeProject(int requests)
{
    scs::Project project;
    project.name = u"ベンチマーク"_s;
    for (int i = 0; i < requests; ++i) {
        scs::Request request;
        request.setTitle(u"申請 %1"_s.arg(i));
        for (const scs::FieldDef &field : scs::Catalog::fields()) {
            switch (field.kind) {
            case scs::FieldKind::Keywords:
                request.setValue(field.id, QStringList {u"JOIN"_s, u"ALERTS"_s});
                break;
            case scs::FieldKind::Attachments:
                // A small mockup (20 KiB), different per request.
                request.setValue(field.id,
                                 scs::AttachmentList {{u"signup.png"_s, u"image/png"_s, u"The sign-up page"_s,
                                                       QByteArray(20 * 1024, char(i))}});
                break;
            case scs::FieldKind::Country:
            case scs::FieldKind::Choices:
                request.setValue(field.id,
                                 QStringList {QString::fromLatin1(
                                         field.choices.empty() ? "JP" : field.choices[0].value)});
                break;
            case scs::FieldKind::Bool:
                request.setValue(field.id, i % 2 == 0);
                break;
            case scs::FieldKind::Integer:
                request.setValue(field.id, qint64(i + 1));
                break;
            case scs::FieldKind::Examples:
                request.setValue(field.id,
                                 scs::ExampleList {{u"A"_s, u"お知らせ: 明日お届けします。STOP で停止"_s},
                                                   {u"B"_s, u"Your code is 123456"_s},
                                                   {u"C"_s, u"Delivered today."_s}});
                break;
            default:
                request.setValue(field.id,
                                 u"%1 のテキスト %2 — a typical answer of a few dozen characters"_s
                                         .arg(QString::fromLatin1(field.key))
                                         .arg(i));
                break;
            }
        }
        project.requests.append(request);
    }
    return project;
}

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

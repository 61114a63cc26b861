// Helper process of the project file tests (started with QProcess):
//   crash_saver hold PATH   opens PATH (taking its lock), prints "locked", waits
//   crash_saver save PATH   opens PATH, prints "ready", then saves two
//                           alternating contents forever, until killed
#include "CrashProjects.h"

#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    scs::ProjectFile file;
    if (!file.open(args.at(2)) || file.isReadOnly()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(file.errorString() + file.readOnlyMessage()));
        return 1;
    }
    if (args.at(1) == u"hold") {
        std::puts("locked");
        std::fflush(stdout);
        std::getchar(); // until the test closes our stdin or kills us
        return 0;
    }
    std::puts("ready");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        if (!file.save(scs::test::crashProject(i % 2 == 0 ? 1 : 0))) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(file.errorString()));
            return 1;
        }
    }
}

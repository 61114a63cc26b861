#pragma once

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: one QCoreApplication for the life of the
// process (the SQLite driver is a plugin, and some of Qt wants an
// application object), and a way to stop at a broken invariant that
// libFuzzer records as a crash with its input.
namespace scs::fuzz {

inline void initialize()
{
    static int argc = 1;
    static char name[] = "scs-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        QStandardPaths::setTestModeEnabled(true);
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
}

[[noreturn]] inline void broken(const char *invariant, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, invariant);
    std::abort();
}

} // namespace scs::fuzz

// Like assert(), but always on (fuzzers are built in any build type).
#define SCS_FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            ::scs::fuzz::broken(#condition, __FILE__, __LINE__); \
    } while (false)

// Linked into every Qt Test executable (cmake/ScsTargets.cmake): the test
// process gets a home of its own before main() runs. HOME and the XDG
// directories point into a new temporary directory, removed at exit, so
// tests that ctest runs side by side (-j2) never share settings,
// QStandardPaths' test-mode directories (~/.qttest), recovery copies,
// locks or recent files, and nothing a test writes outlives it. A process a
// test starts (recovery_child, shortcode-audit) inherits the same home.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

struct HermeticEnvironment
{
    QTemporaryDir home {QDir::tempPath() + QStringLiteral("/scs-test-home-XXXXXX")};

    HermeticEnvironment()
    {
        if (!home.isValid()) {
            std::fprintf(stderr, "cannot make a home for the test: %s\n", qPrintable(home.errorString()));
            std::exit(EXIT_FAILURE);
        }
        set("HOME", home.path());
        set("XDG_CONFIG_HOME", make(QStringLiteral(".config")));
        set("XDG_DATA_HOME", make(QStringLiteral(".local/share")));
        set("XDG_STATE_HOME", make(QStringLiteral(".local/state")));
        set("XDG_CACHE_HOME", make(QStringLiteral(".cache")));
        // Qt wants the runtime directory private (0700) and warns otherwise.
        const QString runtime = make(QStringLiteral("runtime"));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        set("XDG_RUNTIME_DIR", runtime);
    }

    QString make(const QString &relative) const
    {
        const QString path = home.filePath(relative);
        QDir().mkpath(path);
        return path;
    }

    static void set(const char *name, const QString &value) { qputenv(name, QFile::encodeName(value)); }
};

const HermeticEnvironment environment;

} // namespace

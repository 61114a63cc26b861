// peak_rss OUT PROGRAM [ARGS...]: runs PROGRAM and writes the peak resident
// set of it (in KB, wait4's ru_maxrss) to the file OUT; exits as PROGRAM
// did. The test that measures commands starts it instead of the command: a
// child of the test itself would count the test's own memory, which it
// shares until it runs the command, in its peak.
#include <cstdio>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc < 3)
        return 125;
    pid_t child = 0;
    if (posix_spawn(&child, argv[2], nullptr, nullptr, argv + 2, environ) != 0)
        return 126;
    int status = 0;
    rusage usage {};
    if (wait4(child, &status, 0, &usage) != child)
        return 127;
    if (FILE *out = std::fopen(argv[1], "w")) {
        std::fprintf(out, "%ld\n", usage.ru_maxrss);
        std::fclose(out);
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

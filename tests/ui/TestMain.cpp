// main() of an executable holding several test classes (TestRegistry.h):
// `EXE CLASS [QTest options]` runs CLASS as QTEST_MAIN would.
#include "TestRegistry.h"

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <vector>

namespace scs::test {

std::map<std::string, TestFactory> &testClasses()
{
    static std::map<std::string, TestFactory> classes;
    return classes;
}

} // namespace scs::test

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    const auto &classes = scs::test::testClasses();
    const auto found = argc > 1 ? classes.find(argv[1]) : classes.end();
    if (found == classes.end()) {
        std::fprintf(stderr, "usage: %s CLASS [QTest options]; the classes:\n", argv[0]);
        for (const auto &entry : classes)
            std::fprintf(stderr, "  %s\n", entry.first.c_str());
        return 2;
    }
    const std::unique_ptr<QObject> test = found->second();
    std::vector<char *> arguments {argv[0]};
    for (int i = 2; i < argc; ++i)
        arguments.push_back(argv[i]);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(test.get(), int(arguments.size()), arguments.data());
}

#pragma once

// Several Qt Test classes in one executable, run one per process: a class
// registers itself with SCS_TEST_CLASS (instead of QTEST_MAIN), and
// TestMain.cpp runs the class named by the first argument. Each executable
// is linked (twice in CI, with and without sanitizers) once instead of once
// per class; ctest still lists one test per class.
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace scs::test {

using TestFactory = std::function<std::unique_ptr<QObject>()>;

// Class name -> how to make one.
std::map<std::string, TestFactory> &testClasses();

struct TestRegistration
{
    TestRegistration(const char *name, TestFactory factory)
    {
        testClasses().emplace(name, std::move(factory));
    }
};

} // namespace scs::test

#define SCS_TEST_CLASS(Class) \
    static const scs::test::TestRegistration scsTestRegistration##Class( \
            #Class, [] { return std::unique_ptr<QObject>(new Class); });

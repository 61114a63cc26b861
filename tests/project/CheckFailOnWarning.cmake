# Fails when a Qt Test class under tests/ does not call
# scs::test::failOnWarnings() in its init() (tests/support/FailOnWarning.h):
# then a warning it prints would pass unnoticed.
file(GLOB_RECURSE sources "${TESTS_DIR}/tst_*.cpp")
set(bad "")
set(count 0)
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    if(NOT text MATCHES "(QTEST_MAIN|QTEST_GUILESS_MAIN|QTEST_APPLESS_MAIN|SCS_TEST_CLASS)\\(")
        continue()
    endif()
    math(EXPR count "${count} + 1")
    # init() on one line, or its first statement on the next lines.
    if(NOT text MATCHES "void init\\(\\)[ \t\n]*{[ \t\n]*scs::test::failOnWarnings\\(\\);")
        list(APPEND bad "${source}")
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "these test classes do not call scs::test::failOnWarnings() first in init():\n  ${text}")
endif()
message(STATUS "tests/: ${count} test classes, each fails on an unexpected warning")

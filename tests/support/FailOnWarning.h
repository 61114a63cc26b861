#pragma once

// Every Qt Test class calls failOnWarnings() first in init() and in
// initTestCase(): a warning that the test does not announce with
// QTest::ignoreMessage() fails the test function that printed it.
//
// Qt clears QTest::failOnWarning() at the end of every test function
// (initTestCase() included), so a call in initTestCase() alone checks only
// initTestCase(); init() runs before every test function and data row.
// tests/project/CheckFailOnWarning.cmake checks that every class does this.
#include <QRegularExpression>
#include <QTest>

namespace scs::test {

inline void failOnWarnings()
{
    // Except what the offscreen platform the GUI tests run on says about
    // itself: it leaves some of QPlatformWindow's functions unimplemented
    // ("This plugin does not support propagateSizeHints()", raise(), ...),
    // which every desktop platform implements. These stay printed.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support )")));
}

} // namespace scs::test

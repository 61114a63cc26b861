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
    // which every desktop platform implements. And what Qt's event loop
    // says when Qt's PostgreSQL driver keeps watching a socket that libpq
    // closed because the server went away ("QSocketNotifier: Invalid socket
    // 9 and type 'Read', disabling..."): the workspace tests stop their
    // server under a listening editor on purpose, and the editor connects
    // again (a new socket). These stay printed.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
            "^(?!This plugin does not support |QSocketNotifier: Invalid socket \\d+ and type 'Read')")));
}

} // namespace scs::test

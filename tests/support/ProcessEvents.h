#pragma once

// Negative checks ("nothing was written", "edited once, not twice") without
// a guessed wait: deliver every event already posted and every timer
// already due, again and again until none is left, then assert. Whatever
// could have come first has come; a check after a fixed qWait() passes or
// fails with the machine's load instead.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEventLoop>

namespace scs::test {

inline void processEventsUntilIdle()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    // Bounded: a timer that restarts itself at 0 ms never lets the loop idle.
    for (int round = 0; round < 1000; ++round) {
        QCoreApplication::sendPostedEvents();
        if (!dispatcher->processEvents(QEventLoop::AllEvents))
            return;
    }
}

} // namespace scs::test

#pragma once

#include <QApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

namespace scs {

// For --quit-when-painted (shortcode-studio, and the bare app bench_startup
// compares it with; header-only so that the bare app links nothing of ours):
// installed on a window, it waits for the window's first paint event. The
// window's paint, its children's and the flush to the screen happen in one
// go, so the next event-loop turn comes after the frame: then it prints
// "painted" and quits. bench_startup stops its clock at that line.
class FirstPaintProbe : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }
};

} // namespace scs

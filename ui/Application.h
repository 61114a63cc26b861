#pragma once

#include <QByteArrayView>

#include <thread>

namespace scs {

// Before the QApplication is made: choose Qt's own event loop over GLib's
// where nothing needs GLib's. GLib's loop makes a system call for every
// event posted, and building the main window posts several hundred (about
// an eighth of the time to show it). GTK-based desktops keep it: Qt's GTK
// platform theme (native dialogs, theme changes) runs on it. A QT_NO_GLIB
// the user set is left alone. Call restoreEnvironment() once the
// QApplication exists, so that programs we start do not inherit our choice.
void chooseEventLoop();
void restoreEnvironment();
// The rule, from $XDG_CURRENT_DESKTOP and $QT_QPA_PLATFORMTHEME.
bool needsGlibEventLoop(QByteArrayView currentDesktop, QByteArrayView platformTheme);

// Starts fontconfig's initialisation (reading its configuration files and
// font caches: the largest single cost of opening any window with text) on
// another core at once, while the QApplication connects to the display. Call
// wait() before the first widget measures text; the destructor waits too.
// Where Qt does not use fontconfig, nothing happens.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();
    ~FontconfigWarmUp();
    FontconfigWarmUp(const FontconfigWarmUp &) = delete;
    FontconfigWarmUp &operator=(const FontconfigWarmUp &) = delete;

    void wait();
    // Whether fontconfig was found and its initialisation started.
    bool started() const { return m_started; }

private:
    std::thread m_thread;
    bool m_started = false;
};

// What shortcode-studio sets up on its QApplication before any window:
// names (for settings and the desktop entry), the style and the window icon.
// Call after constructing the QApplication.
void configureApplication();

} // namespace scs

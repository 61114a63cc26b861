#include "Application.h"

#include "AppIcon.h"
#include "i18n/Version.h"
#include "storage/FileOps.h"
#include "widgets/AppStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyleFactory>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
// Set when chooseEventLoop() set QT_NO_GLIB (and so must take it back).
bool setNoGlib = false;
} // namespace

FontconfigWarmUp::FontconfigWarmUp()
{
#if defined(Q_OS_LINUX)
    // FcInit is thread-safe and idempotent: when Qt calls it, it returns the
    // configuration loaded here. Looked up rather than linked: libfontconfig
    // is already loaded as a dependency of Qt GUI.
    using Init = int (*)();
    if (const auto init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit"))) {
        m_thread = std::thread([init] { init(); });
        m_started = true;
    }
#endif
}

FontconfigWarmUp::~FontconfigWarmUp()
{
    wait();
}

void FontconfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool needsGlibEventLoop(QByteArrayView currentDesktop, QByteArrayView platformTheme)
{
    if (platformTheme.toByteArray().toLower().contains("gtk"))
        return true;
    // The desktops for which Qt picks its GTK theme.
    static constexpr std::array<QByteArrayView, 9> gtkDesktops {
            "GNOME", "UNITY", "X-CINNAMON", "CINNAMON", "PANTHEON", "XFCE", "MATE", "LXDE", "BUDGIE"};
    const QByteArray desktops = currentDesktop.toByteArray().toUpper();
    for (const QByteArray &desktop : desktops.split(':')) {
        if (std::find(gtkDesktops.cbegin(), gtkDesktops.cend(), QByteArrayView(desktop))
            != gtkDesktops.cend())
            return true;
    }
    return false;
}

void chooseEventLoop()
{
    if (qEnvironmentVariableIsSet("QT_NO_GLIB"))
        return;
    if (needsGlibEventLoop(qgetenv("XDG_CURRENT_DESKTOP"), qgetenv("QT_QPA_PLATFORMTHEME")))
        return;
    qputenv("QT_NO_GLIB", "1");
    setNoGlib = true;
}

void restoreEnvironment()
{
    if (setNoGlib)
        qunsetenv("QT_NO_GLIB");
    setNoGlib = false;
}

void configureApplication()
{
    QApplication::setApplicationName(u"shortcode-studio"_s);
    QApplication::setApplicationDisplayName(u"Shortcode Studio"_s);
    QApplication::setOrganizationName(u"Shortcode Studio"_s);
    QApplication::setApplicationVersion(applicationVersion());
    // The settings hold recent paths: private like the projects (QSettings
    // rewrites the file atomically and keeps its mode).
    FileOps::makePrivate(QSettings().fileName(), nullptr);
    // Wayland and the desktop find our entry (and its icon) by this name.
    QGuiApplication::setDesktopFileName(u"org.shortcodestudio.ShortcodeStudio"_s);
    // The chosen style (the platform's, or -style), with vector icons for
    // the standard ones every window needs at once (see AppStyle).
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QApplication::style()->name())));
    // Drawn from the same shapes as the installed icon: no image to decode,
    // which would load Qt's image format plugins before the window shows.
    QApplication::setWindowIcon(applicationIcon());
}

} // namespace scs

#include "Application.h"

#include "AppIcon.h"
#include "Config.h"
#include "i18n/Version.h"
#include "storage/FileOps.h"
#include "widgets/AppStyle.h"

#include <QApplication>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace scs {

void configureApplication()
{
    QApplication::setApplicationName(u"shortcode-studio"_s);
    QApplication::setApplicationDisplayName(u"Shortcode Studio"_s);
    QApplication::setOrganizationName(u"Shortcode Studio"_s);
    QApplication::setApplicationVersion(applicationVersion());
    // The settings hold recent paths: private like the projects (QSettings
    // rewrites the file atomically and keeps its mode).
    FileOps::makePrivate(Config::fileName(), nullptr);
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

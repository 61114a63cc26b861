# The Debian 12 package (cpack -G DEB), included from the top-level
# CMakeLists.txt after everything is installed. scripts/check-package builds
# it with Debian's compiler flags and checks it with lintian.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME shortcode-studio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Shortcode Studio developers")
set(CPACK_PACKAGE_CONTACT "Shortcode Studio developers <maintainers@shortcodestudio.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "prepare and audit requests for dedicated SMS short codes")
set(CPACK_PACKAGE_DESCRIPTION
"Shortcode Studio is an editor for the request a company sends to get a
dedicated SMS short code: case classification, quota, company information,
the sign-up and double opt-in process, the purpose of the messages, the HELP,
STOP, reminder and example messages, and the contact language. It checks
every section against the compliance rules while you type, previews every
text message with its encoding, character count and segments, saves projects
as local SQLite files with a revision history, prints the case description,
and speaks English and Japanese.

The shortcode-audit command runs the same checks without a display, for
scripts and continuous integration.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Directories the package creates are 0755 whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# dpkg-shlibdeps finds the Qt and C++ libraries the programs link; the
# plugins and data loaded at run time are listed here: the SQLite driver of
# QtSql, the platform plugins (xcb, wayland, offscreen), Qt's own Japanese
# translations, a Japanese font, and iso-codes (the names of countries in
# Japanese).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6printsupport6, qt6-translations-l10n, fonts-ipafont-gothic | fonts-noto-cjk, fonts-noto-color-emoji, iso-codes")
# libqt6sql6-psql: team workspaces on PostgreSQL (Qt's QPSQL driver); project files need none of it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "shared-mime-info, desktop-file-utils, hicolor-icon-theme, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

include(CPack)

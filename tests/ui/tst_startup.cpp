// What the main window costs to show, as behaviour rather than time: it
// opens without decoding any image (which loads every Qt image format
// plugin, a tenth of the start-up time) and lays out only the page on screen.
// Its own process, so that nothing else has loaded images before.
#include "Application.h"
#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "i18n/LanguageManager.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The shared objects mapped into this process.
QStringList mappedLibraries()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    QStringList libraries;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.indexOf('/');
        if (slash >= 0 && !libraries.contains(QString::fromUtf8(line.mid(slash))))
            libraries << QString::fromUtf8(line.mid(slash));
    }
    return libraries;
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        scs::configureApplication();
    }

    // The settings hold the recent files' paths: private like the projects
    // (created so if missing, made so if not), and kept so when rewritten.
    void settingsFileIsPrivate()
    {
        const QString path = QSettings().fileName();
        QFile::remove(path);
        {
            QFile loose(path);
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(loose.open(QIODevice::WriteOnly));
            loose.setPermissions(loose.permissions() | QFile::ReadOther | QFile::ReadGroup);
        }
        scs::configureApplication();
        const auto shared = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
        QCOMPARE(int(QFile(path).permissions() & shared), 0);
        {
            QSettings settings;
            settings.setValue(u"recent/files"_s, QStringList {u"/tmp/a.scproj"_s});
        }
        QCOMPARE(int(QFile(path).permissions() & shared), 0);
        QFile::remove(path);
        scs::configureApplication();
        QVERIFY(QFile::exists(path));
        QCOMPARE(int(QFile(path).permissions() & shared), 0);
    }

    void showsTheExampleWithoutDecodingImages()
    {
        if (!QFile::exists(u"/proc/self/maps"_s))
            QSKIP("needs /proc/self/maps");
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        window.openExample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        // Icons of the window, the panels, the severities, the clear button
        // and the menu bar were all drawn, none decoded.
        QVERIFY(!window.windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(32).isNull());
        const QStringList libraries = mappedLibraries();
        QVERIFY(!libraries.isEmpty());
        for (const QString &library : libraries)
            QVERIFY2(!library.contains(u"/imageformats/"_s), qPrintable(library));

        // Only the page on screen was built.
        int built = 0;
        for (const scs::SectionDef &section : scs::Catalog::sections()) {
            if (window.requestEditor()->findChild<scs::SectionPage *>(QString::fromLatin1(section.key)
                                                                      + u"SectionPage"_s))
                ++built;
        }
        QCOMPARE(built, 1);
    }

    void fontconfigWarmsUpOnAnotherThread()
    {
        // Started at once where Qt uses fontconfig (here: Linux), waited for
        // as often as asked, and by the destructor.
        scs::FontconfigWarmUp fonts;
        QVERIFY(fonts.started());
        fonts.wait();
        fonts.wait();
        scs::FontconfigWarmUp other; // never waited for: its destructor does
        QVERIFY(other.started());
    }

    void glibEventLoopOnlyWhereGtkNeedsIt_data()
    {
        QTest::addColumn<QByteArray>("desktop");
        QTest::addColumn<QByteArray>("theme");
        QTest::addColumn<bool>("glib");
        QTest::addRow("no desktop") << QByteArray() << QByteArray() << false;
        QTest::addRow("KDE") << QByteArray("KDE") << QByteArray() << false;
        QTest::addRow("GNOME") << QByteArray("GNOME") << QByteArray() << true;
        QTest::addRow("Ubuntu's GNOME") << QByteArray("ubuntu:GNOME") << QByteArray() << true;
        QTest::addRow("Cinnamon") << QByteArray("X-Cinnamon") << QByteArray() << true;
        QTest::addRow("XFCE") << QByteArray("XFCE") << QByteArray() << true;
        QTest::addRow("KDE with the GTK theme") << QByteArray("KDE") << QByteArray("gtk3") << true;
        QTest::addRow("GNOME-like name") << QByteArray("GNOMEISH") << QByteArray() << false;
    }

    void glibEventLoopOnlyWhereGtkNeedsIt()
    {
        QFETCH(QByteArray, desktop);
        QFETCH(QByteArray, theme);
        QFETCH(bool, glib);
        QCOMPARE(scs::needsGlibEventLoop(desktop, theme), glib);
    }

    void eventLoopChoiceLeavesTheEnvironmentAsItWas()
    {
        const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP");
        const QByteArray theme = qgetenv("QT_QPA_PLATFORMTHEME");
        const bool hadNoGlib = qEnvironmentVariableIsSet("QT_NO_GLIB");
        const QByteArray noGlib = qgetenv("QT_NO_GLIB");
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        qunsetenv("QT_QPA_PLATFORMTHEME");
        qunsetenv("QT_NO_GLIB");
        scs::chooseEventLoop();
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1"));
        scs::restoreEnvironment();
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));
        // One the user set is theirs.
        qputenv("QT_NO_GLIB", "0");
        scs::chooseEventLoop();
        scs::restoreEnvironment();
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("0"));
        // GNOME keeps GLib's loop.
        qunsetenv("QT_NO_GLIB");
        qputenv("XDG_CURRENT_DESKTOP", "GNOME");
        scs::chooseEventLoop();
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));

        desktop.isNull() ? qunsetenv("XDG_CURRENT_DESKTOP") : qputenv("XDG_CURRENT_DESKTOP", desktop);
        theme.isNull() ? qunsetenv("QT_QPA_PLATFORMTHEME") : qputenv("QT_QPA_PLATFORMTHEME", theme);
        hadNoGlib ? qputenv("QT_NO_GLIB", noGlib) : qunsetenv("QT_NO_GLIB");
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"

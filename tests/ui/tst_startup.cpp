// What the main window costs to show, as behaviour rather than time: it
// opens without decoding any image (which loads every Qt image format
// plugin, a tenth of the start-up time) and lays out only the page on screen.
// Its own process, so that nothing else has loaded images before.
#include "Application.h"
#include "FailOnWarning.h"
#include "MainWindow.h"
#include "ProcessEvents.h"
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
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        scs::configureApplication();
    }
    void init() { scs::test::failOnWarnings(); }

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
        scs::test::processEventsUntilIdle();
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
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"

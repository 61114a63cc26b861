#include "Config.h"
#include "FailOnWarning.h"
#include "TestRegistry.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using scs::Config;

// Config: every setting of the application by a typed key with its default,
// stored under the key names earlier versions wrote.
class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Shortcode Studio Tests"_s);
        QCoreApplication::setApplicationName(u"tst_config"_s);
    }
    void init()
    {
        scs::test::failOnWarnings();
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void defaultsApply()
    {
        QCOMPARE(Config::get(Config::Language), QString());
        QCOMPARE(Config::get(Config::RecentFiles), QStringList());
        QCOMPARE(Config::get(Config::LastFile), QString());
        QCOMPARE(Config::get(Config::WindowGeometry), QByteArray());
        QCOMPARE(Config::get(Config::FindingsShown), true);
        QCOMPARE(Config::get(Config::ConversationShown), false);
        QCOMPARE(Config::get(Config::ShowRuleIds), false);
        QCOMPARE(Config::get(Config::AutosaveIntervalMs), 30'000);
    }

    void keysRoundTripThroughTheFile()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
        Config::set(Config::Language, u"ja"_s);
        Config::set(Config::RecentFiles, QStringList {u"/p/a.scproj"_s, u"/p/b.scproj"_s});
        Config::set(Config::WindowGeometry, geometry);
        Config::set(Config::FindingsShown, false);
        Config::set(Config::AutosaveIntervalMs, 500);
        QSettings().sync();

        // Another reader of the file (as the next start of the program).
        QSettings file(Config::fileName(), QSettings::IniFormat);
        QCOMPARE(file.value(u"ui/language"_s).toString(), u"ja"_s);
        QCOMPARE(file.value(u"files/recent"_s).toStringList(),
                 (QStringList {u"/p/a.scproj"_s, u"/p/b.scproj"_s}));
        QCOMPARE(file.value(u"window/geometry"_s).toByteArray(), geometry);
        QCOMPARE(file.value(u"window/findingsShown"_s).toBool(), false);
        QCOMPARE(file.value(u"autosave/intervalMs"_s).toInt(), 500);

        QCOMPARE(Config::get(Config::Language), u"ja"_s);
        QCOMPARE(Config::get(Config::WindowGeometry), geometry);
        QCOMPARE(Config::get(Config::FindingsShown), false);
        QCOMPARE(Config::get(Config::AutosaveIntervalMs), 500);
        Config::reset(Config::FindingsShown);
        QCOMPARE(Config::get(Config::FindingsShown), true);
    }

    // Settings written by earlier versions (by name, as text in the file) still read.
    void earlierSettingsStillRead_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("language") << u"ui/language"_s << u"ja"_s;
        QTest::newRow("last file") << u"files/last"_s << u"/p/a.scproj"_s;
        QTest::newRow("last directory") << u"files/lastDirectory"_s << u"/p"_s;
        QTest::newRow("conversation") << u"window/conversationShown"_s << u"true"_s;
        QTest::newRow("rule ids") << u"findings/showRuleIds"_s << u"true"_s;
        QTest::newRow("autosave") << u"autosave/intervalMs"_s << u"1000"_s;
    }
    void earlierSettingsStillRead()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QVERIFY(Config::keyNames().contains(key));
        QSettings().setValue(key, text); // an INI file holds text
        if (key == u"ui/language"_s)
            QCOMPARE(Config::get(Config::Language), text);
        else if (key == u"files/last"_s)
            QCOMPARE(Config::get(Config::LastFile), text);
        else if (key == u"files/lastDirectory"_s)
            QCOMPARE(Config::get(Config::LastDirectory), text);
        else if (key == u"window/conversationShown"_s)
            QCOMPARE(Config::get(Config::ConversationShown), true);
        else if (key == u"findings/showRuleIds"_s)
            QCOMPARE(Config::get(Config::ShowRuleIds), true);
        else
            QCOMPARE(Config::get(Config::AutosaveIntervalMs), 1000);
    }

    void eachKeyOnce()
    {
        const QStringList names = Config::keyNames();
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    }

    // Each write of the file is synced to disk: the default is not written
    // when nothing is stored, nor a value equal to the stored one.
    void writesOnlyChanges()
    {
        Config::set(Config::FindingsShown, true);
        Config::set(Config::WindowGeometry, QByteArray());
        QVERIFY(!QSettings().contains(u"window/findingsShown"_s));
        QVERIFY(!QSettings().contains(u"window/geometry"_s));
        Config::set(Config::FindingsShown, false);
        QVERIFY(QSettings().contains(u"window/findingsShown"_s));
    }

    void recentFilesKeepTheLatestFirst()
    {
        for (int i = 0; i < Config::MaxRecentFiles + 2; ++i)
            Config::addRecentFile(u"/p/%1.scproj"_s.arg(i));
        Config::addRecentFile(u"/p/5.scproj"_s); // again: moves to the top, once
        const QStringList files = Config::get(Config::RecentFiles);
        QCOMPARE(files.size(), Config::MaxRecentFiles);
        QCOMPARE(files.first(), u"/p/5.scproj"_s);
        QCOMPARE(files.count(u"/p/5.scproj"_s), 1);
        QCOMPARE(files.at(1), u"/p/9.scproj"_s);
        QVERIFY(!files.contains(u"/p/0.scproj"_s));
        QCOMPARE(Config::get(Config::LastFile), u"/p/5.scproj"_s);
    }
};

SCS_TEST_CLASS(TestConfig)
#include "tst_config.moc"

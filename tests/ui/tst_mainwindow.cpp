#include "AboutDialog.h"
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "MainWindow.h"
#include "i18n/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <ksyntaxhighlighting_version.h>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void showsMenus()
    {
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, (QStringList {u"&File"_s, u"&Edit"_s, u"&Request"_s, u"&View"_s, u"&Help"_s}));
        auto *quit = window.findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    }

    void aboutShowsVersions()
    {
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        scs::Dialogs::setInteractive(false);
        window.show();
        window.findChild<QAction *>(u"aboutAction"_s)->trigger();
        scs::AboutDialog *about = nullptr;
        QTRY_VERIFY((about = window.findChild<scs::AboutDialog *>()) && about->isVisible());
        const QString versions = about->findChild<QLabel *>(u"versionsLabel"_s)->text();
        QVERIFY2(versions.contains(QString::fromLatin1(qVersion())), qPrintable(versions));
        QVERIFY2(versions.contains(QStringLiteral(SyntaxHighlighting_VERSION_STRING)), qPrintable(versions));

        about->findChild<QPushButton *>(u"copyVersionsButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), about->versionText());
        about->close();
    }

    void switchesLanguageAtRunTime()
    {
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        window.show();
        auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
        auto *japanese = window.findChild<QAction *>(u"languageAction_ja"_s);
        auto *english = window.findChild<QAction *>(u"languageAction_en"_s);
        QVERIFY(fileMenu && japanese && english);
        QCOMPARE(japanese->text(), u"日本語"_s);
        QVERIFY(english->isChecked());

        japanese->trigger();
        QCOMPARE(languages.language(), u"ja"_s);
        QTRY_COMPARE(fileMenu->title(), u"ファイル(&F)"_s);
        QVERIFY(japanese->isChecked());
        QCOMPARE(english->text(), u"English"_s); // always named in its own language

        english->trigger();
        QTRY_COMPARE(fileMenu->title(), u"&File"_s);
        QVERIFY(english->isChecked());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

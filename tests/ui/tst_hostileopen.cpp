// The editor opening hostile project files (tests/support/HostileFiles.h)
// as a user does (File > Open, Ctrl+O): each is refused with a message
// naming the file, quickly, the project that was open stays open and
// editable, and the process's peak memory grows by less than 200 MB (the
// files are made by another process, so only the editor's reading counts).
// The GUI goes through the same core code as the commands.
#include "Dialogs.h"
#include "HostileFiles.h"

#include "MainWindow.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSession.h"
#include "i18n/LanguageManager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
namespace hostile = scs::test::hostile;

Q_DECLARE_METATYPE(hostile::Kind)

namespace {

QString hostilePath(const QString &dir, hostile::Kind kind)
{
    return dir + u"/hostile-%1.scproj"_s.arg(int(kind));
}

long peakKb()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestHostileOpen : public QObject
{
    Q_OBJECT

    std::unique_ptr<scs::LanguageManager> m_languages;
    std::unique_ptr<scs::MainWindow> m_window;
    long m_peakBefore = 0;
    QTemporaryDir m_dir;

    QString pathOf(hostile::Kind kind) const { return hostilePath(m_dir.path(), kind); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_languages = std::make_unique<scs::LanguageManager>();
        m_window = std::make_unique<scs::MainWindow>(m_languages.get());
        scs::Dialogs::setInteractive(false);
        m_window->openExample();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Made by another process (this test run with --make-hostile), so
        // that what making them costs is not counted as the editor's.
        QCOMPARE(QProcess::execute(QCoreApplication::applicationFilePath(),
                                   {u"--make-hostile"_s, m_dir.path()}),
                 0);
        m_peakBefore = peakKb();
    }

    void cleanupTestCase()
    {
        const long grown = peakKb() - m_peakBefore;
        qInfo("peak RSS grew by %ld KB while opening the hostile files", grown);
        QVERIFY2(grown < 200 * 1024, qPrintable(u"%1 KB"_s.arg(grown)));
        m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_languages.reset();
    }

    void openRefused_data()
    {
        QTest::addColumn<hostile::Kind>("kind");
        for (const hostile::Case &c : hostile::cases)
            QTest::addRow("%s", c.name) << c.kind;
    }
    void openRefused()
    {
        QFETCH(hostile::Kind, kind);
        const QString path = pathOf(kind);
        const QString title = m_window->windowTitle();
        const int requests = m_window->document()->requestCount();

        scs::Dialogs::setNextFileName(path);
        m_window->activateWindow();
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY2(scs::Dialogs::lastMessage().contains(path), qPrintable(scs::Dialogs::lastMessage()));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        // Nothing of the open project was lost.
        QCOMPARE(m_window->windowTitle(), title);
        QCOMPARE(m_window->document()->requestCount(), requests);
        QVERIFY(!m_window->session()->hasFile());
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--make-hostile") == 0) {
        QCoreApplication app(argc, argv);
        const QString dir = QString::fromLocal8Bit(argv[2]);
        const QString base = dir + u"/base.scproj"_s;
        if (!hostile::saveBase(base))
            return 1;
        for (const hostile::Case &c : hostile::cases) {
            if (!hostile::make(hostilePath(dir, c.kind), c.kind, base))
                return 1;
        }
        return 0;
    }
    QApplication app(argc, argv);
    TestHostileOpen test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_hostileopen.moc"

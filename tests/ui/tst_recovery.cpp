// Recovery after a crash, as a user meets it: a real editing session (the
// recovery_child program) types, autosaves and is killed with SIGKILL; a
// new window offers what it left, and the test answers with the keyboard.
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "MainWindow.h"
#include "RecoveryDialog.h"
#include "TestRegistry.h"
#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSession.h"
#include "editor/FieldRow.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "examples/ExampleRequests.h"
#include "fields/FieldEditor.h"
#include "i18n/LanguageManager.h"
#include "storage/Autosaver.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"
#include "storage/RecoveryStore.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <QScopeGuard>

#include <atomic>
#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;
using scs::FieldId;

namespace {

scs::Project exampleProject()
{
    return scs::JsonFormat::read(scs::ExampleRequests::read(scs::ExampleRequests::compliantPath())).project;
}

QString makeProject(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    scs::ProjectFile file;
    if (!file.saveAs(path, exampleProject()))
        qWarning("%s", qPrintable(file.errorString()));
    return path;
}

// A session that typed `text` into `field` of `file` ("-": an untitled
// project) and autosaved it; still running.
std::unique_ptr<QProcess> startSession(const QString &file, const QString &field, const QString &text)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(SCS_RECOVERY_CHILD));
    process->setArguments(
            {QCoreApplication::organizationName(), QCoreApplication::applicationName(), file, field, text});
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start();
    QByteArray output;
    const QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired() && !output.contains("autosaved\n")) {
        if (process->waitForReadyRead(100))
            output += process->readAllStandardOutput();
        if (process->state() == QProcess::NotRunning)
            break;
    }
    if (!output.contains("autosaved\n")) {
        qWarning("recovery_child did not autosave (exit %d)", process->exitCode());
        return nullptr;
    }
    return process;
}

// As a crash: SIGKILL, and nobody waits for the process to be gone.
void crash(QProcess &process)
{
    ::kill(pid_t(process.processId()), SIGKILL);
}

int copiesOnDisk()
{
    return int(scs::RecoveryStore().entries().size());
}

// The prompt, shown and active, so that its keys (Alt+D) reach it.
scs::RecoveryDialog *recoveryDialog(scs::MainWindow &window)
{
    const QList<scs::RecoveryDialog *> dialogs = window.findChildren<scs::RecoveryDialog *>();
    for (scs::RecoveryDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            // qWaitForWindowActive() takes a dialog for active while its
            // parent is: wait for the dialog itself.
            dialog->activateWindow();
            if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
                qWarning("the recovery prompt is not active");
            return dialog;
        }
    }
    return nullptr;
}

// What another process saves into the file after the crash: the file's
// own content (same request uuids) with `change` applied.
bool saveElsewhere(const QString &path, const std::function<void(scs::Project &)> &change)
{
    scs::ProjectFile other;
    if (!other.open(path) || other.isReadOnly())
        return false;
    scs::Project project = other.project();
    change(project);
    return other.save(project);
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QCoreApplication::setOrganizationName(u"scs-tst-recovery"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFileInfo::exists(QStringLiteral(SCS_RECOVERY_CHILD)));
    }

    void init()
    {
        scs::test::failOnWarnings();
        QDir(scs::RecoveryStore::defaultDirectory()).removeRecursively();
        QFile::remove(scs::RecoveryStore::defaultDirectory());
        m_languages = std::make_unique<scs::LanguageManager>();
        m_languages->setLanguage(u"en"_s); // English plural forms, as the program loads them
    }

    void cleanup()
    {
        for (auto &window : m_windows) {
            window->document()->undoStack()->setClean();
            window->close();
        }
        m_windows.clear();
        m_sessions.clear();
    }

    // The steps: edit, autosave, kill -9, start again at once,
    // answer the prompt with Not Now, open the file, File > Close. The copy
    // stays, and the next start offers it again and restores it.
    void notNowAndCloseKeepTheCopy()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, u"alerts.scproj"_s);
        auto session = startSession(path, u"company.contact_name"_s, u"Crashed Edit"_s);
        QVERIFY(session);
        crash(*session);

        scs::MainWindow *window = newWindow();
        window->offerRecovery();
        // The prompt deletes itself when it closes: watched, not owned.
        QPointer<scs::RecoveryDialog> dialog = recoveryDialog(*window);
        QVERIFY2(dialog, "no recovery prompt right after the kill");
        QCOMPARE(dialog->count(), 1);
        // Named by its file, not by the project's title.
        QVERIFY2(dialog->texts().first().startsWith(QDir::toNativeSeparators(path)),
                 qPrintable(dialog->texts().first()));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(copiesOnDisk(), 1);

        QVERIFY(window->openFile(path));
        QCOMPARE(window->document()->request(0).text(FieldId::CompanyContactName), exampleContact());
        window->activateWindow(); // as the window manager does when the prompt closes
        QTRY_COMPARE(QApplication::activeWindow(), window);
        QTest::keySequence(window, window->findChild<QAction *>(u"closeAction"_s)->shortcut());
        QCOMPARE(window->document()->requestCount(), 0);
        QCOMPARE(copiesOnDisk(), 1);

        // The next start offers it again; Return restores it.
        scs::MainWindow *next = newWindow();
        next->offerRecovery();
        dialog = recoveryDialog(*next);
        QVERIFY(dialog);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(next->document()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(next->document()->request(0).text(FieldId::CompanyContactName), u"Crashed Edit"_s);
        QVERIFY(next->isWindowModified());
        QVERIFY(!next->session()->isReadOnly());
        // The killed session's copy is gone; this session keeps its own.
        QVERIFY(next->session()->recoveryOffers().isEmpty());
        QCOMPARE(copiesOnDisk(), 1);
        QVERIFY(scs::RecoveryStore().isInUse(next->session()->autosaver()->key(), 0));
    }

    void discardNeedsAnAnswerThatSaysSo()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, u"alerts.scproj"_s);
        auto session = startSession(path, u"company.contact_name"_s, u"Crashed Edit"_s);
        QVERIFY(session);
        crash(*session);

        scs::MainWindow *window = newWindow();
        window->offerRecovery();
        // The prompt deletes itself when it closes: watched, not owned.
        QPointer<scs::RecoveryDialog> dialog = recoveryDialog(*window);
        QVERIFY(dialog);
        // Discard, then Cancel in the question: nothing is deleted.
        scs::Dialogs::setNextAnswer(QMessageBox::Cancel);
        // A mnemonic clicks its button a moment later (QAbstractButton::animateClick).
        QTest::keyClick(dialog->focusWidget(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY2(scs::Dialogs::lastMessage().contains(u"for good"_s),
                     qPrintable(scs::Dialogs::lastMessage()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(copiesOnDisk(), 1);
        // Discard, and yes: gone.
        scs::Dialogs::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(copiesOnDisk(), 0);
        QCOMPARE(QDir(scs::RecoveryStore::defaultDirectory()).entryList(QDir::Files), QStringList());
    }

    void everyCopyIsListed()
    {
        QTemporaryDir dir;
        const QString first = makeProject(dir, u"first.scproj"_s);
        const QString second = makeProject(dir, u"second.scproj"_s);
        auto a = startSession(first, u"company.contact_name"_s, u"First"_s);
        auto b = startSession(second, u"company.contact_name"_s, u"Second"_s);
        auto c = startSession(u"-"_s, u"company.contact_name"_s, u"Untitled"_s);
        QVERIFY(a && b && c);
        crash(*a);
        crash(*b);
        crash(*c);

        scs::MainWindow *window = newWindow();
        window->offerRecovery();
        // The prompt deletes itself when it closes: watched, not owned.
        QPointer<scs::RecoveryDialog> dialog = recoveryDialog(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->count(), 3);
        const QString texts = dialog->texts().join(u'\n');
        QVERIFY2(texts.contains(QDir::toNativeSeparators(first)), qPrintable(texts));
        QVERIFY(texts.contains(QDir::toNativeSeparators(second)));
        QVERIFY(texts.contains(u"Untitled project"_s));

        // Restore the second (Down, Return); the others stay for later.
        QTest::keyClick(dialog->list(), Qt::Key_Down);
        const QString chosen = dialog->list()->currentIndex().data().toString();
        QTest::keyClick(dialog->list(), Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        const QString restored = window->document()->request(0).text(FieldId::CompanyContactName);
        QVERIFY2(chosen.contains(restored == u"Untitled" ? u"Untitled project"_s : restored.toLower()),
                 qPrintable(chosen + u" / "_s + restored));
        QCOMPARE(window->session()->recoveryOffers().size(), 2);
        window->findChild<QAction *>(u"recoverAction"_s)->trigger();
        QTRY_VERIFY((dialog = recoveryDialog(*window)));
        QCOMPARE(dialog->count(), 2);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
    }

    void aRunningSessionIsNotOffered()
    {
        QTemporaryDir dir;
        auto session = startSession(u"-"_s, u"company.contact_name"_s, u"Still Typing"_s);
        QVERIFY(session);
        scs::MainWindow *window = newWindow();
        window->offerRecovery();
        QVERIFY(!recoveryDialog(*window));
        QCOMPARE(copiesOnDisk(), 1);
        crash(*session);
        session->waitForFinished();
        window->offerRecovery();
        QVERIFY(recoveryDialog(*window));
    }

    // Issue 18: after the crash another process imported a request and
    // changed an answer; restoring keeps both, and says the file changed.
    void restoreMergesWhatWasSavedSince()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, u"alerts.scproj"_s);
        auto session = startSession(path, u"company.contact_name"_s, u"Crashed Edit"_s);
        QVERIFY(session);
        crash(*session);
        QVERIFY(session->waitForFinished());

        QVERIFY(saveElsewhere(path, [](scs::Project &saved) {
            scs::Request imported = saved.requests.first();
            imported.setUuid(QUuid::createUuid());
            imported.setTitle(u"Imported later"_s);
            saved.requests.append(imported);
            saved.requests.first().setValue(FieldId::CompanySupportEmail, u"later@northwindparcel.com"_s);
        }));

        scs::MainWindow *window = newWindow();
        window->offerRecovery();
        // The prompt deletes itself when it closes: watched, not owned.
        QPointer<scs::RecoveryDialog> dialog = recoveryDialog(*window);
        QVERIFY(dialog);
        QVERIFY2(dialog->texts().first().contains(u"saved again"_s), qPrintable(dialog->texts().first()));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        scs::ProjectDocument *document = window->document();
        QCOMPARE(document->requestCount(), 2);
        QCOMPARE(document->request(0).text(FieldId::CompanyContactName), u"Crashed Edit"_s);
        QCOMPARE(document->request(0).text(FieldId::CompanySupportEmail), u"later@northwindparcel.com"_s);
        QCOMPARE(document->request(1).title(), u"Imported later"_s);
        QVERIFY(window->isWindowModified());
    }

    void restoreAsksWhenBothChangedAnAnswer_data()
    {
        QTest::addColumn<QMessageBox::StandardButton>("answer");
        QTest::addColumn<QString>("expected"); // empty: nothing restored
        QTest::addRow("cancel") << QMessageBox::Cancel << QString();
        QTest::addRow("keep what was saved") << QMessageBox::No << u"Saved Elsewhere"_s;
        QTest::addRow("keep the unsaved changes") << QMessageBox::Yes << u"Crashed Edit"_s;
    }
    void restoreAsksWhenBothChangedAnAnswer()
    {
        QFETCH(QMessageBox::StandardButton, answer);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = makeProject(dir, u"alerts.scproj"_s);
        auto session = startSession(path, u"company.contact_name"_s, u"Crashed Edit"_s);
        QVERIFY(session);
        crash(*session);
        QVERIFY(session->waitForFinished());
        QVERIFY(saveElsewhere(path, [](scs::Project &saved) {
            saved.requests.first().setValue(FieldId::CompanyContactName, u"Saved Elsewhere"_s);
        }));

        scs::MainWindow *window = newWindow();
        window->offerRecovery();
        // The prompt deletes itself when it closes: watched, not owned.
        QPointer<scs::RecoveryDialog> dialog = recoveryDialog(*window);
        QVERIFY(dialog);
        scs::Dialogs::setNextAnswer(answer);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QVERIFY2(scs::Dialogs::lastMessage().startsWith(u"1 answer was changed both"_s),
                 qPrintable(scs::Dialogs::lastMessage()));
        if (expected.isEmpty()) {
            QVERIFY(dialog->isVisible());
            QCOMPARE(window->document()->requestCount(), 0);
            QCOMPARE(copiesOnDisk(), 1);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
            return;
        }
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(window->document()->request(0).text(FieldId::CompanyContactName), expected);
        QVERIFY(window->isWindowModified());
    }

    void autosaveFailureIsShown()
    {
        // The recovery folder cannot be made: a file is in the way.
        QDir().mkpath(QFileInfo(scs::RecoveryStore::defaultDirectory()).path());
        QFile blocker(scs::RecoveryStore::defaultDirectory());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        scs::MainWindow *window = newWindow();
        window->openExample();
        window->session()->setAutosaveInterval(10);
        auto *indicator = window->findChild<QLabel *>(u"autosaveIndicator"_s);
        QVERIFY(indicator && indicator->isHidden());
        QLineEdit *name = lineEdit(*window, FieldId::CompanyContactName);
        name->setFocus();
        QTest::keyClicks(name, u"x"_s);
        QTRY_VERIFY(!indicator->isHidden());
        QVERIFY2(indicator->toolTip().contains(u"recovery"_s), qPrintable(indicator->toolTip()));
        QVERIFY(window->statusBar()->currentMessage().contains(u"recovery"_s));

        // Once it works again, the indicator goes.
        QVERIFY(QFile::remove(scs::RecoveryStore::defaultDirectory()));
        QTest::keyClicks(name, u"y"_s);
        QTRY_VERIFY(indicator->isHidden());
        QCOMPARE(copiesOnDisk(), 1);
    }

    // The copy is written on another thread: typing goes on while it is
    // being written.
    void autosaveDoesNotBlockTyping()
    {
        scs::MainWindow *window = newWindow();
        window->openExample();
        window->session()->setAutosaveInterval(10);
        // Shared with the writing thread, which may outlive this function.
        struct Hold
        {
            QSemaphore release;
            std::atomic<QThread *> writer {nullptr};
        };
        auto hold = std::make_shared<Hold>();
        window->session()->autosaver()->setBeforeWriteHook([hold] {
            hold->writer = QThread::currentThread();
            hold->release.tryAcquire(1, 10'000);
        });
        const auto letGo = qScopeGuard([hold] { hold->release.release(1000); });
        QLineEdit *name = lineEdit(*window, FieldId::CompanyContactName);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"A"_s);
        QTRY_VERIFY(hold->writer.load());
        // The write is held up; the keystrokes still reach the document.
        QVERIFY(window->session()->autosaver()->isWriting());
        QTest::keyClicks(name, u"BC"_s);
        QCOMPARE(window->document()->request(0).text(FieldId::CompanyContactName), u"ABC"_s);
        QVERIFY(hold->writer.load() != QCoreApplication::instance()->thread());
        hold->release.release(1000); // this write and the next (with "BC")
        QTRY_VERIFY(!window->session()->autosaver()->isWriting());
        QTRY_COMPARE(scs::RecoveryStore()
                             .restore(window->session()->autosaver()->key())
                             ->requests.first()
                             .text(FieldId::CompanyContactName),
                     u"ABC"_s);
    }

private:
    scs::MainWindow *newWindow()
    {
        auto window = std::make_unique<scs::MainWindow>(m_languages.get());
        scs::Dialogs::setInteractive(false);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        m_windows.push_back(std::move(window));
        return m_windows.back().get();
    }

    static QString exampleContact()
    {
        return exampleProject().requests.first().text(FieldId::CompanyContactName);
    }

    static QLineEdit *lineEdit(scs::MainWindow &window, FieldId field)
    {
        scs::SectionPage *page = window.requestEditor()->page(scs::Catalog::field(field).section);
        return page->row(field)->editor()->findChild<QLineEdit *>();
    }

    std::unique_ptr<scs::LanguageManager> m_languages;
    std::vector<std::unique_ptr<scs::MainWindow>> m_windows;
    std::vector<std::unique_ptr<QProcess>> m_sessions;
};

SCS_TEST_CLASS(TestRecovery)
#include "tst_recovery.moc"

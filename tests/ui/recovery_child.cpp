// A real editing session for tst_recovery: opens a project file (or starts
// an untitled project), types into a field as a user would, and prints
// "autosaved" each time its recovery copy is written. The test kills it
// with SIGKILL, as a crash would.
//   recovery_child ORGANIZATION APPLICATION FILE|- FIELD-KEY TEXT
#include "Dialogs.h"
#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "document/ProjectSession.h"
#include "editor/FieldRow.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "fields/FieldEditor.h"
#include "i18n/LanguageManager.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 6) {
        std::fputs("usage: recovery_child ORGANIZATION APPLICATION FILE|- FIELD-KEY TEXT\n", stderr);
        return 2;
    }
    // The same recovery folder as the test's.
    QCoreApplication::setOrganizationName(args.at(1));
    QCoreApplication::setApplicationName(args.at(2));
    QStandardPaths::setTestModeEnabled(true);

    scs::LanguageManager languages;
    scs::MainWindow window(&languages);
    scs::Dialogs::setInteractive(false);
    if (args.at(3) == u"-")
        window.openExample();
    else if (!window.openFile(args.at(3)))
        return 3;
    window.session()->setAutosaveInterval(20);
    QObject::connect(window.session(), &scs::ProjectSession::autosaveWritten, &app, [] {
        std::fputs("autosaved\n", stdout);
        std::fflush(stdout);
    });
    window.show();

    const auto field = scs::Catalog::fieldByKey(args.at(4));
    if (!field)
        return 4;
    window.requestEditor()->focusField(*field);
    scs::SectionPage *page = window.requestEditor()->page(scs::Catalog::field(*field).section);
    auto *edit = page->row(*field)->editor()->findChild<QLineEdit *>();
    if (!edit)
        return 5;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, args.at(5));
    return app.exec();
}

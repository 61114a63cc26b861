#include "Application.h"
#include "Config.h"
#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "i18n/LanguageManager.h"
#include "widgets/FirstPaintProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    scs::configureApplication();

    // The language comes first, so that --help and every message of the
    // command line are in it too: --lang for this run, else the one chosen
    // last time, else the system's.
    scs::LanguageManager languages;
    QString language = scs::Config::get(scs::Config::Language);
    if (!scs::LanguageManager::availableLanguages().contains(language))
        language = scs::LanguageManager::systemLanguage();
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--lang="_s))
            value = arguments.at(i).mid(7);
        else
            continue;
        if (!scs::LanguageManager::availableLanguages().contains(value)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "Unknown language \"%1\" (use en or ja).")
                                            .arg(value)));
            return 2;
        }
        language = value;
    }
    languages.setLanguage(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Prepare and audit requests for dedicated SMS short codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
            u"lang"_s, QApplication::translate("main", "Language of the interface for this run: en or ja."),
            u"language"_s);
    const QCommandLineOption screenshotOption(
            u"screenshot"_s,
            QApplication::translate("main",
                                    "Save a PNG of the main window to FILE once it is shown, then quit."),
            u"FILE"_s);
    const QCommandLineOption sectionOption(
            u"section"_s,
            QApplication::translate(
                    "main", "Show this section of the request first, e.g. content (for screenshots)."),
            u"section"_s);
    // For bench_startup: the time to the window's first frame, printed as "painted".
    QCommandLineOption quitWhenPaintedOption(u"quit-when-painted"_s, QString());
    quitWhenPaintedOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(langOption);
    parser.addOption(sectionOption);
    parser.addOption(screenshotOption);
    parser.addOption(quitWhenPaintedOption);
    parser.addPositionalArgument(
            u"file"_s, QApplication::translate("main", "A request or project file to open."), u"[FILE]"_s);
    parser.process(app);

    QObject::connect(&languages, &scs::LanguageManager::languageChanged, &app,
                     [](const QString &chosen) { scs::Config::set(scs::Config::Language, chosen); });

    scs::MainWindow window(&languages);
    // Unsaved work of a session that crashed comes first; else a file named
    // on the command line; else the last one opened; else the bundled
    // example, so the first start shows a complete request.
    window.offerRecovery();
    if (!window.document()->isModified()) {
        const QStringList files = parser.positionalArguments();
        const QString last = scs::Config::get(scs::Config::LastFile);
        if (!files.isEmpty())
            window.openFile(files.first());
        else if (last.isEmpty() || !QFileInfo::exists(last) || !window.openFile(last))
            window.openExample();
    }
    if (parser.isSet(sectionOption)) {
        if (const auto section = scs::Catalog::sectionByKey(parser.value(sectionOption)))
            window.showSection(*section);
    }
    scs::FirstPaintProbe firstPaint;
    if (parser.isSet(quitWhenPaintedOption))
        window.installEventFilter(&firstPaint);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        // Give the window a few event-loop turns to lay itself out and paint.
        QTimer::singleShot(700, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                std::fprintf(
                        stderr, "%s\n",
                        qPrintable(QApplication::translate("main", "Could not write the screenshot to %1.")
                                           .arg(path)));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

// File menu: Print, Print Preview, the exports and Copy Case Description,
// on the offscreen platform with the main window's test seams.
#include "Dialogs.h"
#include "FailOnWarning.h"
#include "MainWindow.h"
#include "document/ProjectDocument.h"
#include "i18n/LanguageManager.h"
#include "print/ExportActions.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPrintActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void menuEntries()
    {
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
        QStringList names;
        for (QAction *action : fileMenu->actions())
            names << action->objectName();
        for (const QString &name :
             {u"printAction"_s, u"printPreviewAction"_s, u"exportCasePdfAction"_s, u"exportCaseTextAction"_s,
              u"exportCaseMarkdownAction"_s, u"exportAuditPdfAction"_s, u"copyCaseDescriptionAction"_s})
            QVERIFY2(names.contains(name), qPrintable(name));
        auto *print = window.findChild<QAction *>(u"printAction"_s);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(print->text(), u"&Print…"_s);
        window.openExample();
        QVERIFY(print->isEnabled());

        languages.setLanguage(u"ja"_s);
        QTRY_COMPARE(print->text(), u"印刷(&P)…"_s);
        languages.setLanguage(u"en"_s);
        QTRY_COMPARE(print->text(), u"&Print…"_s);
    }

    void exports_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("contains");
        QTest::addRow("pdf") << u"exportCasePdfAction"_s << u"case.pdf"_s << QByteArray("%PDF")
                             << QByteArray();
        QTest::addRow("audit pdf") << u"exportAuditPdfAction"_s << u"audit.pdf"_s << QByteArray("%PDF")
                                   << QByteArray();
        QTest::addRow("text") << u"exportCaseTextAction"_s << u"case.txt"_s
                              << QByteArray("Case description: ") << QByteArray("1. Opt-in request message");
        QTest::addRow("markdown") << u"exportCaseMarkdownAction"_s << u"case.md"_s
                                  << QByteArray("# Case description: ")
                                  << QByteArray("## Company information");
    }

    void exports()
    {
        QFETCH(QString, action);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, contains);
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        scs::Dialogs::setInteractive(false);
        window.openExample();
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        scs::Dialogs::setNextFileName(path);
        window.findChild<QAction *>(action)->trigger();
        QFile out(path);
        QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(scs::Dialogs::lastMessage()));
        const QByteArray data = out.readAll();
        QVERIFY(data.startsWith(start));
        QVERIFY(data.contains(contains));
        // Private like the project: it holds the company's details.
        QCOMPARE(out.permissions()
                         & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());

        // Cancelling the file dialog writes nothing.
        scs::Dialogs::setNextFileName(QString(u""_s));
        QFile::remove(path);
        window.findChild<QAction *>(action)->trigger();
        QVERIFY(!QFile::exists(path));
    }

    void exportToUnwritablePlace()
    {
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        scs::Dialogs::setInteractive(false);
        window.openExample();
        scs::Dialogs::setNextFileName(u"/nonexistent-folder/x.txt"_s);
        window.findChild<QAction *>(u"exportCaseTextAction"_s)->trigger();
        QVERIFY2(scs::Dialogs::lastMessage().contains(u"x.txt"_s), qPrintable(scs::Dialogs::lastMessage()));
    }

    void copyToClipboard()
    {
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        window.openExample();
        QGuiApplication::clipboard()->clear();
        window.findChild<QAction *>(u"copyCaseDescriptionAction"_s)->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(text.startsWith(u"Case description: "_s));
        QVERIFY(text.contains(u"Company information"_s));
        QVERIFY(!text.contains(u'<'));
    }

    void printPreviewOpensAndCloses()
    {
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        scs::Dialogs::setInteractive(false);
        window.openExample();
        window.show();
        window.findChild<QAction *>(u"printPreviewAction"_s)->trigger();
        QPrintPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QPrintPreviewDialog *>()) && dialog->isVisible());
        dialog->close();
        QTRY_VERIFY(!window.findChild<QPrintPreviewDialog *>());
    }

    // What the preview shows is what the PDF holds: the same number of
    // pages (the preview used the printer's own margins and resolution),
    // for notes of many lengths.
    void previewAndPdfAgree()
    {
        scs::LanguageManager languages;
        scs::MainWindow window(&languages);
        scs::Dialogs::setInteractive(false);
        window.openExample();
        window.show();
        QTemporaryDir dir;
        QStringList notes;
        for (int length = 0; length <= 150; length += 30) {
            while (notes.size() < length)
                notes << u"Paragraph %1 of the notes for the reviewers."_s.arg(notes.size() + 1);
            window.document()->applyFieldValue(0, scs::FieldId::NotesDescription, notes.join(u'\n'));
            const QString path = dir.filePath(u"case-%1.pdf"_s.arg(length));
            scs::Dialogs::setNextFileName(path);
            window.findChild<QAction *>(u"exportCasePdfAction"_s)->trigger();
            QFile out(path);
            QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(scs::Dialogs::lastMessage()));
            static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
            const qsizetype pdfPages = QString::fromLatin1(out.readAll()).count(page);
            QVERIFY(pdfPages > 1);

            window.findChild<QAction *>(u"printPreviewAction"_s)->trigger();
            QPrintPreviewDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<QPrintPreviewDialog *>()) && dialog->isVisible());
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            QTRY_VERIFY(preview->pageCount() > 0);
            QVERIFY2(preview->pageCount() == pdfPages,
                     qPrintable(u"%1 paragraphs: %2 pages in the preview, %3 in the PDF"_s.arg(length)
                                        .arg(preview->pageCount())
                                        .arg(pdfPages)));
            dialog->close();
            QTRY_VERIFY(!window.findChild<QPrintPreviewDialog *>());
        }
    }
};

QTEST_MAIN(TestPrintActions)
#include "tst_printactions.moc"

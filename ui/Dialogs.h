#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QDialog;
class QWidget;

namespace scs {

// Every modal question, error message and file dialog of the application,
// behind one seam a test can answer (the idea of KeePassXC's
// MessageBox::setNextAnswer and FileDialog::setNextFileName): a test sets
// the next answer or file name, then acts as a user does.
class Dialogs
{
public:
    using ButtonTexts = QList<std::pair<QMessageBox::StandardButton, QString>>;

    // Asks a question in a message box, with `fallback` as its default
    // button; `texts` relabel buttons. Without a window (not interactive,
    // nothing set with setNextAnswer) the answer is `fallback`.
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton fallback,
                                           const ButtonTexts &texts = {});
    // Shows an error in a message box (recorded only, when not interactive).
    static void warn(QWidget *parent, const QString &text);
    // A file to open, several files to open, or a file to save to, from a
    // dialog opening in `directory` (for saving: `directory`/`suggested`);
    // empty when cancelled, or when not interactive and none was set.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                     const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &suggested, const QString &filter);
    // Runs a dialog modally (exec), or shows it without waiting when not
    // interactive.
    static void run(QDialog *dialog);

    // Test seams. Not interactive: nothing blocks, questions take their
    // fallback, errors are recorded, file dialogs return what was set.
    static void setInteractive(bool interactive);
    static bool isInteractive();
    // The answer to the next question, instead of asking (NoButton: ask).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The next file dialog returns these instead of asking ("" = cancelled).
    static void setNextFileName(const QString &path);
    static void setNextFileNames(const QStringList &paths);
    // The text of the last question or error.
    static QString lastMessage();
    // The folder the last file dialog opened in (or would have).
    static QString lastDirectory();

private:
    static std::optional<QStringList> takeNextFileNames(const QString &directory);
};

} // namespace scs

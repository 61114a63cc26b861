#include "Dialogs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>

namespace scs {

namespace {
// GUI-thread state, as QApplication's own.
bool s_interactive = true;
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
std::optional<QStringList> s_nextFileNames;
QString s_lastMessage;
QString s_lastDirectory;

QString title()
{
    return QGuiApplication::applicationDisplayName();
}
} // namespace

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton fallback, const ButtonTexts &texts)
{
    s_lastMessage = text;
    if (s_nextAnswer != QMessageBox::NoButton)
        return std::exchange(s_nextAnswer, QMessageBox::NoButton);
    if (!s_interactive)
        return fallback;
    QMessageBox box(QMessageBox::Question, title(), text, buttons, parent);
    box.setDefaultButton(fallback);
    for (const auto &[button, label] : texts) {
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    }
    return QMessageBox::StandardButton(box.exec());
}

void Dialogs::warn(QWidget *parent, const QString &text)
{
    s_lastMessage = text;
    if (s_interactive)
        QMessageBox::warning(parent, title(), text);
}

std::optional<QStringList> Dialogs::takeNextFileNames(const QString &directory)
{
    s_lastDirectory = directory;
    if (s_nextFileNames)
        return std::exchange(s_nextFileNames, std::nullopt);
    if (!s_interactive)
        return QStringList();
    return std::nullopt;
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                              const QString &filter)
{
    if (const auto next = takeNextFileNames(directory))
        return next->value(0);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter)
{
    if (const auto next = takeNextFileNames(directory)) {
        QStringList paths = *next;
        paths.removeAll(QString());
        return paths;
    }
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                              const QString &suggested, const QString &filter)
{
    if (const auto next = takeNextFileNames(directory))
        return next->value(0);
    return QFileDialog::getSaveFileName(parent, caption, QDir(directory).filePath(suggested), filter);
}

void Dialogs::run(QDialog *dialog)
{
    if (s_interactive)
        dialog->exec();
    else
        dialog->show();
}

void Dialogs::setInteractive(bool interactive)
{
    s_interactive = interactive;
}

bool Dialogs::isInteractive()
{
    return s_interactive;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void Dialogs::setNextFileName(const QString &path)
{
    s_nextFileNames = QStringList {path};
}

void Dialogs::setNextFileNames(const QStringList &paths)
{
    s_nextFileNames = paths;
}

QString Dialogs::lastMessage()
{
    return s_lastMessage;
}

QString Dialogs::lastDirectory()
{
    return s_lastDirectory;
}

} // namespace scs

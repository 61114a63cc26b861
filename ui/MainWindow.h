#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace scs {

class LanguageManager;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);

    // Test seam: when set, Help > About shows the dialog without blocking.
    void setModalDialogsBlock(bool block) { m_modalDialogsBlock = block; }

public Q_SLOTS:
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void syncLanguageActions();

    LanguageManager *m_languages = nullptr;
    bool m_modalDialogsBlock = true;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_welcomeLabel = nullptr;
};

} // namespace scs

#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;

namespace scs {

// What the window shows when no project is open (after File > Close): what
// to do next, a new project, an existing one, the example, or a recent file.
class StartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StartPanel(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QListView *recentList() const { return m_recent; }

Q_SIGNALS:
    void newProjectRequested();
    void openRequested();
    void exampleRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_example;
    QLabel *m_recentLabel;
    QListView *m_recent;
    QStringListModel *m_recentModel;
    QStringList m_paths;
};

} // namespace scs

#pragma once

#include <QListWidget>

namespace scs {

class ProjectDocument;

// The requests of the project, each with its status and completeness.
class ProjectPanel : public QListWidget
{
    Q_OBJECT

public:
    explicit ProjectPanel(ProjectDocument *document, QWidget *parent = nullptr);

    int currentRequest() const { return currentRow(); }
    void setCurrentRequest(int index);

Q_SIGNALS:
    void requestSelected(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refreshItem(int index);

    ProjectDocument *m_document;
};

} // namespace scs

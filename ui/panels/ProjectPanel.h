#pragma once

#include <QListView>

namespace scs {

class ProjectDocument;
class RequestListModel;

// The requests of the project, each with its status and required answers:
// a view on a RequestListModel. As tall as its entries (up to a limit), so
// the list grows as requests are added.
class ProjectPanel : public QListView
{
    Q_OBJECT

public:
    explicit ProjectPanel(ProjectDocument *document, QWidget *parent = nullptr);

    int currentRequest() const;
    void setCurrentRequest(int index);
    int count() const;
    RequestListModel *requestModel() const { return m_model; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void requestSelected(int index);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int heightForRows(int rows) const;

    ProjectDocument *m_document;
    RequestListModel *m_model;
    int m_announced = -2; // the request last announced
};

} // namespace scs

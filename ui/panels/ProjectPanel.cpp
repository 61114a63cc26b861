#include "ProjectPanel.h"

#include "document/ProjectDocument.h"
#include "models/RequestListModel.h"

#include <QEvent>
#include <QResizeEvent>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
// The list grows with its entries up to this many, then scrolls.
constexpr int MaxVisibleRows = 8;
} // namespace

ProjectPanel::ProjectPanel(ProjectDocument *document, QWidget *parent)
    : QListView(parent)
    , m_document(document)
    , m_model(new RequestListModel(document, this))
{
    setObjectName(u"projectPanel"_s);
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setSpacing(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const int current = currentRequest();
        if (current == m_announced)
            return;
        m_announced = current;
        Q_EMIT requestSelected(current);
    });
    // After a reset (open, new), or requests added, removed or moved: the
    // same request stays current, or the nearest one, and the window hears
    // of it again (the index of what it shows may have changed).
    const auto keepCurrent = [this] {
        updateGeometry();
        const int before = m_announced;
        m_announced = -3; // whatever is current now is announced once
        if (!currentIndex().isValid() && m_model->rowCount() > 0)
            setCurrentIndex(m_model->index(std::clamp(before, 0, m_model->rowCount() - 1)));
        if (m_announced == -3) {
            m_announced = currentRequest();
            Q_EMIT requestSelected(m_announced);
        }
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, keepCurrent] {
        m_announced = -2;
        keepCurrent();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, keepCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, keepCurrent);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, keepCurrent);
}

int ProjectPanel::currentRequest() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProjectPanel::setCurrentRequest(int index)
{
    if (index < 0 || index >= m_model->rowCount()) {
        setCurrentIndex({});
        return;
    }
    setCurrentIndex(m_model->index(index));
}

int ProjectPanel::count() const
{
    return m_model->rowCount();
}

int ProjectPanel::heightForRows(int rows) const
{
    // Two lines per entry (title, status) and the spacing around it; more
    // where an entry wraps in the width the list has (a long status in
    // Japanese), so that its last line is not cut off.
    const int twoLines = std::max(fontMetrics().lineSpacing() * 2, iconSize().height()) + 6;
    int height = 2 * frameWidth() + 2 * spacing();
    for (int i = 0; i < rows; ++i) {
        const QModelIndex index = m_model->index(i, 0);
        const int laidOut = index.isValid() ? rectForIndex(index).height() : 0;
        height += std::max(twoLines, laidOut) + 2 * spacing();
    }
    return height;
}

QSize ProjectPanel::sizeHint() const
{
    return {QListView::sizeHint().width(), heightForRows(std::clamp(m_model->rowCount(), 1, MaxVisibleRows))};
}

QSize ProjectPanel::minimumSizeHint() const
{
    return {QListView::minimumSizeHint().width(), heightForRows(1)};
}

void ProjectPanel::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the entries may wrap differently
}

void ProjectPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QListView::changeEvent(event);
}

} // namespace scs

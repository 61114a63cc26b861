#include "ProjectPanel.h"

#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "widgets/MarkIcons.h"

#include <QEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scs {

ProjectPanel::ProjectPanel(ProjectDocument *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setObjectName(u"projectPanel"_s);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(1);
    connect(this, &QListWidget::currentRowChanged, this, &ProjectPanel::requestSelected);
    connect(m_document, &ProjectDocument::projectReset, this, &ProjectPanel::rebuild);
    connect(m_document, &ProjectDocument::requestsChanged, this, &ProjectPanel::rebuild);
    connect(m_document, &ProjectDocument::titleChanged, this, &ProjectPanel::refreshItem);
    connect(m_document, &ProjectDocument::requestStateChanged, this, &ProjectPanel::refreshItem);
    rebuild();
}

void ProjectPanel::setCurrentRequest(int index)
{
    setCurrentRow(index);
}

void ProjectPanel::rebuild()
{
    const int current = currentRow();
    QSignalBlocker blocker(this);
    clear();
    for (int i = 0; i < m_document->requestCount(); ++i) {
        addItem(new QListWidgetItem);
        refreshItem(i);
    }
    blocker.unblock();
    const int wanted =
            std::clamp(current, m_document->requestCount() > 0 ? 0 : -1, m_document->requestCount() - 1);
    // clear() left no current row, so this always announces the selection.
    setCurrentRow(wanted);
    if (wanted < 0)
        Q_EMIT requestSelected(-1);
}

void ProjectPanel::refreshItem(int index)
{
    QListWidgetItem *entry = item(index);
    if (!entry || index >= m_document->requestCount())
        return;
    const Request &request = m_document->request(index);
    const QString title = request.title().trimmed().isEmpty() ? tr("(untitled request)") : request.title();
    const int percent = int(std::floor(Catalog::completeness(request) * 100));
    QString status = request.text(FieldId::TrackingStatus);
    if (status.isEmpty())
        status = Catalog::defaultValue(FieldId::TrackingStatus);
    const QString statusLabel = Catalog::choiceLabel(FieldId::TrackingStatus, status);
    entry->setText(title + u'\n' + tr("%1% complete · %2").arg(percent).arg(statusLabel));
    const int errors = m_document->findingCount(index, Severity::Error);
    const int warnings = m_document->findingCount(index, Severity::Warning);
    entry->setIcon(errors             ? severityIcon(Severity::Error)
                           : warnings ? severityIcon(Severity::Warning)
                                      : completeIcon());
    entry->setToolTip(tr("%1: %2, %3")
                              .arg(title, severityCount(Severity::Error, errors),
                                   severityCount(Severity::Warning, warnings)));
}

void ProjectPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < count(); ++i)
            refreshItem(i);
    }
    QListWidget::changeEvent(event);
}

} // namespace scs

#include "RequestListModel.h"

#include "RequiredAnswers.h"
#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "widgets/MarkIcons.h"

using namespace Qt::StringLiterals;

namespace scs {

RequestListModel::RequestListModel(ProjectDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_count(document->requestCount())
{
    connect(m_document, &ProjectDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        m_count = m_document->requestCount();
        endResetModel();
    });
    connect(m_document, &ProjectDocument::requestAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(m_document, &ProjectDocument::requestInserted, this, [this] {
        ++m_count;
        endInsertRows();
    });
    connect(m_document, &ProjectDocument::requestAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(m_document, &ProjectDocument::requestRemoved, this, [this] {
        --m_count;
        endRemoveRows();
    });
    connect(m_document, &ProjectDocument::requestAboutToBeMoved, this,
            [this](int from, int to) { beginMoveRows({}, from, from, {}, to > from ? to + 1 : to); });
    connect(m_document, &ProjectDocument::requestMoved, this, [this] { endMoveRows(); });
    const auto changed = [this](int row) {
        if (row >= 0 && row < m_count)
            Q_EMIT dataChanged(index(row), index(row));
    };
    connect(m_document, &ProjectDocument::titleChanged, this, changed);
    connect(m_document, &ProjectDocument::requestStateChanged, this, changed);
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= m_document->requestCount())
        return {};
    const Request &request = m_document->request(index.row());
    const QString title = request.title().trimmed().isEmpty() ? tr("(untitled request)") : request.title();
    const int errors = m_document->findingCount(index.row(), Severity::Error);
    const int warnings = m_document->findingCount(index.row(), Severity::Warning);
    switch (role) {
    case Qt::DisplayRole: {
        QString status = request.text(FieldId::TrackingStatus);
        if (status.isEmpty())
            status = Catalog::defaultValue(FieldId::TrackingStatus);
        const RequiredAnswers answers = RequiredAnswers::of(request);
        //: A request in the project list: its title, then how many required
        //: answers are given and its tracking status, e.g. "12 of 40 required answers · Draft".
        return tr("%1\n%2 · %3")
                .arg(title, answers.text(), Catalog::choiceLabel(FieldId::TrackingStatus, status));
    }
    case Qt::AccessibleTextRole:
        return title;
    case Qt::DecorationRole:
        return errors      ? severityIcon(Severity::Error)
                : warnings ? severityIcon(Severity::Warning)
                           : completeIcon();
    case Qt::ToolTipRole:
        //: A request's tooltip: its title, then "2 errors, 1 warning".
        return tr("%1: %2, %3")
                .arg(title, severityCount(Severity::Error, errors),
                     severityCount(Severity::Warning, warnings));
    default:
        return {};
    }
}

void RequestListModel::retranslate()
{
    if (m_count > 0)
        Q_EMIT dataChanged(index(0), index(m_count - 1));
}

} // namespace scs

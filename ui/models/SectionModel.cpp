#include "SectionModel.h"

#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "widgets/MarkIcons.h"

#include <array>

using namespace Qt::StringLiterals;

namespace scs {

SectionModel::SectionModel(ProjectDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(qsizetype(Catalog::sections().size()))
{
    connect(m_document, &ProjectDocument::requestStateChanged, this, [this](int request) {
        if (request == m_requestIndex)
            refresh();
    });
    refresh();
}

void SectionModel::setRequestIndex(int index)
{
    m_requestIndex = index;
    refresh();
}

int SectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void SectionModel::refresh()
{
    std::array<int, SectionCount> errors {};
    std::array<int, SectionCount> warnings {};
    const bool has = m_requestIndex >= 0 && m_requestIndex < m_document->requestCount();
    if (has) {
        for (const Finding &finding : m_document->findings(m_requestIndex)) {
            const auto section = std::size_t(Catalog::field(finding.field).section);
            if (finding.severity == Severity::Error)
                ++errors[section];
            else if (finding.severity == Severity::Warning)
                ++warnings[section];
        }
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto section = std::size_t(row);
        Row next;
        if (!has) {
            next = {};
        } else if (errors[section] && warnings[section]) {
            //: A section's status in the navigator, e.g. "2 errors and 1 warning".
            next.status = tr("%1 and %2")
                                  .arg(severityCount(Severity::Error, errors[section]),
                                       severityCount(Severity::Warning, warnings[section]));
            next.mark = Mark::Error;
        } else if (errors[section]) {
            next.status = severityCount(Severity::Error, errors[section]);
            next.mark = Mark::Error;
        } else if (warnings[section]) {
            next.status = severityCount(Severity::Warning, warnings[section]);
            next.mark = Mark::Warning;
        } else if (Catalog::completeness(m_document->request(m_requestIndex), SectionId(row)) >= 1.0) {
            next.status = tr("Complete");
            next.mark = Mark::Complete;
        } else {
            next.status = tr("Incomplete");
        }
        if (next != m_rows.at(row)) {
            m_rows[row] = next;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

void SectionModel::retranslate()
{
    refresh();
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

QVariant SectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectionId section = sectionAt(index.row());
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.status.isEmpty() ? Catalog::sectionTitle(section)
                                    : Catalog::sectionTitle(section) + u'\n' + row.status;
    case Qt::AccessibleTextRole:
        return Catalog::sectionTitle(section);
    case Qt::DecorationRole:
        switch (row.mark) {
        case Mark::Error:
            return severityIcon(Severity::Error);
        case Mark::Warning:
            return severityIcon(Severity::Warning);
        case Mark::Complete:
            return completeIcon();
        case Mark::None:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return Catalog::sectionHelp(section);
    case SectionRole:
        return int(section);
    case StatusRole:
        return row.status;
    default:
        return {};
    }
}

} // namespace scs

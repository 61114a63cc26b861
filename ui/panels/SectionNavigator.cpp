#include "SectionNavigator.h"

#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "widgets/MarkIcons.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace scs {

SectionNavigator::SectionNavigator(ProjectDocument *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setObjectName(u"sectionNavigator"_s);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setWordWrap(true);
    setSpacing(1);
    for (const SectionDef &section : Catalog::sections()) {
        auto *item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, int(section.id));
    }
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT sectionSelected(SectionId(item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_document, &ProjectDocument::requestStateChanged, this, [this](int request) {
        if (request == m_requestIndex)
            refresh();
    });
    refresh();
}

void SectionNavigator::setRequestIndex(int index)
{
    m_requestIndex = index;
    refresh();
}

SectionId SectionNavigator::currentSection() const
{
    const int row = currentRow();
    return row < 0 ? SectionId::Case : SectionId(item(row)->data(Qt::UserRole).toInt());
}

void SectionNavigator::setCurrentSection(SectionId section)
{
    setCurrentRow(int(section));
}

void SectionNavigator::refresh()
{
    std::array<int, SectionCount> errors {};
    std::array<int, SectionCount> warnings {};
    if (m_requestIndex >= 0) {
        for (const Finding &finding : m_document->findings(m_requestIndex)) {
            const auto section = std::size_t(Catalog::field(finding.field).section);
            if (finding.severity == Severity::Error)
                ++errors[section];
            else if (finding.severity == Severity::Warning)
                ++warnings[section];
        }
    }
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *entry = item(row);
        const auto section = SectionId(entry->data(Qt::UserRole).toInt());
        const auto index = std::size_t(section);
        QString status;
        QIcon icon;
        if (m_requestIndex < 0) {
            status = QString();
        } else if (errors[index] || warnings[index]) {
            QStringList parts;
            if (errors[index])
                parts << severityCount(Severity::Error, errors[index]);
            if (warnings[index])
                parts << severityCount(Severity::Warning, warnings[index]);
            status = parts.join(u" · "_s);
            icon = severityIcon(errors[index] ? Severity::Error : Severity::Warning);
        } else if (Catalog::completeness(m_document->request(m_requestIndex), section) >= 1.0) {
            status = tr("Complete");
            icon = completeIcon();
        } else {
            status = tr("Incomplete");
        }
        entry->setText(status.isEmpty() ? Catalog::sectionTitle(section)
                                        : Catalog::sectionTitle(section) + u'\n' + status);
        entry->setIcon(icon);
        entry->setToolTip(Catalog::sectionHelp(section));
    }
}

void SectionNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QListWidget::changeEvent(event);
}

} // namespace scs

#include "FindingsPanel.h"

#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "rules/RuleEngine.h"
#include "widgets/MarkIcons.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

// Wraps an item's text to the width of its column. QTreeView asks for a
// row's height with an empty rectangle, so word wrap never wrapped and long
// messages were cut off with an ellipsis.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The style wraps only in a valid rectangle: a width and a height.
        QStyleOptionViewItem wrapped = option;
        wrapped.rect = QRect(option.rect.topLeft(), QSize(m_view->columnWidth(index.column()), 1 << 16));
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeView *m_view;
};

enum Column { SeverityColumn, FieldColumn, MessageColumn, RuleColumn, ColumnCount };
constexpr int FieldRole = Qt::UserRole;
constexpr int ItemRole = Qt::UserRole + 1;
constexpr int SeverityRole = Qt::UserRole + 2;
} // namespace

FindingsPanel::FindingsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
    , m_errors(new QToolButton(this))
    , m_warnings(new QToolButton(this))
    , m_infos(new QToolButton(this))
    , m_showRules(new QCheckBox(this))
{
    setObjectName(u"findingsPanel"_s);
    m_tree->setObjectName(u"findingsTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    // No header, as in an IDE's list of problems: each row says what it is
    // (an icon and the severity, the field, the message), and measuring
    // the header's bold labels took a font of its own at start-up.
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    // Widths are set, not measured from the contents: ResizeToContents
    // measured every row and header again on each change (each keystroke).
    m_tree->header()->setSectionResizeMode(SeverityColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(RuleColumn, QHeaderView::Interactive);
    m_tree->setColumnHidden(RuleColumn, true);
    // Messages and field names wrap to the width of their column; a view
    // lays its rows out for the widths it had then, so it does again (once
    // the resizing settles) when a column changes width.
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, m_tree, &QTreeWidget::doItemsLayout);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    connect(m_tree->header(), &QHeaderView::sectionResized, &m_relayout, qOverload<>(&QTimer::start));

    const std::array<std::pair<QToolButton *, Severity>, 3> filters {
            {{m_errors, Severity::Error}, {m_warnings, Severity::Warning}, {m_infos, Severity::Info}}};
    for (const auto &[button, severity] : filters) {
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(severityIcon(severity));
        connect(button, &QToolButton::toggled, this, &FindingsPanel::applyFilter);
    }
    m_errors->setObjectName(u"showErrorsButton"_s);
    m_warnings->setObjectName(u"showWarningsButton"_s);
    m_infos->setObjectName(u"showInfoButton"_s);
    m_showRules->setObjectName(u"showRulesCheckBox"_s);
    connect(m_showRules, &QCheckBox::toggled, this, [this](bool show) {
        m_tree->setColumnHidden(RuleColumn, !show);
        if (show)
            m_tree->resizeColumnToContents(RuleColumn);
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_errors);
    bar->addWidget(m_warnings);
    bar->addWidget(m_infos);
    bar->addStretch();
    bar->addWidget(m_showRules);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_tree);

    // Enter, double click and a single click all go to the field: people
    // work down the list one finding after another.
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        Q_EMIT findingActivated(FieldId(item->data(0, FieldRole).toInt()), item->data(0, ItemRole).toInt());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT findingActivated(FieldId(item->data(0, FieldRole).toInt()), item->data(0, ItemRole).toInt());
    });
    connect(m_document, &ProjectDocument::findingsChanged, this, [this](int request) {
        if (request == m_requestIndex)
            refresh();
    });
    retranslate();
    updateCounts();
}

void FindingsPanel::setRequestIndex(int index)
{
    m_requestIndex = index;
    refresh();
}

int FindingsPanel::visibleCount() const
{
    int visible = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        visible += m_tree->topLevelItem(i)->isHidden() ? 0 : 1;
    return visible;
}

void FindingsPanel::refresh()
{
    m_findings = m_requestIndex >= 0 ? m_document->findings(m_requestIndex) : QList<Finding>();
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_findings.size());
    for (const Finding &finding : std::as_const(m_findings)) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(SeverityColumn, severityIcon(finding.severity));
        item->setText(SeverityColumn, severityLabel(finding.severity));
        QString field = Catalog::label(finding.field);
        if (finding.item >= 0)
            field = tr("%1 (example %2)").arg(field).arg(finding.item + 1);
        item->setText(FieldColumn, field);
        item->setText(MessageColumn, finding.text());
        item->setToolTip(MessageColumn, finding.text());
        const QString rule = QLatin1StringView(finding.rule).toString();
        item->setText(RuleColumn, rule);
        if (const RuleInfo *info = RuleEngine::rule(rule))
            item->setToolTip(RuleColumn, tr("Source: %1").arg(QLatin1StringView(info->source)));
        item->setData(0, FieldRole, int(finding.field));
        item->setData(0, ItemRole, finding.item);
        item->setData(0, SeverityRole, int(finding.severity));
        items << item;
    }
    m_tree->addTopLevelItems(items);
    updateCounts();
    applyFilter();
}

void FindingsPanel::applyFilter()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const auto severity = Severity(item->data(0, SeverityRole).toInt());
        const QToolButton *button = severity == Severity::Error ? m_errors
                : severity == Severity::Warning                 ? m_warnings
                                                                : m_infos;
        item->setHidden(!button->isChecked());
    }
}

void FindingsPanel::changeEvent(QEvent *event)
{
    // The messages are re-rendered from their codes in the new language.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void FindingsPanel::updateCounts()
{
    int counts[3] = {0, 0, 0};
    for (const Finding &finding : std::as_const(m_findings))
        ++counts[int(finding.severity)];
    m_errors->setText(severityCount(Severity::Error, counts[int(Severity::Error)]));
    m_warnings->setText(severityCount(Severity::Warning, counts[int(Severity::Warning)]));
    m_infos->setText(severityCount(Severity::Info, counts[int(Severity::Info)]));
}

void FindingsPanel::retranslate()
{
    m_errors->setToolTip(tr("Show or hide errors"));
    m_warnings->setToolTip(tr("Show or hide warnings"));
    m_infos->setToolTip(tr("Show or hide information"));
    m_showRules->setText(tr("Show rule ids"));
    const QStringList headers {tr("Severity"), tr("Field"), tr("Message"), tr("Rule")};
    m_tree->setHeaderLabels(headers);
    // Wide enough for the icon and the longest severity name, and for the
    // header; the field column for a typical field name.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const QFontMetrics headerMetrics = m_tree->header()->fontMetrics();
    const int padding = 4 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_tree) + 8;
    int severityWidth = headerMetrics.horizontalAdvance(headers.at(SeverityColumn));
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        severityWidth = std::max(severityWidth,
                                 style()->pixelMetric(QStyle::PM_SmallIconSize) + 6
                                         + metrics.horizontalAdvance(severityLabel(severity)));
    m_tree->setColumnWidth(SeverityColumn, severityWidth + padding);
    m_tree->setColumnWidth(FieldColumn, std::max(200, metrics.averageCharWidth() * 24));
}

} // namespace scs

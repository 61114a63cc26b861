#include "FindingsPanel.h"

#include "Config.h"

#include "document/ProjectDocument.h"
#include "models/FindingsFilterModel.h"
#include "models/FindingsModel.h"
#include "widgets/MarkIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

// Wraps an item's text to the width of its column. QTreeView asks for a
// row's height with an empty rectangle, so word wrap never wrapped and long
// messages were cut off with an ellipsis. The style makes a row exactly as
// tall as its lines, so the first and last line touched the row's edges
// and looked cut off between the alternating colours: the row gets the
// style's text margin above and below.
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
        const QWidget *widget = option.widget ? option.widget : m_view;
        const int margin = widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, widget) + 1;
        return QStyledItemDelegate::sizeHint(wrapped, index) + QSize(0, 2 * margin);
    }

private:
    QTreeView *m_view;
};

using Column = FindingsModel::Column;

} // namespace

FindingsPanel::FindingsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_requestModel(new FindingsModel(document, FindingsModel::Scope::CurrentRequest, this))
    , m_projectModel(new FindingsModel(document, FindingsModel::Scope::Project, this))
    , m_filter(new FindingsFilterModel(this))
    , m_view(new QTreeView(this))
    , m_scope(new QComboBox(this))
    , m_errors(new QToolButton(this))
    , m_warnings(new QToolButton(this))
    , m_infos(new QToolButton(this))
    , m_showRules(new QCheckBox(this))
{
    setObjectName(u"findingsPanel"_s);
    m_filter->setSourceModel(m_requestModel);
    m_view->setObjectName(u"findingsView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    // No header, as in an IDE's list of problems: each row says what it is
    // (an icon and the severity, the field, the message), and measuring
    // the header's bold labels took a font of its own at start-up.
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // Widths are set, not measured from the contents: ResizeToContents
    // measured every row and header again on each change (each keystroke).
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Column::MessageColumn, QHeaderView::Stretch);
    // Messages and field names wrap to the width of their column; a view
    // lays its rows out for the widths it had then, so it does again (once
    // the resizing settles) when a column changes width.
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, &m_relayout, qOverload<>(&QTimer::start));

    m_scope->setObjectName(u"findingsScopeComboBox"_s);
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setSourceModel(index == 1 ? m_projectModel : m_requestModel);
        updateColumns();
        updateCounts();
    });

    const std::array<std::pair<QToolButton *, Severity>, 3> filters {
            {{m_errors, Severity::Error}, {m_warnings, Severity::Warning}, {m_infos, Severity::Info}}};
    for (const auto &[button, severity] : filters) {
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(severityIcon(severity));
        connect(button, &QToolButton::toggled, this,
                [this, severity = severity](bool shown) { m_filter->setSeverityShown(severity, shown); });
    }
    m_errors->setObjectName(u"showErrorsButton"_s);
    m_warnings->setObjectName(u"showWarningsButton"_s);
    m_infos->setObjectName(u"showInfoButton"_s);
    m_showRules->setObjectName(u"showRulesCheckBox"_s);
    m_showRules->setChecked(Config::get(Config::ShowRuleIds));
    connect(m_showRules, &QCheckBox::toggled, this, [this](bool show) {
        Config::set(Config::ShowRuleIds, show);
        updateColumns();
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_scope);
    bar->addWidget(m_errors);
    bar->addWidget(m_warnings);
    bar->addWidget(m_infos);
    bar->addStretch();
    bar->addWidget(m_showRules);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    // Enter, double click and a single click all go to the field: people
    // work down the list one finding after another.
    connect(m_view, &QTreeView::clicked, this, &FindingsPanel::activate);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activate);
    for (FindingsModel *model : {m_requestModel, m_projectModel}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &FindingsPanel::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateCounts);
        connect(model, &QAbstractItemModel::dataChanged, this, &FindingsPanel::updateCounts);
    }
    retranslate();
    updateColumns();
    updateCounts();
}

void FindingsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT findingActivated(index.data(FindingsModel::RequestRole).toInt(),
                            FieldId(index.data(FindingsModel::FieldRole).toInt()),
                            index.data(FindingsModel::ItemRole).toInt());
}

void FindingsPanel::setRequestIndex(int index)
{
    m_requestModel->setRequestIndex(index);
}

void FindingsPanel::setProjectWide(bool projectWide)
{
    m_scope->setCurrentIndex(projectWide ? 1 : 0);
}

bool FindingsPanel::isProjectWide() const
{
    return m_scope->currentIndex() == 1;
}

int FindingsPanel::visibleCount() const
{
    return m_filter->rowCount();
}

void FindingsPanel::updateColumns()
{
    m_view->setColumnHidden(Column::RequestColumn, !isProjectWide());
    m_view->setColumnHidden(Column::RuleColumn, !m_showRules->isChecked());
    if (m_showRules->isChecked())
        m_view->resizeColumnToContents(Column::RuleColumn);
}

bool FindingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void FindingsPanel::changeEvent(QEvent *event)
{
    // The messages are re-rendered from their codes in the new language.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_requestModel->retranslate();
        m_projectModel->retranslate();
    }
    QWidget::changeEvent(event);
}

void FindingsPanel::updateCounts()
{
    const FindingsModel *model = isProjectWide() ? m_projectModel : m_requestModel;
    m_errors->setText(severityCount(Severity::Error, model->count(Severity::Error)));
    m_warnings->setText(severityCount(Severity::Warning, model->count(Severity::Warning)));
    m_infos->setText(severityCount(Severity::Info, model->count(Severity::Info)));
}

void FindingsPanel::retranslate()
{
    m_scope->setItemText(0, tr("This request"));
    m_scope->setItemText(1, tr("All requests"));
    m_scope->setToolTip(tr("Show the findings of the selected request, or of every request of the project"));
    m_errors->setToolTip(tr("Show or hide errors"));
    m_warnings->setToolTip(tr("Show or hide warnings"));
    m_infos->setToolTip(tr("Show or hide information"));
    m_showRules->setText(tr("Show rule &ids"));
    updateCounts();
    fitColumns();
}

void FindingsPanel::fitColumns()
{
    // Wide enough for the icon and the longest severity name; the field
    // and request columns for a typical field name or title.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 4 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_view) + 8;
    int severityWidth = 0;
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        severityWidth = std::max(severityWidth,
                                 style()->pixelMetric(QStyle::PM_SmallIconSize) + 6
                                         + metrics.horizontalAdvance(severityLabel(severity)));
    m_view->setColumnWidth(Column::SeverityColumn, severityWidth + padding);
    // A narrow panel leaves the message at least half of the width: with
    // the request column shown, the message was squeezed to a few pixels.
    const int share = std::max(60, (m_view->viewport()->width() - severityWidth - padding) / 4);
    m_view->setColumnWidth(Column::RequestColumn,
                           std::min(share, std::max(160, metrics.averageCharWidth() * 20)));
    m_view->setColumnWidth(Column::FieldColumn,
                           std::min(share, std::max(200, metrics.averageCharWidth() * 24)));
}

} // namespace scs

#include "ExamplesEditor.h"

#include "DocumentText.h"
#include "LimitedTextEdit.h"
#include "SmsPreview.h"
#include "highlight/SmsHighlighter.h"
#include "model/Limits.h"
#include "sms/SmsAnalysis.h"

#include <QEvent>
#include <QPlainTextEdit>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
enum Column { LabelColumn, TextColumn, SmsColumn, ColumnCount };
}

ExamplesEditor::ExamplesEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_message(new LimitedTextEdit(this))
    , m_preview(new SmsPreview(m_message, this))
    , m_highlighter(new SmsHighlighter(m_message->document()))
{
    m_table->setObjectName(objectName() + u"TableWidget"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SmsColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(LabelColumn, 160);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 10);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);

    m_add->setObjectName(u"addExampleButton"_s);
    m_remove->setObjectName(u"removeExampleButton"_s);
    m_up->setObjectName(u"moveExampleUpButton"_s);
    m_down->setObjectName(u"moveExampleDownButton"_s);
    m_add->setText(u"+"_s);
    m_remove->setText(u"−"_s);
    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);

    auto *buttons = new QVBoxLayout;
    for (QToolButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    m_message->setObjectName(u"exampleMessageTextEdit"_s);
    m_message->setMaximumLength(limits::SmsLength);
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 4 + 12);
    m_message->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_preview);
    setFocusProxy(m_table);
    retranslate();
    updateButtons();

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        if (item->column() == TextColumn) {
            updateSmsColumn(item->row());
            if (item->row() == m_table->currentRow())
                showMessage(item->row());
        }
        Q_EMIT edited(FieldValue(examples()));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { updateButtons(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showMessage(row); });
    connect(m_message, &QPlainTextEdit::textChanged, this, &ExamplesEditor::messageEdited);
    connect(m_preview, &SmsPreview::replaceRequested, this, [this](const QString &text) {
        const int row = m_table->currentRow();
        ExampleList list = examples();
        if (row < 0 || row >= list.size())
            return;
        list[row].text = text;
        Q_EMIT replaced(FieldValue(list));
    });
    connect(m_add, &QToolButton::clicked, this, [this] {
        ExampleList list = examples();
        list.append(Example {tr("Example %1").arg(list.size() + 1), QString()});
        Q_EMIT edited(FieldValue(list));
        m_table->setCurrentCell(int(list.size()) - 1, TextColumn);
        m_table->editItem(m_table->item(int(list.size()) - 1, TextColumn));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        ExampleList list = examples();
        list.removeAt(row);
        Q_EMIT edited(FieldValue(list));
    });
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(+1); });
}

void ExamplesEditor::move(int delta)
{
    const int row = m_table->currentRow();
    ExampleList list = examples();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= list.size())
        return;
    list.move(row, target);
    Q_EMIT edited(FieldValue(list));
    m_table->setCurrentCell(target, m_table->currentColumn());
}

ExampleList ExamplesEditor::examples() const
{
    ExampleList list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *label = m_table->item(row, LabelColumn);
        const QTableWidgetItem *text = m_table->item(row, TextColumn);
        list.append(Example {label ? label->text() : QString(), text ? text->text() : QString()});
    }
    return list;
}

void ExamplesEditor::setValue(const FieldValue &value)
{
    const ExampleList list = value.toExamples();
    if (list == examples())
        return;
    const QScopedValueRollback guard(m_updating, true);
    const int current = m_table->currentRow();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(list.at(row).label));
        m_table->setItem(row, TextColumn, new QTableWidgetItem(list.at(row).text));
        auto *sms = new QTableWidgetItem;
        sms->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, SmsColumn, sms);
        updateSmsColumn(row);
    }
    if (current >= 0 && current < list.size())
        m_table->setCurrentCell(current, std::max(0, m_table->currentColumn()));
    updateButtons();
    showMessage(m_table->currentRow());
}

void ExamplesEditor::showMessage(int row)
{
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, TextColumn) : nullptr;
    const QString text = item ? item->text() : QString();
    m_message->setEnabled(item != nullptr);
    if (text == m_messageText)
        return;
    const QScopedValueRollback guard(m_updating, true);
    m_messageText = text;
    m_message->setPlainText(text);
    m_preview->update(text);
}

void ExamplesEditor::messageEdited()
{
    // textChanged also fires for format changes by the highlighter.
    const QString text = documentText(m_message->document());
    if (text == m_messageText || m_updating)
        return;
    m_messageText = text;
    m_preview->update(text);
    QTableWidgetItem *item = m_table->item(m_table->currentRow(), TextColumn);
    if (item && item->text() != text)
        item->setText(text); // itemChanged reports the edit
}

void ExamplesEditor::setOptInKeyword(const QString &keyword)
{
    m_highlighter->setOptInKeyword(keyword);
}

void ExamplesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    FieldEditor::changeEvent(event);
}

void ExamplesEditor::updateSmsColumn(int row)
{
    QTableWidgetItem *sms = m_table->item(row, SmsColumn);
    const QTableWidgetItem *text = m_table->item(row, TextColumn);
    if (!sms || !text)
        return;
    const QScopedValueRollback guard(m_updating, true);
    const sms::Counts counts = sms::count(text->text());
    sms->setText(tr("%1 · %n segment(s)", nullptr, counts.segments).arg(sms::encodingName(counts.encoding)));
}

void ExamplesEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

void ExamplesEditor::focusEditor(int item)
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (item >= 0 && item < m_table->rowCount())
        m_table->setCurrentCell(item, TextColumn);
    else if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, TextColumn);
}

void ExamplesEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Message"), tr("SMS")});
    m_add->setToolTip(tr("Add an example"));
    m_remove->setToolTip(tr("Remove the selected example"));
    m_up->setToolTip(tr("Move the selected example up"));
    m_down->setToolTip(tr("Move the selected example down"));
    const QScopedValueRollback guard(m_updating, true);
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateSmsColumn(row);
}

} // namespace scs

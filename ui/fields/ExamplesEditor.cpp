#include "ExamplesEditor.h"

#include "DocumentText.h"
#include "LimitedTextEdit.h"
#include "SmsPreview.h"
#include "highlight/SmsHighlighter.h"
#include "model/Limits.h"
#include "models/ExamplesModel.h"
#include "widgets/UndoShortcuts.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

using Column = ExamplesModel::Column;

// Cell editors leave Ctrl+Z to the window's Undo, as every field does.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor)
            leaveUndoToWindowIn(editor);
        return editor;
    }
};

} // namespace

ExamplesEditor::ExamplesEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_model(new ExamplesModel(this))
    , m_table(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_message(new LimitedTextEdit(this))
    , m_preview(new SmsPreview(m_message, this))
    , m_highlighter(new SmsHighlighter(m_message->document()))
{
    m_table->setObjectName(objectName() + u"TableView"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in every other field
    // Rows as tall as their wrapped text: measured again whenever a column
    // changes width (fitRows), never kept from an earlier, narrower layout.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(Column::LabelColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(Column::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Column::SmsColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(Column::LabelColumn, 160);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 10);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    connect(header, &QHeaderView::sectionResized, this, &ExamplesEditor::fitRows);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExamplesEditor::fitRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ExamplesEditor::fitRows);

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

    connect(m_model, &ExamplesModel::edited, this,
            [this](const ExampleList &list) { Q_EMIT edited(FieldValue(list)); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExamplesEditor::showMessage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        showMessage();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ExamplesEditor::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showMessage();
        updateButtons();
    });
    connect(m_message, &QPlainTextEdit::textChanged, this, &ExamplesEditor::messageEdited);
    connect(m_preview, &SmsPreview::replaceRequested, this, [this](const QString &text) {
        const int row = currentExample();
        ExampleList list = m_model->examples();
        if (row < 0 || row >= list.size())
            return;
        list[row].text = text;
        Q_EMIT replaced(FieldValue(list));
    });
    connect(m_add, &QToolButton::clicked, this, [this] {
        const int row = m_model->rowCount();
        m_model->append(tr("Example %1").arg(row + 1));
        if (row < m_model->rowCount()) {
            setCurrentExample(row);
            m_message->setFocus(Qt::TabFocusReason);
        }
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_model->remove(currentExample()); });
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(+1); });
}

int ExamplesEditor::currentExample() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ExamplesEditor::setCurrentExample(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column =
            m_table->currentIndex().isValid() ? m_table->currentIndex().column() : int(Column::MessageColumn);
    m_table->setCurrentIndex(m_model->index(row, column));
}

void ExamplesEditor::move(int delta)
{
    const int row = currentExample();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    m_model->move(row, target);
    setCurrentExample(target);
}

void ExamplesEditor::setValue(const FieldValue &value)
{
    m_model->setExamples(value.toExamples());
    updateButtons();
    showMessage();
}

void ExamplesEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    m_model->setReadOnly(readOnly);
    updateButtons();
}

void ExamplesEditor::fitRows()
{
    // After the columns have their widths: a row measured while the table
    // was still narrow (laid out before the window had its size) stayed
    // several lines too tall.
    QTimer::singleShot(0, m_table, &QTableView::resizeRowsToContents);
}

void ExamplesEditor::showMessage()
{
    const int row = currentExample();
    const bool has = row >= 0 && row < m_model->rowCount();
    const QString text = has ? m_model->examples().at(row).text : QString();
    m_message->setEnabled(has);
    if (text == m_messageText && (has || m_message->toPlainText().isEmpty()))
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
    m_model->setText(currentExample(), text);
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

void ExamplesEditor::updateButtons()
{
    const int row = currentExample();
    const bool editable = !isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
}

void ExamplesEditor::focusEditor(int item)
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (item >= 0 && item < m_model->rowCount())
        setCurrentExample(item);
    else if (m_model->rowCount() > 0 && currentExample() < 0)
        setCurrentExample(0);
}

void ExamplesEditor::selectText(int item, bool inLabel, int start, int length)
{
    setCurrentExample(item);
    if (inLabel) {
        // The label is edited in its cell: the cell is current, the text
        // selected once the cell editor opens.
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->setCurrentIndex(m_model->index(item, Column::LabelColumn));
        m_table->edit(m_table->currentIndex());
        if (auto *editor = qobject_cast<QLineEdit *>(m_table->indexWidget(m_table->currentIndex())))
            editor->setSelection(start, length);
        else if (auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
            focused->setSelection(start, length);
        return;
    }
    m_message->setFocus(Qt::OtherFocusReason);
    QTextCursor cursor = m_message->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    m_message->setTextCursor(cursor);
    m_message->ensureCursorVisible();
}

void ExamplesEditor::retranslate()
{
    m_add->setToolTip(tr("Add an example"));
    m_remove->setToolTip(tr("Remove the selected example"));
    m_up->setToolTip(tr("Move the selected example up"));
    m_down->setToolTip(tr("Move the selected example down"));
    m_model->retranslate();
}

} // namespace scs

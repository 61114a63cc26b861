#include "ExamplesModel.h"

#include "sms/SmsAnalysis.h"

namespace scs {

ExamplesModel::ExamplesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ExamplesModel::setExamples(const ExampleList &examples)
{
    if (examples == m_examples)
        return;
    // The rows that differ lie between a common head and a common tail.
    const qsizetype oldSize = m_examples.size();
    const qsizetype newSize = examples.size();
    qsizetype head = 0;
    while (head < oldSize && head < newSize && m_examples.at(head) == examples.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldSize - head && tail < newSize - head
           && m_examples.at(oldSize - 1 - tail) == examples.at(newSize - 1 - tail))
        ++tail;
    const int oldEnd = int(oldSize - tail); // [head, oldEnd) changed in the old list
    const int newEnd = int(newSize - tail);
    const int common = std::min(oldEnd, newEnd); // rows changed in place: [head, common)
    for (int row = int(head); row < common; ++row)
        m_examples[row] = examples.at(row);
    if (common > head)
        Q_EMIT dataChanged(index(int(head), 0), index(common - 1, ColumnCount - 1));
    if (oldEnd > newEnd) {
        beginRemoveRows({}, newEnd, oldEnd - 1);
        m_examples.remove(newEnd, oldEnd - newEnd);
        endRemoveRows();
    } else if (newEnd > oldEnd) {
        beginInsertRows({}, oldEnd, newEnd - 1);
        for (int row = oldEnd; row < newEnd; ++row)
            m_examples.insert(row, examples.at(row));
        endInsertRows();
    }
    Q_ASSERT(m_examples == examples);
}

void ExamplesModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= m_examples.size() || m_examples.at(row).text == text)
        return;
    ExampleList list = m_examples;
    list[row].text = text;
    Q_EMIT edited(list);
}

void ExamplesModel::append(const QString &label)
{
    ExampleList list = m_examples;
    list.append(Example {label, QString()});
    Q_EMIT edited(list);
}

void ExamplesModel::remove(int row)
{
    if (row < 0 || row >= m_examples.size())
        return;
    ExampleList list = m_examples;
    list.removeAt(row);
    Q_EMIT edited(list);
}

void ExamplesModel::move(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_examples.size() || to >= m_examples.size() || from == to)
        return;
    ExampleList list = m_examples;
    list.move(from, to);
    Q_EMIT edited(list);
}

int ExamplesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_examples.size());
}

int ExamplesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExamplesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Example &example = m_examples.at(index.row());
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return example.label;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return example.text;
        break;
    case SmsColumn:
        if (role == Qt::DisplayRole) {
            const sms::Counts counts = sms::count(example.text);
            //: An example's encoding and segments, e.g. "GSM-7 · 2 segments".
            return tr("%1 · %n segment(s)", nullptr, counts.segments).arg(sms::encodingName(counts.encoding));
        }
        break;
    default:
        break;
    }
    return {};
}

bool ExamplesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ExampleList list = m_examples;
    if (index.column() == LabelColumn)
        list[index.row()].label = value.toString();
    else if (index.column() == MessageColumn)
        list[index.row()].text = value.toString();
    else
        return false;
    if (list != m_examples)
        Q_EMIT edited(list);
    return true;
}

Qt::ItemFlags ExamplesModel::flags(const QModelIndex &index) const
{
    // The root's flags are asked for too (QAbstractItemModelTester does).
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != SmsColumn && !m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ExamplesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case MessageColumn:
        return tr("Message");
    case SmsColumn:
        return tr("SMS");
    default:
        return {};
    }
}

void ExamplesModel::retranslate()
{
    if (!m_examples.isEmpty())
        Q_EMIT dataChanged(index(0, SmsColumn), index(int(m_examples.size()) - 1, SmsColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace scs

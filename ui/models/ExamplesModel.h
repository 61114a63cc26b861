#pragma once

#include "model/FieldValue.h"

#include <QAbstractTableModel>

namespace scs {

// content.examples as a table: label, message, and the message's encoding
// and segments. The view's model of the document's value: setExamples()
// takes the value the document holds and changes only the rows that
// differ (in place, inserted, removed), so the view keeps its current row;
// an edit in the view is not applied here but announced as the whole new
// list (edited()), which the page turns into an undo command, and comes
// back through setExamples().
class ExamplesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, MessageColumn, SmsColumn, ColumnCount };

    explicit ExamplesModel(QObject *parent = nullptr);

    const ExampleList &examples() const { return m_examples; }
    void setExamples(const ExampleList &examples);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Edits, announced through edited(): the model itself waits for the
    // document's value.
    void setText(int row, const QString &text);
    void append(const QString &label);
    void remove(int row);
    void move(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The language changed: the SMS column and the headers again.
    void retranslate();

Q_SIGNALS:
    void edited(const scs::ExampleList &examples);

private:
    ExampleList m_examples;
    bool m_readOnly = false;
};

} // namespace scs

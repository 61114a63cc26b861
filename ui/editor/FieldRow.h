#pragma once

#include "catalog/Catalog.h"
#include "rules/Finding.h"

#include <QWidget>

class QLabel;

namespace scs {

class FieldEditor;

// One field on a section page: its label (with a mark when required), the
// editor, a help line under it, and a marker showing the worst finding that
// concerns the field (its messages in the tooltip).
class FieldRow : public QWidget
{
    Q_OBJECT

public:
    FieldRow(const FieldDef &field, QWidget *parent = nullptr);

    FieldId field() const { return m_field->id; }
    FieldEditor *editor() const { return m_editor; }
    QLabel *marker() const { return m_marker; }

    void setFindings(const QList<Finding> &findings);
    // The label's text in the current language, without a mnemonic (the
    // page gives each label one, unique on the page: setLabel()).
    QString labelText() const;
    void setLabel(const QString &textWithMnemonic);
    QLabel *label() const { return m_label; }
    // The most severe finding shown, or -1 when there is none.
    int markerSeverity() const { return m_markerSeverity; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const FieldDef *m_field;
    QLabel *m_label;
    QLabel *m_help;
    QLabel *m_marker;
    FieldEditor *m_editor;
    QList<Finding> m_findings;
    int m_markerSeverity = -1;
};

} // namespace scs

#pragma once

#include "model/FieldId.h"

#include <QHash>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace scs {

class FieldRow;
class ProjectDocument;

// The page of one section of the current request: a row per field of the
// catalog, in order. Edits become undo commands on the document; the page
// shows what the document says (one-way binding).
class SectionPage : public QScrollArea
{
    Q_OBJECT

public:
    SectionPage(SectionId section, ProjectDocument *document, QWidget *parent = nullptr);

    SectionId section() const { return m_section; }
    void setRequestIndex(int index);
    int requestIndex() const { return m_requestIndex; }

    FieldRow *row(FieldId field) const { return m_rows.value(field); }
    // The mnemonics of the window that field labels leave alone.
    static QString reservedMnemonics();
    // Scrolls to the field and puts the cursor in it.
    void focusField(FieldId field, int item = -1);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setReadOnly(bool readOnly);
    void loadValues();
    void showValue(FieldId field);
    void updateFindings();
    void updateConditions();
    void updateKeyword();
    void retranslate();

    SectionId m_section;
    ProjectDocument *m_document;
    int m_requestIndex = -1;
    QLabel *m_title;
    QLabel *m_help;
    QList<std::pair<QLabel *, QLabel *>> m_fixedValues;
    QHash<FieldId, FieldRow *> m_rows;
};

} // namespace scs

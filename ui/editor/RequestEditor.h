#pragma once

#include "model/FieldId.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace scs {

class ProjectDocument;
class SectionPage;

// The current request: its title and one page per section, of which one is
// shown at a time.
class RequestEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RequestEditor(ProjectDocument *document, QWidget *parent = nullptr);

    void setRequestIndex(int index);
    int requestIndex() const { return m_requestIndex; }

    void showSection(SectionId section);
    SectionId currentSection() const;
    // The page of a section, built on first use.
    SectionPage *page(SectionId section);
    // Shows the field's section, scrolls to the field and focuses it.
    void focusField(FieldId field, int item = -1);
    QLineEdit *titleEdit() const { return m_title; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTitle();

    ProjectDocument *m_document;
    int m_requestIndex = -1;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QStackedWidget *m_stack;
    QList<SectionPage *> m_pages; // by section; null until built
    SectionId m_current = SectionId::Case;
};

} // namespace scs

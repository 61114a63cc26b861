#pragma once

#include "model/FieldId.h"

#include <QListWidget>

namespace scs {

class ProjectDocument;

// The sections of the current request, each with its own error and warning
// counts, and a check mark when it is complete with nothing to fix.
class SectionNavigator : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionNavigator(ProjectDocument *document, QWidget *parent = nullptr);

    void setRequestIndex(int index);
    SectionId currentSection() const;
    void setCurrentSection(SectionId section);

Q_SIGNALS:
    void sectionSelected(scs::SectionId section);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ProjectDocument *m_document;
    int m_requestIndex = -1;
};

} // namespace scs

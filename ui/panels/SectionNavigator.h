#pragma once

#include "model/FieldId.h"

#include <QListView>

namespace scs {

class ProjectDocument;
class SectionModel;

// The sections of the current request, each with its own error and warning
// counts, and a check mark when it is complete with nothing to fix: a view
// on a SectionModel. Alt+Up and Alt+Down (and the arrows) change section.
class SectionNavigator : public QListView
{
    Q_OBJECT

public:
    explicit SectionNavigator(ProjectDocument *document, QWidget *parent = nullptr);

    void setRequestIndex(int index);
    SectionId currentSection() const;
    void setCurrentSection(SectionId section);
    SectionModel *sectionModel() const { return m_model; }

Q_SIGNALS:
    void sectionSelected(scs::SectionId section);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    SectionModel *m_model;
};

} // namespace scs

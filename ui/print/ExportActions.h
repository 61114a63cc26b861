#pragma once

#include "report/ReportDocument.h"

#include "actions/WindowActions.h"
#include <QList>

class QAction;
class QMenu;
class QWidget;

namespace scs {

class ProjectDocument;
class ProjectSession;

// File > Print, Print Preview, the case description and audit report
// exports, and Copy Case Description: the work behind those menu entries,
// for the request selected in the editor. The main window adds the actions
// to its menu and tells which request is selected; file names and messages
// go through Dialogs, so its test seams cover these actions too.
class ExportActions : public WindowActions
{
    Q_OBJECT

public:
    ExportActions(ProjectDocument *document, ProjectSession *session, QWidget *window);

    // Adds the actions, with separators, to the end of `menu`.
    void addTo(QMenu *menu);
    QList<QAction *> actions() const;

    // The documents for the current request, in the current UI language.
    ReportDocument caseDescription() const;
    ReportDocument auditReport() const;

public Q_SLOTS:
    // The request to print (index into the project), -1 for none.
    void setCurrentRequest(int index) { m_current = index; }
    void print();
    void printPreview();
    void exportCasePdf();
    void exportCaseText();
    void exportCaseMarkdown();
    void exportAuditPdf();
    void copyCaseDescription();

private:
    void retranslate() override;
    void updateEnabled();
    void exportPdf(const ReportDocument &report, const QString &suffix);
    void exportText(const QString &text, const QString &filter, const QString &suffix);
    QString suggestedName(const QString &suffix) const;

    ProjectDocument *m_document;
    ProjectSession *m_session;
    int m_current = -1;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_casePdf = nullptr;
    QAction *m_caseText = nullptr;
    QAction *m_caseMarkdown = nullptr;
    QAction *m_auditPdf = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace scs

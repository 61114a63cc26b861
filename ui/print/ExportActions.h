#pragma once

#include "report/ReportDocument.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace scs {

class ProjectDocument;
class ProjectSession;

// File > Print, Print Preview, the case description and audit report
// exports, and Copy Case Description: the work behind those menu entries,
// for the request selected in the editor. The main window only adds the
// actions to its menu and lends its dialogs (file names, messages) through
// the hooks, so its test seams cover these actions too.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        // A file name to save to ("" = cancelled).
        std::function<QString(const QString &filter, const QString &suggested)> saveFileName;
        std::function<void(const QString &message)> showError;
        // Whether modal dialogs may be shown (false in tests).
        std::function<bool()> dialogsBlock;
        // The request to print (index into the project), -1 for none.
        std::function<int()> currentRequest;
    };

    ExportActions(ProjectDocument *document, ProjectSession *session, QWidget *window, Hooks hooks);

    // Adds the actions, with separators, to the end of `menu`.
    void addTo(QMenu *menu);
    QList<QAction *> actions() const;

    // The documents for the current request, in the current UI language.
    ReportDocument caseDescription() const;
    ReportDocument auditReport() const;

public Q_SLOTS:
    void print();
    void printPreview();
    void exportCasePdf();
    void exportCaseText();
    void exportCaseMarkdown();
    void exportAuditPdf();
    void copyCaseDescription();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void exportPdf(const ReportDocument &report, const QString &suffix);
    void exportText(const QString &text, const QString &filter, const QString &suffix);
    QString suggestedName(const QString &suffix) const;

    ProjectDocument *m_document;
    ProjectSession *m_session;
    QWidget *m_window;
    Hooks m_hooks;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_casePdf = nullptr;
    QAction *m_caseText = nullptr;
    QAction *m_caseMarkdown = nullptr;
    QAction *m_auditPdf = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace scs

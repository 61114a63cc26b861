#include "ExportActions.h"

#include "Dialogs.h"
#include "ReportPrinter.h"
#include "actions/ProjectFileDialogs.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSession.h"
#include "report/AuditReport.h"
#include "report/CaseDescription.h"
#include "report/MarkdownRenderer.h"
#include "report/PlainTextRenderer.h"
#include "storage/FileOps.h"
#include "storage/ProjectBackend.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace scs {

ExportActions::ExportActions(ProjectDocument *document, ProjectSession *session, QWidget *window)
    : WindowActions(window)
    , m_document(document)
    , m_session(session)
{
    m_print = makeAction(u"printAction"_s, QKeySequence(), this, &ExportActions::print);
    m_print->setShortcut(QKeySequence::Print);
    m_preview = makeAction(u"printPreviewAction"_s, QKeySequence(), this, &ExportActions::printPreview);
    m_casePdf = makeAction(u"exportCasePdfAction"_s, QKeySequence(), this, &ExportActions::exportCasePdf);
    m_caseText = makeAction(u"exportCaseTextAction"_s, QKeySequence(), this, &ExportActions::exportCaseText);
    m_caseMarkdown = makeAction(u"exportCaseMarkdownAction"_s, QKeySequence(), this,
                                &ExportActions::exportCaseMarkdown);
    m_auditPdf = makeAction(u"exportAuditPdfAction"_s, QKeySequence(), this, &ExportActions::exportAuditPdf);
    m_copy = makeAction(u"copyCaseDescriptionAction"_s, QKeySequence(), this,
                        &ExportActions::copyCaseDescription);

    connect(m_document, &ProjectDocument::requestsChanged, this, &ExportActions::updateEnabled);
    connect(m_document, &ProjectDocument::projectReset, this, &ExportActions::updateEnabled);
    retranslate();
    updateEnabled();
}

QList<QAction *> ExportActions::actions() const
{
    return {m_print, m_preview, m_casePdf, m_caseText, m_caseMarkdown, m_auditPdf, m_copy};
}

void ExportActions::addTo(QMenu *menu)
{
    menu->addAction(m_print);
    menu->addAction(m_preview);
    menu->addSeparator();
    menu->addAction(m_casePdf);
    menu->addAction(m_caseText);
    menu->addAction(m_caseMarkdown);
    menu->addAction(m_auditPdf);
    menu->addAction(m_copy);
}

void ExportActions::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_preview->setText(tr("Print Pre&view…"));
    m_casePdf->setText(tr("Export Case Description as P&DF…"));
    m_caseText->setText(tr("Export Case Description as &Text…"));
    m_caseMarkdown->setText(tr("Export Case Description as &Markdown…"));
    m_auditPdf->setText(tr("Export A&udit Report as PDF…"));
    m_copy->setText(tr("&Copy Case Description"));
}

void ExportActions::updateEnabled()
{
    const bool any = m_document->requestCount() > 0;
    for (QAction *action : actions())
        action->setEnabled(any);
}

ReportDocument ExportActions::caseDescription() const
{
    const int index = m_current;
    if (index < 0 || index >= m_document->requestCount())
        return CaseDescription::build(Project {m_document->project().name, {}});
    ReportDocument report = CaseDescription::build(m_document->project(), index);
    report.projectName = m_document->displayName();
    return report;
}

ReportDocument ExportActions::auditReport() const
{
    ReportSource source;
    source.projectName = m_document->displayName();
    source.path = m_document->filePath();
    source.modified = m_document->isModified();
    if (const ProjectBackend *backend = m_session->backend()) {
        const QList<Revision> revisions = backend->revisions(false);
        if (!revisions.isEmpty()) {
            source.revision = revisions.last().number;
            source.time = revisions.last().timeUtc;
        }
    }
    // Unsaved changes: the report is of what is on screen now.
    if (source.modified || !source.time.isValid())
        source.time = QDateTime::currentDateTimeUtc();
    const int index = m_current;
    if (index < 0 || index >= m_document->requestCount())
        return AuditReport::build(Project {m_document->project().name, {}}, source);
    return AuditReport::build(m_document->project(), index, source);
}

QString ExportActions::suggestedName(const QString &suffix) const
{
    const int index = m_current;
    QString name = index >= 0 && index < m_document->requestCount() ? m_document->request(index).title()
                                                                    : m_document->displayName();
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    name = name.replace(unsafe, u"-"_s).trimmed();
    if (name.isEmpty())
        name = CaseDescription::title();
    return name + suffix;
}

void ExportActions::print()
{
    if (!Dialogs::isInteractive())
        return; // printing needs the printer dialog; tests use the preview
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinter::setUpPage(&printer);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportPrinter(caseDescription()).paint(&printer);
}

void ExportActions::printPreview()
{
    // Window-modal and non-blocking: open() returns at once, so a test can
    // inspect and close the dialog.
    auto *dialog = new QPrintPreviewDialog(m_window);
    dialog->setObjectName(u"printPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ReportPrinter::setUpPage(dialog->printer());
    const ReportDocument report = caseDescription();
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [report](QPrinter *printer) { ReportPrinter(report).paint(printer); });
    dialog->open();
}

void ExportActions::exportPdf(const ReportDocument &report, const QString &suffix)
{
    const QString path =
            ProjectFileDialogs::askSave(m_window, m_document, tr("PDF files (*.pdf)"), suggestedName(suffix));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportPrinter(report).writePdf(path, &error))
        Dialogs::warn(m_window, error);
}

void ExportActions::exportCasePdf()
{
    exportPdf(caseDescription(), u".pdf"_s);
}

void ExportActions::exportAuditPdf()
{
    exportPdf(auditReport(), u" - "_s + AuditReport::title() + u".pdf"_s);
}

void ExportActions::exportText(const QString &text, const QString &filter, const QString &suffix)
{
    const QString path = ProjectFileDialogs::askSave(m_window, m_document, filter, suggestedName(suffix));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray data = text.toUtf8();
    if (!FileOps::openPrivate(&file) || file.write(data) != data.size() || !file.commit())
        Dialogs::warn(m_window,
                      tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void ExportActions::exportCaseText()
{
    exportText(PlainTextRenderer::render(caseDescription()), tr("Text files (*.txt)"), u".txt"_s);
}

void ExportActions::exportCaseMarkdown()
{
    exportText(MarkdownRenderer::render(caseDescription()), tr("Markdown files (*.md)"), u".md"_s);
}

void ExportActions::copyCaseDescription()
{
    QGuiApplication::clipboard()->setText(PlainTextRenderer::render(caseDescription()));
}

} // namespace scs

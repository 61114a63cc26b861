#include "RecoveryActions.h"

#include "Dialogs.h"
#include "FileActions.h"
#include "RecoveryDialog.h"
#include "document/ProjectDocument.h"
#include "document/ProjectSession.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QLocale>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace scs {

RecoveryActions::RecoveryActions(ProjectDocument *document, ProjectSession *session, FileActions *files,
                                 QWidget *window)
    : WindowActions(window)
    , m_document(document)
    , m_session(session)
    , m_files(files)
    , m_recover(new QAction(this))
{
    m_recover->setObjectName(u"recoverAction"_s);
    retranslate();
    connect(m_recover, &QAction::triggered, this, &RecoveryActions::recover);
}

void RecoveryActions::addTo(QMenu *menu)
{
    menu->addAction(m_recover);
}

void RecoveryActions::retranslate()
{
    m_recover->setText(tr("Recover Unsaved &Changes…"));
}

void RecoveryActions::offerRecovery()
{
    const QList<RecoveryOffer> offers = m_session->recoveryOffers();
    if (!offers.isEmpty())
        showDialog(offers);
}

void RecoveryActions::recover()
{
    const QList<RecoveryOffer> offers = m_session->recoveryOffers();
    if (offers.isEmpty()) {
        Q_EMIT statusMessage(tr("There are no unsaved changes to recover."), 5000);
        return;
    }
    showDialog(offers);
}

void RecoveryActions::showDialog(const QList<RecoveryOffer> &offers)
{
    auto *dialog = new RecoveryDialog(offers, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::restoreRequested, this, [this, dialog](const RecoveryOffer &offer) {
        if (restore(offer)) {
            dialog->removeOffer(offer.entry.key);
            dialog->accept();
        }
    });
    connect(dialog, &RecoveryDialog::discardRequested, this, [this, dialog](const RecoveryOffer &offer) {
        if (discard(offer)) {
            dialog->removeOffer(offer.entry.key);
            if (dialog->count() == 0)
                dialog->accept();
        }
    });
    if (Dialogs::isInteractive())
        dialog->exec();
    else
        dialog->open(); // modal too, without waiting for it
}

bool RecoveryActions::restore(const RecoveryOffer &offer)
{
    if (!m_files->maybeSave())
        return false;
    QString error;
    int conflicts = 0;
    bool restored = m_session->restore(offer.entry, ProjectSession::ConflictChoice::Ask, &error, &conflicts);
    if (!restored && conflicts > 0) {
        const QMessageBox::StandardButton answer = Dialogs::ask(
                m_window,
                tr("%n answer(s) were changed both in the unsaved changes and in the file since. Which "
                   "should be kept?",
                   nullptr, conflicts),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
                {{QMessageBox::Yes, tr("Keep the &Unsaved Changes")},
                 {QMessageBox::No, tr("Keep What Was &Saved")}});
        if (answer == QMessageBox::Cancel)
            return false;
        error.clear();
        restored = m_session->restore(offer.entry,
                                      answer == QMessageBox::Yes ? ProjectSession::ConflictChoice::KeepCopy
                                                                 : ProjectSession::ConflictChoice::KeepFile,
                                      &error);
    }
    if (!restored) {
        m_files->showError(error);
        return false;
    }
    Q_EMIT requestSelected(m_document->requestCount() > 0 ? 0 : -1);
    Q_EMIT statusMessage(offer.state == RecoveryOffer::FileState::ChangedSince
                                 ? tr("Restored the unsaved changes, merged with what was saved in the file "
                                      "since. Save them to keep them.")
                                 : tr("Restored the unsaved changes. Save them to keep them."),
                         10000);
    return true;
}

bool RecoveryActions::discard(const RecoveryOffer &offer)
{
    const QString name = offer.entry.originalPath.isEmpty()
            ? describeRecoveryOffer(offer).section(u'\n', 0, 0)
            : QDir::toNativeSeparators(offer.entry.originalPath);
    const QMessageBox::StandardButton answer = Dialogs::ask(
            m_window,
            tr("Delete the unsaved changes to %1 from %2 for good? They cannot be restored afterwards.")
                    .arg(name, QLocale().toString(offer.entry.timeUtc.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Discard, tr("&Delete Them")}});
    if (answer != QMessageBox::Discard)
        return false;
    m_session->recoveryStore()->remove(offer.entry.key);
    return true;
}

} // namespace scs

#pragma once

#include "actions/WindowActions.h"

class QAction;
class QMenu;
class QWidget;

namespace scs {

class FileActions;
class ProjectDocument;
class ProjectSession;
struct RecoveryOffer;

// Unsaved changes left by sessions that did not end cleanly: offered at
// start, and from File > Recover Unsaved Changes, in a RecoveryDialog;
// restoring asks which answers to keep when the file changed too, and
// discarding asks first (both through Dialogs).
class RecoveryActions : public WindowActions
{
    Q_OBJECT

public:
    RecoveryActions(ProjectDocument *document, ProjectSession *session, FileActions *files, QWidget *window);

    void addTo(QMenu *menu);
    // At start: the list of copies, when there are any.
    void offerRecovery();

public Q_SLOTS:
    // File > Recover Unsaved Changes: the list, or a word that there is none.
    void recover();

Q_SIGNALS:
    void requestSelected(int index);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void retranslate() override;
    void showDialog(const QList<RecoveryOffer> &offers);
    bool restore(const RecoveryOffer &offer);
    bool discard(const RecoveryOffer &offer);

    ProjectDocument *m_document;
    ProjectSession *m_session;
    FileActions *m_files;
    QAction *m_recover = nullptr;
};

} // namespace scs

#pragma once

#include "document/ProjectSession.h"

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace scs {

// Offered at start (and from File > Recover Unsaved Changes): every
// recovery copy left by a session that did not end cleanly, each named by
// its project file, with when it was made and whether the file was saved
// again since. Restore puts the selected copy back; Discard deletes it
// (after a question that says so); Not Now keeps them all for later.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(const QList<RecoveryOffer> &offers, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    int count() const;
    // The copy was restored or discarded: it leaves the list.
    void removeOffer(const QString &key);
    // One line per copy, as the list shows it (for tests and screen readers).
    QStringList texts() const;

Q_SIGNALS:
    void restoreRequested(const scs::RecoveryOffer &offer);
    void discardRequested(const scs::RecoveryOffer &offer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    const RecoveryOffer *currentOffer() const;

    QList<RecoveryOffer> m_offers;
    QLabel *m_intro;
    QListView *m_list;
    QStandardItemModel *m_model;
    QPushButton *m_restore;
    QPushButton *m_discard;
    QPushButton *m_later;
};

// What the list says about one copy, in the current language.
QString describeRecoveryOffer(const RecoveryOffer &offer);

} // namespace scs

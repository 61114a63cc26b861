#include "RequestActions.h"

#include "Dialogs.h"
#include "document/ProjectDocument.h"
#include "document/RequestOperations.h"
#include "document/SplitCheck.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace scs {

RequestActions::RequestActions(ProjectDocument *document, QWidget *window)
    : WindowActions(window)
    , m_document(document)
{
    m_new = makeAction(u"newRequestAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                       &RequestActions::newRequest);
    m_duplicate = makeAction(u"duplicateRequestAction"_s, QKeySequence(Qt::CTRL | Qt::Key_D), this,
                             &RequestActions::duplicateRequest);
    m_delete = makeAction(u"deleteRequestAction"_s, QKeySequence(), this, &RequestActions::deleteRequest);
    m_split = makeAction(u"splitByCountryAction"_s, QKeySequence(), this, &RequestActions::splitByCountry);

    connect(m_document, &ProjectDocument::fieldChanged, this, [this](int, FieldId field) {
        if (field == FieldId::CaseCountries)
            updateEnabled();
    });
    for (auto signal : {&ProjectDocument::requestsChanged, &ProjectDocument::projectReset})
        connect(m_document, signal, this, &RequestActions::updateEnabled);
    connect(m_document, &ProjectDocument::readOnlyChanged, this, &RequestActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void RequestActions::addTo(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_split);
}

void RequestActions::setCurrentRequest(int index)
{
    m_current = index;
    updateEnabled();
}

void RequestActions::newRequest()
{
    Q_EMIT requestSelected(RequestOperations::addNew(m_document), true);
}

void RequestActions::duplicateRequest()
{
    const int copy = RequestOperations::duplicate(m_document, m_current);
    if (copy >= 0)
        Q_EMIT requestSelected(copy, false);
}

void RequestActions::deleteRequest()
{
    if (m_current < 0 || m_current >= m_document->requestCount())
        return;
    const QString title = m_document->request(m_current).title();
    if (Dialogs::ask(m_window, tr("Delete the request \"%1\"? You can undo this.").arg(title),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        RequestOperations::remove(m_document, m_current);
}

void RequestActions::splitByCountry()
{
    const int index = m_current;
    if (index < 0 || index >= m_document->requestCount())
        return;
    const Request &original = m_document->request(index);
    const int countries = int(original.value(FieldId::CaseCountries).toStringList().size());
    if (countries < 2) {
        Q_EMIT statusMessage(tr("This request names fewer than two countries: nothing to split."), 5000);
        return;
    }
    // Said before, so the user can fix the original first or knows what to
    // check in each new request.
    const QStringList warnings = SplitCheck::warnings(original);
    if (!warnings.isEmpty()) {
        QStringList lines {tr("Split into %n request(s), one per country? These answers do not carry over:",
                              nullptr, countries)};
        for (const QString &warning : warnings)
            lines << u"• "_s + warning;
        if (Dialogs::ask(m_window, lines.join(u'\n'), QMessageBox::Yes | QMessageBox::Cancel,
                         QMessageBox::Cancel, {{QMessageBox::Yes, tr("&Split")}})
            != QMessageBox::Yes)
            return;
    }
    const int made = RequestOperations::splitByCountry(m_document, index);
    Q_EMIT requestSelected(index, false);
    Q_EMIT statusMessage(tr("Split into %n request(s), one per country.", nullptr, made), 5000);
}

void RequestActions::updateEnabled()
{
    const bool has = m_current >= 0 && m_current < m_document->requestCount();
    const bool editable = !m_document->isReadOnly();
    m_new->setEnabled(editable);
    m_duplicate->setEnabled(has && editable);
    m_delete->setEnabled(has && editable);
    m_split->setEnabled(has && editable
                        && m_document->request(m_current).value(FieldId::CaseCountries).toStringList().size()
                                > 1);
}

void RequestActions::retranslate()
{
    m_new->setText(tr("&New Request"));
    m_duplicate->setText(tr("&Duplicate Request"));
    m_delete->setText(tr("De&lete Request…"));
    m_split->setText(tr("&Split By Country"));
}

} // namespace scs

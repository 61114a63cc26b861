#include "HistoryDialog.h"

#include "catalog/Catalog.h"
#include "storage/ChangeText.h"
#include "storage/ProjectBackend.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs {

HistoryDialog::HistoryDialog(const ProjectBackend *backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_restore(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(u"historyDialog"_s);
    m_list->setObjectName(u"revisionList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(4);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_details->setObjectName(u"revisionDetails"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hint->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore->setObjectName(u"restoreRevisionButton"_s);
    m_export->setObjectName(u"exportRevisionButton"_s);
    m_restore->setAutoDefault(false);
    m_export->setAutoDefault(false);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const int revision = selectedRevision())
            Q_EMIT restoreRequested(revision);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const int revision = selectedRevision())
            Q_EMIT exportRequested(revision);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryDialog::showSelection);
    retranslate();
    load();
    resize(820, 560);
}

int HistoryDialog::selectedRevision() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.size() == 1 ? selected.first()->data(0, Qt::UserRole).toInt() : 0;
}

void HistoryDialog::setRestoreEnabled(bool enabled)
{
    m_restoreEnabled = enabled;
    m_restore->setEnabled(enabled && selectedRevision() > 0);
}

QString HistoryDialog::describe(const Change &change)
{
    if (change.kind != Change::Kind::FieldChanged)
        return ChangeText::describe(change);
    const auto field = Catalog::fieldByKey(change.fieldKey);
    const QString label = field ? Catalog::label(*field) : change.fieldKey;
    const QString title =
            change.requestTitle.trimmed().isEmpty() ? tr("(untitled request)") : change.requestTitle;
    //: A field changed in a revision: the request, the field's label, the old and the new value.
    return tr("%1, %2: %3 → %4")
            .arg(title, label, ChangeText::value(change, change.oldValue),
                 ChangeText::value(change, change.newValue));
}

QString HistoryDialog::detailsText() const
{
    return m_details->toPlainText();
}

void HistoryDialog::load()
{
    m_list->clear();
    m_revisions = m_backend->revisions(true);
    const QList<Revision> &revisions = m_revisions;
    // Newest first: people look for what changed lately.
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, it->number);
        item->setText(0, QString::number(it->number));
        item->setText(1, QLocale().toString(it->timeUtc.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, it->hostName.isEmpty() ? it->userName : u"%1@%2"_s.arg(it->userName, it->hostName));
        item->setText(3, ChangeText::summary(it->changes));
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_details->setPlainText(tr("This project has not been saved yet."));
}

void HistoryDialog::showSelection()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    QStringList lines;
    if (selected.size() == 1) {
        const int number = selected.first()->data(0, Qt::UserRole).toInt();
        const auto revision = std::find_if(m_revisions.cbegin(), m_revisions.cend(),
                                           [number](const Revision &r) { return r.number == number; });
        if (revision != m_revisions.cend()) {
            lines << tr("Revision %1, saved %2 by %3")
                             .arg(number)
                             .arg(QLocale().toString(revision->timeUtc.toLocalTime(), QLocale::LongFormat),
                                  revision->userName);
            for (const Change &change : revision->changes)
                lines << describe(change);
        }
    } else if (selected.size() == 2) {
        int from = selected.at(0)->data(0, Qt::UserRole).toInt();
        int to = selected.at(1)->data(0, Qt::UserRole).toInt();
        if (from > to)
            std::swap(from, to);
        lines << tr("Changes from revision %1 to revision %2").arg(from).arg(to);
        if (const std::optional<QList<Change>> changes = m_backend->diff(from, to)) {
            if (changes->isEmpty())
                lines << tr("No differences.");
            for (const Change &change : *changes)
                lines << describe(change);
        } else {
            lines << m_backend->errorString();
        }
    } else if (selected.size() > 2) {
        lines << tr("Select one revision to see its changes, or two to compare them.");
    }
    m_details->setPlainText(lines.join(u'\n'));
    m_restore->setEnabled(m_restoreEnabled && selectedRevision() > 0);
    m_export->setEnabled(selectedRevision() > 0);
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        load();
    }
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslate()
{
    setWindowTitle(tr("Revision History"));
    m_hint->setText(tr("Every save is a revision. Select one to see what it changed, or two (Ctrl+click) to "
                       "compare them."));
    m_list->setHeaderLabels({tr("Revision"), tr("Saved"), tr("By"), tr("Changes")});
    m_restore->setText(tr("&Restore This Revision"));
    m_restore->setToolTip(
            tr("Makes the project what it was in this revision, as an edit you can undo; saving "
               "records it as a new revision."));
    m_export->setText(tr("&Export as JSON…"));
}

} // namespace scs

#include "HistoryDialog.h"

#include "storage/ChangeText.h"
#include "storage/ProjectFile.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

HistoryDialog::HistoryDialog(const ProjectFile *file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
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
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryDialog::showSelection);
    retranslate();
    load();
    resize(820, 560);
}

QString HistoryDialog::detailsText() const
{
    return m_details->toPlainText();
}

void HistoryDialog::load()
{
    m_list->clear();
    const QList<Revision> revisions = m_file->revisions(true);
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
        if (const std::optional<Revision> revision = m_file->revision(number)) {
            lines << tr("Revision %1, saved %2 by %3")
                             .arg(number)
                             .arg(QLocale().toString(revision->timeUtc.toLocalTime(), QLocale::LongFormat),
                                  revision->userName);
            for (const Change &change : revision->changes)
                lines << ChangeText::describe(change);
        }
    } else if (selected.size() == 2) {
        int from = selected.at(0)->data(0, Qt::UserRole).toInt();
        int to = selected.at(1)->data(0, Qt::UserRole).toInt();
        if (from > to)
            std::swap(from, to);
        lines << tr("Changes from revision %1 to revision %2").arg(from).arg(to);
        if (const std::optional<QList<Change>> changes = m_file->diff(from, to)) {
            if (changes->isEmpty())
                lines << tr("No differences.");
            for (const Change &change : *changes)
                lines << ChangeText::describe(change);
        } else {
            lines << m_file->errorString();
        }
    } else if (selected.size() > 2) {
        lines << tr("Select one revision to see its changes, or two to compare them.");
    }
    m_details->setPlainText(lines.join(u'\n'));
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
}

} // namespace scs

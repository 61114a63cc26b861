#include "RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

namespace {
constexpr int KeyRole = Qt::UserRole;

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}
} // namespace

QString describeRecoveryOffer(const RecoveryOffer &offer)
{
    const RecoveryEntry &entry = offer.entry;
    QString name;
    if (!entry.originalPath.isEmpty())
        name = QDir::toNativeSeparators(entry.originalPath);
    else if (!entry.projectName.trimmed().isEmpty())
        name = RecoveryDialog::tr("Untitled project “%1”").arg(entry.projectName.trimmed());
    else
        name = RecoveryDialog::tr("Untitled project");
    QStringList lines {name, RecoveryDialog::tr("Unsaved changes from %1.").arg(when(entry.timeUtc))};
    switch (offer.state) {
    case RecoveryOffer::FileState::Untitled:
    case RecoveryOffer::FileState::Unchanged:
        break;
    case RecoveryOffer::FileState::ChangedSince:
        lines << RecoveryDialog::tr(
                         "The file was saved again on %1 by %2, after these changes began. Restoring "
                         "merges them with what was saved there.")
                         .arg(when(offer.latest.timeUtc), offer.latest.userName);
        break;
    case RecoveryOffer::FileState::Missing:
        lines << RecoveryDialog::tr(
                "The file is no longer there: the changes come back as an untitled project.");
        break;
    case RecoveryOffer::FileState::Unreadable:
        lines << RecoveryDialog::tr("The file cannot be opened now: %1").arg(offer.problem);
        break;
    }
    return lines.join(u'\n');
}

RecoveryDialog::RecoveryDialog(const QList<RecoveryOffer> &offers, QWidget *parent)
    : QDialog(parent)
    , m_offers(offers)
    , m_intro(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_restore(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_later(new QPushButton(this))
{
    setObjectName(u"recoveryDialog"_s);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(u"recoveryIntroLabel"_s);
    m_list->setObjectName(u"recoveryList"_s);
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_restore->setObjectName(u"restoreButton"_s);
    m_discard->setObjectName(u"discardButton"_s);
    m_later->setObjectName(u"notNowButton"_s);
    m_restore->setDefault(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    for (const RecoveryOffer &offer : std::as_const(m_offers)) {
        auto *item = new QStandardItem;
        item->setData(offer.entry.key, KeyRole);
        m_model->appendRow(item);
    }
    m_list->setCurrentIndex(m_model->index(0, 0));
    m_list->setFocus();

    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const RecoveryOffer *offer = currentOffer())
            Q_EMIT restoreRequested(*offer);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (const RecoveryOffer *offer = currentOffer())
            Q_EMIT discardRequested(*offer);
    });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListView::activated, m_restore, &QPushButton::click);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecoveryDialog::updateButtons);
    retranslate();
    updateButtons();
    resize(640, 360);
}

int RecoveryDialog::count() const
{
    return m_model->rowCount();
}

const RecoveryOffer *RecoveryDialog::currentOffer() const
{
    const QString key = m_list->currentIndex().data(KeyRole).toString();
    for (const RecoveryOffer &offer : m_offers) {
        if (offer.entry.key == key)
            return &offer;
    }
    return nullptr;
}

void RecoveryDialog::removeOffer(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(KeyRole).toString() == key) {
            m_model->removeRow(row);
            break;
        }
    }
    m_offers.removeIf([&key](const RecoveryOffer &offer) { return offer.entry.key == key; });
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    retranslate();
    updateButtons();
}

QStringList RecoveryDialog::texts() const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        texts << m_model->item(row)->text();
    return texts;
}

void RecoveryDialog::updateButtons()
{
    const bool has = currentOffer() != nullptr;
    m_restore->setEnabled(has);
    m_discard->setEnabled(has);
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecoveryDialog::retranslate()
{
    setWindowTitle(tr("Recover Unsaved Changes"));
    m_intro->setText(tr("Shortcode Studio did not close properly, and unsaved changes to %n project(s) were "
                        "kept. Restore puts the selected changes back; Not Now keeps them for later (File > "
                        "Recover Unsaved Changes); Discard deletes them for good.",
                        nullptr, m_model->rowCount()));
    m_restore->setText(tr("&Restore"));
    m_discard->setText(tr("&Discard…"));
    m_later->setText(tr("&Not Now"));
    for (int row = 0; row < m_model->rowCount() && row < m_offers.size(); ++row)
        m_model->item(row)->setText(describeRecoveryOffer(m_offers.at(row)));
}

} // namespace scs

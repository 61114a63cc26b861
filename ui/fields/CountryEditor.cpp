#include "CountryEditor.h"

#include "i18n/CountryNames.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

CountryEditor::CountryEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_search(new QLineEdit(this))
    , m_browse(new QToolButton(this))
    , m_list(new QListWidget(this))
    , m_remove(new QToolButton(this))
{
    m_search->setObjectName(objectName() + u"SearchLineEdit"_s);
    // The completer with its ~250 countries is made when the search box is
    // first used: most pages never need it, and start-up should not pay.
    m_search->installEventFilter(this);
    // Room for the long names ("South Georgia and South Sandwich Islands").
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    m_browse->setObjectName(objectName() + u"BrowseButton"_s);
    m_browse->setArrowType(Qt::DownArrow);
    m_browse->setFocusPolicy(Qt::NoFocus);

    m_list->setObjectName(objectName() + u"ListWidget"_s);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 8);
    m_remove->setObjectName(objectName() + u"RemoveButton"_s);
    m_remove->setText(u"−"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(m_search);
    row->addWidget(m_browse);
    row->addStretch();
    layout->addLayout(row);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(listRow);
    setFocusProxy(m_search);
    retranslate();

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Return on a suggestion of the open list reaches the box first; the
        // completer then activates the suggestion, which adds it.
        if (m_completer && m_completer->popup()->isVisible()
            && m_completer->popup()->currentIndex().isValid())
            return;
        addFromText(m_search->text());
    });
    connect(m_browse, &QToolButton::clicked, this, &CountryEditor::showAllCountries);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        QStringList list = codes();
        list.removeAt(row);
        Q_EMIT edited(FieldValue(list));
    });
}

bool CountryEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search) {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)
            completer();
        // Down in an empty box opens the whole list, as a combo box would.
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
            && m_search->text().isEmpty()) {
            showAllCountries();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

QCompleter *CountryEditor::completer()
{
    if (!m_completer) {
        // In the language of the interface ("日本 (JP)"), sorted for it.
        QStringList names;
        const QList<countries::Country> &all = countries::all();
        names.reserve(all.size());
        for (const countries::Country &country : all)
            names << countries::displayName(country);
        m_completer = new QCompleter(names, this);
        m_completer->setObjectName(objectName() + u"Completer"_s);
        // Find by any part of the name or the code, ignoring case.
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_completer->setMaxVisibleItems(12);
        m_search->setCompleter(m_completer);
        // Choosing from the list (type "jap", pick "Japan (JP)"): added once
        // the completer has put the text in the box.
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
                [this](const QString &text) {
                    QMetaObject::invokeMethod(
                            this, [this, text] { addFromText(text); }, Qt::QueuedConnection);
                });
    }
    return m_completer;
}

void CountryEditor::showAllCountries()
{
    m_search->setFocus(Qt::OtherFocusReason);
    QCompleter *list = completer();
    list->setCompletionPrefix(m_search->text());
    list->complete();
}

void CountryEditor::addFromText(const QString &text)
{
    const QString code = countries::codeFor(text);
    if (code.isEmpty()) {
        if (!text.trimmed().isEmpty())
            m_search->selectAll(); // not a country: leave it to be corrected
        return;
    }
    m_search->clear();
    if (codes().contains(code))
        return;
    Q_EMIT edited(FieldValue(codes() << code));
}

QStringList CountryEditor::codes() const
{
    QStringList list;
    for (int i = 0; i < m_list->count(); ++i)
        list << m_list->item(i)->data(Qt::UserRole).toString();
    return list;
}

void CountryEditor::setValue(const FieldValue &value)
{
    const QStringList list = value.toStringList();
    if (list == codes())
        return;
    m_list->clear();
    for (const QString &code : list) {
        auto *item = new QListWidgetItem(countries::displayName(code), m_list);
        item->setData(Qt::UserRole, code);
    }
    m_remove->setEnabled(!list.isEmpty());
}

void CountryEditor::focusEditor(int item)
{
    if (item >= 0 && item < m_list->count()) {
        m_list->setCurrentRow(item);
        m_list->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_search->setFocus(Qt::OtherFocusReason);
}

void CountryEditor::retranslate()
{
    m_search->setPlaceholderText(tr("Add a country: type its name or code"));
    m_browse->setToolTip(tr("Show all countries"));
    m_remove->setToolTip(tr("Remove the selected country"));
    // Country names follow the language: the chosen ones now, the list to
    // pick from when it is next opened.
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setText(countries::displayName(m_list->item(i)->data(Qt::UserRole).toString()));
    if (m_completer) {
        m_search->setCompleter(nullptr);
        m_completer->deleteLater();
        m_completer = nullptr;
    }
}

} // namespace scs

#include "CountryEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

const QList<std::pair<QString, QString>> &CountryEditor::allCountries()
{
    static const QList<std::pair<QString, QString>> countries = [] {
        QList<std::pair<QString, QString>> list;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            // Two letters only: the list also has regions such as "419".
            if (code.size() != 2 || !code.at(0).isLetter())
                continue;
            list.append({code, QLocale::territoryToString(territory)});
        }
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        return list;
    }();
    return countries;
}

QString CountryEditor::countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return u"%1 (%2)"_s.arg(QLocale::territoryToString(territory), code);
}

CountryEditor::CountryEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_search(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_remove(new QToolButton(this))
{
    m_search->setObjectName(objectName() + u"SearchComboBox"_s);
    m_search->setEditable(true);
    m_search->setInsertPolicy(QComboBox::NoInsert);
    m_search->addItem(QString());
    // The ~250 countries are added when the search box is first used:
    // most pages never need them, and start-up should not pay for them.
    m_search->installEventFilter(this);
    m_search->lineEdit()->installEventFilter(this);
    // Find by any part of the name or the code, ignoring case.
    m_search->completer()->setFilterMode(Qt::MatchContains);
    m_search->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_search->setMinimumContentsLength(40);

    m_list->setObjectName(objectName() + u"ListWidget"_s);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 8);
    m_remove->setObjectName(objectName() + u"RemoveButton"_s);
    m_remove->setText(u"−"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_search);
    row->addStretch();
    layout->addLayout(row);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(listRow);
    setFocusProxy(m_search);
    retranslate();

    connect(m_search, &QComboBox::activated, this, [this] { addFromSearch(); });
    // Choosing from the completer's list (type "jap", pick "Japan (JP)").
    connect(m_search->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                m_search->setEditText(text);
                addFromSearch();
            });
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
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)
        ensureCountries();
    return FieldEditor::eventFilter(watched, event);
}

void CountryEditor::ensureCountries()
{
    if (m_search->count() > 1)
        return;
    const QSignalBlocker blocker(m_search);
    const QString typed = m_search->currentText();
    for (const auto &[code, name] : allCountries())
        m_search->addItem(u"%1 (%2)"_s.arg(name, code), code);
    m_search->setCurrentIndex(0);
    m_search->setEditText(typed);
}

void CountryEditor::addFromSearch()
{
    ensureCountries();
    const QString text = m_search->currentText().trimmed();
    const int index = text.isEmpty() ? -1 : m_search->findText(text, Qt::MatchFixedString);
    QString code = index > 0 ? m_search->itemData(index).toString() : QString();
    if (code.isEmpty()) {
        // Typed a code that is not selected in the list: accept "us" as "US".
        const QString typed = m_search->currentText().trimmed().toUpper();
        if (typed.size() == 2 && QLocale::codeToTerritory(typed) != QLocale::AnyTerritory)
            code = typed;
    }
    m_search->setCurrentIndex(0);
    m_search->clearEditText();
    if (code.isEmpty() || codes().contains(code))
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
        auto *item = new QListWidgetItem(countryName(code), m_list);
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
    m_search->lineEdit()->setPlaceholderText(tr("Add a country: type its name or code"));
    m_remove->setToolTip(tr("Remove the selected country"));
}

} // namespace scs

#pragma once

#include "FieldEditor.h"

class QCompleter;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace scs {

// ISO 3166-1 alpha-2 countries: a search box that finds a country by name
// or code as you type (or lists them all from its arrow button or the Down
// key), and the list of the chosen ones.
class CountryEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit CountryEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCompleter *completer();
    void showAllCountries();
    void addFromText(const QString &text);
    QStringList codes() const;

    QLineEdit *m_search;
    QToolButton *m_browse;
    QCompleter *m_completer = nullptr;
    QListWidget *m_list;
    QToolButton *m_remove;
};

} // namespace scs

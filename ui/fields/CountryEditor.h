#pragma once

#include "FieldEditor.h"

class QComboBox;
class QListWidget;
class QToolButton;

namespace scs {

// ISO 3166-1 alpha-2 countries: a search box that finds a country by name
// or code, and the list of the chosen ones.
class CountryEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit CountryEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;

    // "United States (US)"; the code itself when Qt does not know it.
    static QString countryName(const QString &code);
    // Every country Qt knows, as (code, name), sorted by name.
    static const QList<std::pair<QString, QString>> &allCountries();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensureCountries();
    void addFromSearch();
    QStringList codes() const;

    QComboBox *m_search;
    QListWidget *m_list;
    QToolButton *m_remove;
};

} // namespace scs

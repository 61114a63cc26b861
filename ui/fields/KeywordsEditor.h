#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace scs {

// A keywords field (signup.join_keywords): one line of words separated by
// commas or spaces. Keywords are stored as carriers register them, in upper
// case (full-width letters typed with a Japanese input method become the
// ASCII ones), each once; the line shows them so when the user leaves it.
class KeywordsEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit KeywordsEditor(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const FieldValue &value) override;
    void focusEditor(int item = -1) override;
    void retranslate() override;
    QLineEdit *lineEdit() const { return m_edit; }

    // "join, Alerts  ＮＥＷＳ" -> {"JOIN", "ALERTS", "NEWS"}.
    static QStringList parse(const QString &text);
    // {"JOIN", "START"} -> "JOIN, START".
    static QString format(const QStringList &keywords);

private:
    QLineEdit *m_edit;
};

} // namespace scs

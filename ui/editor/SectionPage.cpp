#include "SectionPage.h"

#include "FieldRow.h"
#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "document/UndoCommands.h"
#include "fields/FieldEditor.h"
#include "fields/TextEditor.h"
#include "widgets/Mnemonics.h"
#include "widgets/WrapLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

SectionPage::SectionPage(SectionId section, ProjectDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_section(section)
    , m_document(document)
    , m_title(new QLabel)
    , m_help(new WrapLabel)
{
    setObjectName(QString::fromLatin1(Catalog::section(section).key) + u"SectionPage"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab goes to the fields, not to the scroll area around them.
    setFocusPolicy(Qt::NoFocus);

    // A child from the start, so that its fields follow the page in the
    // window's focus chain (a parentless widget joins it at the end).
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    // A larger size of the same face, not bold: a bold face is another
    // font file to open and shape with when the window opens.
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"sectionTitleLabel"_s);
    m_help->setObjectName(u"sectionHelpLabel"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_help);

    if (section == SectionId::Requests) {
        auto *fixed = new QFormLayout;
        for (std::size_t i = 0; i < Catalog::fixedRequestValueDefs().size(); ++i) {
            auto *label = new QLabel(content);
            auto *value = new QLabel(content);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            fixed->addRow(label, value);
            m_fixedValues.append(std::pair {label, value});
        }
        layout->addLayout(fixed);
    }

    for (const FieldDef &field : Catalog::fieldsOf(section)) {
        auto *row = new FieldRow(field, content);
        m_rows.insert(field.id, row);
        layout->addWidget(row);
        const FieldId id = field.id;
        connect(row->editor(), &FieldEditor::edited, this, [this, id](const FieldValue &value) {
            if (m_requestIndex < 0)
                return;
            if (m_document->isReadOnly()) {
                showValue(id); // nothing is taken in: the editor shows the model again
                return;
            }
            // An emptied text is an unset value (FieldValue::normalized()).
            if (m_document->request(m_requestIndex).value(id).normalized() == value.normalized())
                return;
            m_document->undoStack()->push(new SetFieldCommand(m_document, m_requestIndex, id, value));
        });
        connect(row->editor(), &FieldEditor::replaced, this, [this, id](const FieldValue &value) {
            if (m_requestIndex < 0 || m_document->isReadOnly())
                return;
            auto *command = new SetFieldCommand(m_document, m_requestIndex, id, value, false);
            command->setText(tr("Replace characters with GSM-7"));
            m_document->undoStack()->push(command);
        });
    }
    layout->addStretch();
    setWidget(content);

    connect(m_document, &ProjectDocument::fieldChanged, this, [this](int request, FieldId field) {
        if (request != m_requestIndex)
            return;
        if (m_rows.contains(field))
            showValue(field);
        if (field == FieldId::SignupOptinKeyword)
            updateKeyword();
        updateConditions();
    });
    connect(m_document, &ProjectDocument::findingsChanged, this, [this](int request) {
        if (request == m_requestIndex)
            updateFindings();
    });
    connect(m_document, &ProjectDocument::readOnlyChanged, this, &SectionPage::setReadOnly);
    setReadOnly(m_document->isReadOnly());
    retranslate();
}

void SectionPage::setRequestIndex(int index)
{
    m_requestIndex = index;
    setEnabled(index >= 0);
    loadValues();
}

QString SectionPage::reservedMnemonics()
{
    //: Letters the field labels of a page must not use as mnemonics: those of
    //: the menus (File, Edit, Request, View, Help), "Request title", "Show
    //: rule ids" and "Save As" in this language.
    return tr("FERVHTIA");
}

void SectionPage::setReadOnly(bool readOnly)
{
    for (FieldRow *row : std::as_const(m_rows))
        row->editor()->setReadOnly(readOnly);
}

void SectionPage::loadValues()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        showValue(it.key());
    updateConditions();
    updateFindings();
    updateKeyword();
}

void SectionPage::updateKeyword()
{
    const QString keyword = m_requestIndex >= 0
            ? m_document->request(m_requestIndex).text(FieldId::SignupOptinKeyword)
            : QString();
    for (FieldRow *row : std::as_const(m_rows)) {
        row->editor()->setOptInKeyword(keyword);
    }
}

void SectionPage::showValue(FieldId field)
{
    FieldRow *row = m_rows.value(field);
    if (!row)
        return;
    const FieldValue value =
            m_requestIndex >= 0 ? m_document->request(m_requestIndex).value(field) : FieldValue();
    const QSignalBlocker blocker(row->editor());
    row->editor()->setValue(value);
}

void SectionPage::updateConditions()
{
    for (FieldRow *row : std::as_const(m_rows)) {
        const FieldDef &def = Catalog::field(row->field());
        if (def.requirement != Requirement::Conditional)
            continue;
        // A conditional field is shown while its condition holds, and also
        // while it still holds text, so nothing typed disappears silently.
        const bool visible = m_requestIndex >= 0
                && (Catalog::isRequired(m_document->request(m_requestIndex), def.id)
                    || !m_document->request(m_requestIndex).value(def.id).isEmpty());
        row->setVisible(visible);
    }
}

void SectionPage::updateFindings()
{
    QHash<FieldId, QList<Finding>> byField;
    if (m_requestIndex >= 0) {
        for (const Finding &finding : m_document->findings(m_requestIndex))
            byField[finding.field].append(finding);
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        it.value()->setFindings(byField.value(it.key()));
}

void SectionPage::focusField(FieldId field, int item)
{
    FieldRow *row = m_rows.value(field);
    if (!row)
        return;
    row->setVisible(true);
    ensureWidgetVisible(row, 0, 24);
    row->editor()->focusEditor(item);
}

void SectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void SectionPage::retranslate()
{
    // Every label gets a mnemonic of its own on the page, in the order of
    // the fields, in whatever language; the letters the window uses (menus,
    // the request title, the findings panel, the read-only bar) are taken.
    QList<FieldRow *> rows;
    QStringList labels;
    for (const FieldDef &field : Catalog::fieldsOf(m_section)) {
        if (FieldRow *row = m_rows.value(field.id)) {
            rows << row;
            labels << row->labelText();
        }
    }
    const QStringList marked = withMnemonics(labels, reservedMnemonics());
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows.at(i)->setLabel(marked.at(i));
    m_title->setText(Catalog::sectionTitle(m_section));
    m_help->setText(Catalog::sectionHelp(m_section));
    m_help->setVisible(!m_help->text().isEmpty());
    const auto fixed = Catalog::fixedRequestValues();
    for (int i = 0; i < m_fixedValues.size() && i < fixed.size(); ++i) {
        m_fixedValues[i].first->setText(fixed.at(i).first);
        m_fixedValues[i].second->setText(fixed.at(i).second);
    }
}

} // namespace scs

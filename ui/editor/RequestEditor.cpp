#include "RequestEditor.h"

#include "SectionPage.h"
#include "catalog/Catalog.h"
#include "document/ProjectDocument.h"
#include "document/UndoCommands.h"
#include "widgets/UndoShortcuts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

RequestEditor::RequestEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"requestEditor"_s);
    m_title->setObjectName(u"requestTitleLineEdit"_s);
    m_titleLabel->setBuddy(m_title);
    leaveUndoToWindow(m_title);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(16, 8, 16, 0);
    header->addWidget(m_titleLabel);
    header->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    // Pages are built when first shown: start-up builds one page, not
    // eleven (and loads the highlighting definitions only with a message).
    // The stack holds the pages built so far, in the order they were built.
    m_pages.resize(qsizetype(Catalog::sections().size()), nullptr);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (m_requestIndex >= 0 && !m_document->isReadOnly())
            m_document->undoStack()->push(new SetTitleCommand(m_document, m_requestIndex, title));
    });
    connect(m_document, &ProjectDocument::readOnlyChanged, m_title, &QLineEdit::setReadOnly);
    connect(m_document, &ProjectDocument::titleChanged, this, [this](int request) {
        if (request == m_requestIndex)
            showTitle();
    });
    retranslate();
    setRequestIndex(-1);
}

void RequestEditor::setRequestIndex(int index)
{
    m_requestIndex = index;
    setEnabled(index >= 0);
    showTitle();
    for (SectionPage *page : std::as_const(m_pages)) {
        if (page)
            page->setRequestIndex(index);
    }
    // The page on screen exists; before there is a request or a window to
    // show it in, it waits (the main window is assembled around an empty
    // editor, and the page is laid out once, for the real request).
    if (index >= 0 || isVisible())
        page(currentSection());
}

void RequestEditor::showEvent(QShowEvent *event)
{
    page(currentSection());
    QWidget::showEvent(event);
}

void RequestEditor::showTitle()
{
    const QString title = m_requestIndex >= 0 ? m_document->request(m_requestIndex).title() : QString();
    if (m_title->text() != title)
        m_title->setText(title);
}

void RequestEditor::showSection(SectionId section)
{
    m_current = section;
    m_stack->setCurrentWidget(page(section));
}

SectionId RequestEditor::currentSection() const
{
    return m_current;
}

SectionPage *RequestEditor::page(SectionId section)
{
    const auto index = qsizetype(section);
    if (!m_pages.at(index)) {
        auto *page = new SectionPage(section, m_document, m_stack);
        page->setRequestIndex(m_requestIndex);
        m_stack->addWidget(page);
        // Tab goes from the title into the page, then on to the findings:
        // a page built later would otherwise come last in the focus chain.
        QList<QWidget *> stops;
        for (QWidget *w = window()->nextInFocusChain(); w != window(); w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                stops << w;
        }
        QWidget *previous = m_title;
        for (QWidget *stop : std::as_const(stops)) {
            QWidget::setTabOrder(previous, stop);
            previous = stop;
        }
        m_pages[index] = page;
        // The first page added becomes the current one; keep the one shown.
        if (m_pages.at(qsizetype(m_current)))
            m_stack->setCurrentWidget(m_pages.at(qsizetype(m_current)));
    }
    return m_pages.at(index);
}

void RequestEditor::focusField(FieldId field, int item)
{
    const SectionId section = Catalog::field(field).section;
    showSection(section);
    page(section)->focusField(field, item);
}

void RequestEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestEditor::retranslate()
{
    m_titleLabel->setText(tr("Request &title:"));
    m_title->setPlaceholderText(tr("e.g. US delivery alerts"));
}

} // namespace scs

#include "SectionNavigator.h"

#include "models/SectionModel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

// A frame around the current section while the navigator has the focus:
// styles draw the selection alike with and without it, and a keyboard user
// needs to see where the arrows go.
class FocusFrameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!(option.state & QStyle::State_HasFocus))
            return;
        painter->save();
        QPen pen(option.palette.color(QPalette::Active, QPalette::HighlightedText), 2);
        pen.setStyle(Qt::DotLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(2, 2, -2, -2));
        painter->restore();
    }
};

} // namespace

SectionNavigator::SectionNavigator(ProjectDocument *document, QWidget *parent)
    : QListView(parent)
    , m_model(new SectionModel(document, this))
{
    setObjectName(u"sectionNavigator"_s);
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(false);
    setWordWrap(true);
    setSpacing(1);
    setItemDelegate(new FocusFrameDelegate(this));
    setCurrentIndex(m_model->index(0));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT sectionSelected(SectionModel::sectionAt(current.row()));
    });
}

void SectionNavigator::setRequestIndex(int index)
{
    m_model->setRequestIndex(index);
}

SectionId SectionNavigator::currentSection() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? SectionModel::sectionAt(current.row()) : SectionId::Case;
}

void SectionNavigator::setCurrentSection(SectionId section)
{
    setCurrentIndex(m_model->index(SectionModel::rowOf(section)));
}

void SectionNavigator::keyPressEvent(QKeyEvent *event)
{
    // Alt+Up/Down as in a list of pages (the window's Ctrl+PgUp/PgDn do the
    // same from anywhere).
    if (event->modifiers() == Qt::AltModifier
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int row = currentIndex().row() + (event->key() == Qt::Key_Up ? -1 : 1);
        if (row >= 0 && row < m_model->rowCount())
            setCurrentIndex(m_model->index(row));
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void SectionNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QListView::changeEvent(event);
}

} // namespace scs

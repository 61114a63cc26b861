#include "FieldRow.h"

#include "fields/FieldEditor.h"
#include "widgets/MarkIcons.h"
#include "widgets/UndoShortcuts.h"
#include "widgets/WrapLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace scs {

FieldRow::FieldRow(const FieldDef &field, QWidget *parent)
    : QWidget(parent)
    , m_field(&field)
    , m_label(new WrapLabel(this))
    , m_help(new WrapLabel(this))
    , m_marker(new QLabel(this))
    , m_editor(FieldEditor::create(field, this))
{
    setObjectName(QString::fromLatin1(field.key) + u"Row"_s);
    m_label->setObjectName(u"fieldLabel"_s);
    m_help->setObjectName(u"helpLabel"_s);
    m_marker->setObjectName(u"markerLabel"_s);
    m_label->setBuddy(m_editor);
    leaveUndoToWindowIn(m_editor);
    setLabel(labelText()); // the page gives it a mnemonic
    m_help->setTextFormat(Qt::PlainText);
    // Dimmed, in the same font as the rest: a smaller size would cost a
    // font of its own when the window opens.
    m_help->setForegroundRole(QPalette::PlaceholderText);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_marker->setFixedSize(icon, icon);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_marker, 0, 0, Qt::AlignTop);
    layout->addWidget(m_label, 0, 1);
    layout->addWidget(m_editor, 1, 1);
    layout->addWidget(m_help, 2, 1);
    layout->setColumnStretch(1, 1);
    retranslate();
}

void FieldRow::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    int worst = -1;
    QStringList lines;
    for (const Finding &finding : findings) {
        worst = std::max(worst, int(finding.severity));
        lines << u"%1: %2"_s.arg(severityLabel(finding.severity), finding.text());
    }
    m_markerSeverity = worst;
    const int size = m_marker->width();
    m_marker->setPixmap(worst < 0 ? QPixmap() : severityIcon(Severity(worst)).pixmap(size, size));
    m_marker->setToolTip(lines.join(u'\n'));
}

void FieldRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setFindings(m_findings);
    }
    QWidget::changeEvent(event);
}

QString FieldRow::labelText() const
{
    return Catalog::label(m_field->id);
}

void FieldRow::setLabel(const QString &textWithMnemonic)
{
    // The mark says "the carriers need this"; conditional fields only show
    // while their condition holds, so they are marked too.
    m_label->setText(m_field->requirement == Requirement::Optional ? textWithMnemonic
                                                                   : tr("%1 *").arg(textWithMnemonic));
}

void FieldRow::retranslate()
{
    m_label->setToolTip(QString());
    const QString help = Catalog::help(m_field->id);
    m_help->setText(help);
    m_help->setVisible(!help.isEmpty());
    m_editor->setToolTip(help);
}

} // namespace scs

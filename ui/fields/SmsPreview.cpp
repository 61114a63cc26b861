#include "SmsPreview.h"

#include "sms/SmsAnalysis.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

QString describe(char32_t codePoint)
{
    const QString character = QString::fromUcs4(&codePoint, 1);
    const QString code = u"U+%1"_s.arg(uint(codePoint), 4, 16, QChar(u'0')).toUpper();
    // Invisible characters are shown by their code alone.
    if (codePoint <= 0x20 || codePoint == 0xA0 || (codePoint >= 0x2000 && codePoint <= 0x200F)
        || codePoint == 0x202F || codePoint == 0xFEFF)
        return code;
    return u"%1 (%2)"_s.arg(character, code);
}

} // namespace

SmsPreview::SmsPreview(QPlainTextEdit *edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_summary(new QLabel(this))
    , m_nonGsm(new QLabel(this))
    , m_replace(new QPushButton(this))
{
    setObjectName(u"smsPreview"_s);
    m_summary->setObjectName(u"smsSummaryLabel"_s);
    m_nonGsm->setObjectName(u"nonGsmLabel"_s);
    m_nonGsm->setWordWrap(true);
    m_nonGsm->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replace->setObjectName(u"replaceNonGsmButton"_s);
    m_replace->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    auto *row = new QHBoxLayout;
    row->addWidget(m_nonGsm, 1);
    row->addWidget(m_replace, 0, Qt::AlignTop);
    layout->addLayout(row);

    connect(m_replace, &QPushButton::clicked, this, [this] {
        const QString replaced = sms::replaceNonGsm(m_text);
        if (replaced != m_text)
            Q_EMIT replaceRequested(replaced);
    });
    update(QString());
}

QString SmsPreview::summaryText() const
{
    return m_summary->text();
}

void SmsPreview::update(const QString &text)
{
    m_text = text;
    const sms::Analysis analysis = sms::analyze(text);
    m_summary->setText(
            tr("%1 · %n character(s)", nullptr, analysis.characters).arg(sms::encodingName(analysis.encoding))
            + u" · "_s + tr("%n unit(s)", nullptr, analysis.units) + u" · "_s
            + tr("%n segment(s)", nullptr, analysis.segments) + u" · "_s
            + tr("%n left in this segment", nullptr, analysis.unitsLeft));

    int replaceable = 0;
    QStringList shown;
    for (const sms::NonGsmCharacter &character : analysis.nonGsm) {
        shown << describe(character.codePoint);
        if (character.hasReplacement)
            ++replaceable;
    }
    m_nonGsm->setVisible(!shown.isEmpty());
    m_nonGsm->setText(tr("Needs UCS-2 because of: %1").arg(shown.join(u"  "_s)));
    m_replace->setVisible(replaceable > 0);
    m_replace->setText(tr("Replace %n with GSM-7", nullptr, replaceable));
    m_replace->setToolTip(tr("Replace curly quotes, dashes, ellipses and similar characters with their GSM-7 "
                             "equivalents, so the message is sent as GSM-7 and costs less."));
}

void SmsPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update(m_text);
    QWidget::changeEvent(event);
}

} // namespace scs

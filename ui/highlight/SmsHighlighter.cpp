#include "SmsHighlighter.h"

#include "SyntaxRepository.h"
#include "fields/DocumentText.h"
#include "sms/SmsAnalysis.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace scs {

SmsHighlighter::SmsHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(syntaxRepository().definitionForName(u"SMS"_s));
    setPalette(QPalette());
    connect(document, &QTextDocument::contentsChanged, this, &SmsHighlighter::documentChanged);
    documentChanged();
}

SmsHighlighter::~SmsHighlighter()
{
    // QSyntaxHighlighter's destructor clears the formats, which changes the
    // document; our members are gone by then, so stop listening first.
    if (document())
        disconnect(document(), nullptr, this, nullptr);
}

bool SmsHighlighter::definitionLoaded() const
{
    return definition().isValid() && definition().name() == u"SMS";
}

void SmsHighlighter::setPalette(const QPalette &palette)
{
    setTheme(syntaxRepository().themeForPalette(palette));
    // A tint that reads on light and dark bases alike.
    QColor tint = palette.color(QPalette::Highlight);
    tint.setAlpha(40);
    m_segmentTint = tint;
    m_keywordFormat = QTextCharFormat();
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_keywordFormat.setForeground(
            QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::ControlFlow)));
    rehighlight();
}

void SmsHighlighter::setOptInKeyword(const QString &keyword)
{
    const QString trimmed = keyword.trimmed();
    if (trimmed == m_keyword)
        return;
    m_keyword = trimmed;
    rehighlight();
}

void SmsHighlighter::documentChanged()
{
    const QList<qsizetype> boundaries = sms::analyze(documentText(document())).boundaries;
    // Sizes first: Qt 6.4's QList::operator== hands memcmp a null pointer
    // for two empty lists (undefined behaviour that UBSan reports).
    if (boundaries.size() == m_boundaries.size()
        && std::equal(boundaries.cbegin(), boundaries.cend(), m_boundaries.cbegin()))
        return;
    m_boundaries = boundaries;
    // Boundaries move in blocks the edit did not touch: re-highlight them
    // once the document has settled.
    QMetaObject::invokeMethod(this, &SmsHighlighter::rehighlight, Qt::QueuedConnection);
}

void SmsHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const qsizetype blockStart = currentBlock().position();

    // The request's own opt-in keyword, as a whole word, ignoring case.
    if (!m_keyword.isEmpty()) {
        qsizetype from = 0;
        while ((from = text.indexOf(m_keyword, from, Qt::CaseInsensitive)) >= 0) {
            const qsizetype end = from + m_keyword.size();
            const bool startsWord = from == 0 || !text.at(from - 1).isLetterOrNumber();
            const bool endsWord = end >= text.size() || !text.at(end).isLetterOrNumber();
            if (startsWord && endsWord) {
                QTextCharFormat merged = format(int(from));
                merged.merge(m_keywordFormat);
                setFormat(int(from), int(m_keyword.size()), merged);
            }
            from = end;
        }
    }

    // Tint the even segments (2nd, 4th, ...) over their whole extent.
    for (int i = 0; i < m_boundaries.size(); i += 2) {
        const qsizetype segmentStart = m_boundaries.at(i);
        const qsizetype segmentEnd =
                i + 1 < m_boundaries.size() ? m_boundaries.at(i + 1) : blockStart + text.size();
        const qsizetype start = std::max(segmentStart, blockStart) - blockStart;
        const qsizetype end = std::min<qsizetype>(segmentEnd, blockStart + text.size()) - blockStart;
        for (qsizetype pos = start; pos < end; ++pos) {
            QTextCharFormat merged = format(int(pos));
            merged.setBackground(m_segmentTint);
            setFormat(int(pos), 1, merged);
        }
    }
}

} // namespace scs

#include "WrapLabel.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStyle>
#include <QTextBoundaryFinder>

#include <cmath>

namespace scs {

namespace {
// The width a wrapped label asks for before its layout gives it one: about
// sixty characters, a comfortable line to read.
constexpr int preferredCharacters = 60;

// The advance of each character in each font, shared by all labels: help
// texts repeat the same few dozen letters.
using Advances = QHash<char16_t, qreal>;

Advances &advancesOf(const QFont &font)
{
    static QHash<QString, Advances> cache;
    return cache[font.key()];
}

qreal advance(const QFontMetricsF &metrics, Advances &advances, QChar c)
{
    auto it = advances.constFind(c.unicode());
    if (it == advances.cend())
        it = advances.insert(c.unicode(), metrics.horizontalAdvance(c));
    return *it;
}

bool isForcedLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

bool isBreakingSpace(QChar c)
{
    return c.isSpace() && c != QChar::Nbsp;
}
} // namespace

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

QMargins WrapLabel::frameMargins() const
{
    // contentsRect() is the widget less its frame and contents margins;
    // margin() and indent() narrow it further, as QLabel does.
    const QMargins contents = contentsMargins();
    const int m = std::max(margin(), 0);
    const int ind = std::max(indent(), 0);
    return {contents.left() + m + ind, contents.top() + m, contents.right() + m, contents.bottom() + m};
}

QString WrapLabel::shownText() const
{
    measureIfNeeded();
    return m_text;
}

void WrapLabel::measureIfNeeded() const
{
    if (m_measured && m_source == text() && m_font == font())
        return;
    m_source = text();
    m_text = m_source;
    m_mnemonic = -1;
    if (buddy() && m_source.contains(u'&')) {
        // As QLabel shows a mnemonic: "&&" is one '&', "&x" an underlined x.
        m_text.clear();
        for (qsizetype i = 0; i < m_source.size(); ++i) {
            if (m_source.at(i) == u'&' && i + 1 < m_source.size()) {
                ++i;
                if (m_source.at(i) != u'&' && m_mnemonic < 0)
                    m_mnemonic = m_text.size();
            }
            m_text += m_source.at(i);
        }
    }
    m_font = font();
    m_measured = true;
    ++m_measures;
    m_breaks.clear();
    m_startX.clear();
    m_endX.clear();
    m_mandatory.clear();
    m_naturalWidth = 0;
    m_widestWord = 0;

    // The x of every position in one unbroken line, from the advance of each
    // character: no shaping, which is what makes QLabel slow. Kerning is left
    // out, so a line is measured a hair wider than it draws, never narrower
    // in practice; lines are painted one by one from these breaks.
    const QFontMetricsF metrics(m_font);
    Advances &advances = advancesOf(m_font);
    const qsizetype size = m_text.size();
    QList<qreal> x(size + 1, 0);
    for (qsizetype i = 0; i < size;) {
        const QChar c = m_text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && m_text.at(i + 1).isLowSurrogate()) {
            x[i + 1] = x[i];
            x[i + 2] = x[i] + metrics.horizontalAdvance(m_text.mid(i, 2));
            i += 2;
            continue;
        }
        x[i + 1] = x[i] + (isForcedLineEnd(c) ? 0 : advance(metrics, advances, c));
        ++i;
    }

    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, m_text);
    for (qsizetype position = 0; position >= 0; position = finder.toNextBoundary()) {
        if (!finder.isAtBoundary() && position != 0 && position != m_text.size())
            continue;
        qsizetype end = position;
        while (end > 0 && isBreakingSpace(m_text.at(end - 1)))
            --end;
        const bool mandatory = position == size || (position > 0 && isForcedLineEnd(m_text.at(position - 1)))
                || finder.boundaryReasons().testFlag(QTextBoundaryFinder::MandatoryBreak);
        m_breaks.append(position);
        m_startX.append(x.at(position));
        m_endX.append(x.at(end));
        m_mandatory.append(mandatory);
        if (position == size)
            break;
    }
    for (qsizetype i = 1; i < m_breaks.size(); ++i)
        m_widestWord = std::max(m_widestWord, m_endX.at(i) - m_startX.at(i - 1));
    // The widest line when nothing but the forced line ends breaks it.
    qsizetype lineStart = 0;
    for (qsizetype i = 1; i < m_breaks.size(); ++i) {
        if (m_mandatory.at(i)) {
            m_naturalWidth = std::max(m_naturalWidth, m_endX.at(i) - m_startX.at(lineStart));
            lineStart = i;
        }
    }
}

QList<WrapLabel::Line> WrapLabel::breakLines(qreal width) const
{
    measureIfNeeded();
    QList<Line> lines;
    const qsizetype last = m_breaks.size() - 1;
    qsizetype start = 0;
    while (start < last) {
        // The furthest break whose line fits; at least one word, even when
        // it is wider than the label (as QLabel's word wrap does).
        qsizetype end = start + 1;
        while (!m_mandatory.at(end) && end < last && m_endX.at(end + 1) - m_startX.at(start) <= width)
            ++end;
        qsizetype length = m_breaks.at(end) - m_breaks.at(start);
        while (length > 0 && m_text.at(m_breaks.at(start) + length - 1).isSpace())
            --length;
        lines.append({m_breaks.at(start), length});
        start = end;
    }
    if (lines.isEmpty() && !m_text.isEmpty())
        lines.append({0, 0});
    return lines;
}

int WrapLabel::contentsHeight(qsizetype lineCount) const
{
    return int(std::ceil(QFontMetricsF(font()).height() * qreal(std::max<qsizetype>(lineCount, 1))));
}

QStringList WrapLabel::lines(int contentsWidth) const
{
    QStringList result;
    for (const Line &line : breakLines(contentsWidth))
        result.append(m_text.mid(line.start, line.length));
    return result;
}

int WrapLabel::heightForWidth(int width) const
{
    const QMargins margins = frameMargins();
    const int available = width - margins.left() - margins.right();
    return contentsHeight(breakLines(available).size()) + margins.top() + margins.bottom();
}

QSize WrapLabel::sizeHint() const
{
    ensurePolished();
    measureIfNeeded();
    const QMargins margins = frameMargins();
    const qreal preferred = preferredCharacters * QFontMetricsF(font()).averageCharWidth();
    const int width = int(std::ceil(std::min(m_naturalWidth, std::max(preferred, m_widestWord))))
            + margins.left() + margins.right();
    return {width, heightForWidth(width)};
}

QSize WrapLabel::minimumSizeHint() const
{
    ensurePolished();
    measureIfNeeded();
    const QMargins margins = frameMargins();
    return {int(std::ceil(m_widestWord)) + margins.left() + margins.right(),
            contentsHeight(1) + margins.top() + margins.bottom()};
}

void WrapLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event); // the frame, if any; not QLabel's text
    const QMargins margins = frameMargins();
    const QRect area = rect().marginsRemoved(margins);
    QPainter painter(this);
    painter.setFont(font());
    painter.setPen(palette().color(foregroundRole())); // of the widget's state: active, inactive, disabled
    const QFontMetricsF metrics(font());
    qreal y = area.top() + metrics.ascent();
    const bool underline = m_mnemonic >= 0 && style()->styleHint(QStyle::SH_UnderlineShortcut, nullptr, this);
    for (const Line &line : breakLines(area.width())) {
        const QString shown = m_text.mid(line.start, line.length);
        painter.drawText(QPointF(area.left(), y), shown);
        if (underline && m_mnemonic >= line.start && m_mnemonic < line.start + line.length) {
            const qreal x = area.left() + metrics.horizontalAdvance(shown.left(m_mnemonic - line.start));
            const qreal width = metrics.horizontalAdvance(m_text.at(m_mnemonic));
            const qreal under = y + metrics.underlinePos();
            painter.drawLine(QPointF(x, under), QPointF(x + width, under));
        }
        y += metrics.height();
    }
}

} // namespace scs

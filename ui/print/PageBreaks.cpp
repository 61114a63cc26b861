#include "PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace scs {

namespace {

// Below this, two spans only touch: a page may break between them.
constexpr double Epsilon = 0.5;

struct Span
{
    double top = 0;
    double bottom = 0;
};

// Sorted by top, overlapping spans merged into one.
QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<Span> out;
    for (const Span &span : std::as_const(spans)) {
        if (!out.isEmpty() && span.top < out.last().bottom - Epsilon)
            out.last().bottom = std::max(out.last().bottom, span.bottom);
        else
            out << span;
    }
    return out;
}

// The lines of a block in document coordinates.
QList<Span> linesOf(const QTextBlock &block, QAbstractTextDocumentLayout *layout)
{
    const QTextLayout *text = block.layout();
    if (!text || text->lineCount() == 0)
        return {};
    const QRectF rect = layout->blockBoundingRect(block);
    const double origin = rect.top() - text->boundingRect().top();
    QList<Span> lines;
    for (int i = 0; i < text->lineCount(); ++i) {
        const QTextLine line = text->lineAt(i);
        lines << Span {origin + line.y(), origin + line.y() + line.height()};
    }
    // A block is drawn on every page its rectangle touches: its margins go
    // with its first and last line.
    lines.first().top = std::min(lines.first().top, rect.top());
    lines.last().bottom = std::max(lines.last().bottom, rect.bottom());
    return lines;
}

// Tables drawn with a border: the framed message boxes.
void collectBoxes(QTextFrame *frame, QAbstractTextDocumentLayout *layout, QList<Span> *out)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        const auto *table = qobject_cast<QTextTable *>(child);
        if (table && table->format().border() > 0) {
            const QRectF rect = layout->frameBoundingRect(child);
            out->append({rect.top(), rect.bottom()});
        }
        collectBoxes(child, layout, out);
    }
}

} // namespace

QList<double> PageBreaks::compute(QTextDocument *document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    QList<Span> spans;
    QList<Span> keep;
    QList<double> forced;
    collectBoxes(document->rootFrame(), layout, &keep);
    double headingTop = -1; // a heading waiting for the next line of text
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QList<Span> lines = linesOf(block, layout);
        if (lines.isEmpty())
            continue;
        spans << lines;
        if (headingTop >= 0 && !block.text().trimmed().isEmpty()) {
            keep << Span {headingTop, lines.first().bottom};
            headingTop = -1;
        }
        if (block.blockFormat().headingLevel() > 0)
            headingTop = lines.first().top;
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            forced << lines.first().top;
    }
    for (const Span &span : std::as_const(keep))
        if (span.bottom - span.top <= pageHeight)
            spans << span;
    const QList<Span> atoms = merged(spans);
    std::sort(forced.begin(), forced.end());

    QList<double> starts {0.0};
    if (atoms.isEmpty() || pageHeight <= Epsilon)
        return starts;
    const double end = atoms.last().bottom;
    double start = 0;
    for (;;) {
        const double limit = start + pageHeight;
        const auto nextForced = std::upper_bound(forced.cbegin(), forced.cend(), start + Epsilon);
        double next = 0;
        if (nextForced != forced.cend() && *nextForced <= limit + Epsilon) {
            next = *nextForced;
        } else if (end <= limit + Epsilon) {
            break;
        } else {
            // The page ends before the first atom that does not fit; an atom
            // taller than a page is cut at the page's end.
            const auto crossing = std::find_if(atoms.cbegin(), atoms.cend(), [limit](const Span &atom) {
                return atom.bottom > limit + Epsilon;
            });
            next = crossing->top > start + Epsilon ? crossing->top : limit;
        }
        starts << next;
        start = next;
    }
    return starts;
}

int PageBreaks::joinLoneCharacters(QTextDocument *document)
{
    document->documentLayout()->documentSize(); // lays the document out
    QList<int> positions;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const QString text = block.text();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const QTextLine previous = layout->lineAt(i - 1);
            const QTextLine line = layout->lineAt(i);
            // A line after a <br/> (U+2028) is not a continuation.
            const QString before = text.mid(previous.textStart(), previous.textLength());
            if (before.endsWith(QChar::LineSeparator))
                continue;
            QString own = text.mid(line.textStart(), line.textLength());
            if (own.endsWith(QChar::LineSeparator))
                own.chop(1);
            own = own.trimmed();
            // A full stop or a closing bracket after it does not count.
            while (own.size() > 1 && own.back().isPunct())
                own.chop(1);
            const bool single = own.size() == 1 || (own.size() == 2 && own.at(0).isHighSurrogate());
            if (single && !before.trimmed().isEmpty() && before.back() != QChar::Space)
                positions << block.position() + line.textStart();
        }
    }
    // From the end, so that the positions before stay where they are.
    QTextCursor cursor(document);
    for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
        cursor.setPosition(*it);
        cursor.insertText(QString(QChar(0x2060)));
    }
    return int(positions.size());
}

} // namespace scs

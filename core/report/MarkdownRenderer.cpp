#include "MarkdownRenderer.h"

using namespace Qt::StringLiterals;

namespace scs {

namespace {

QString fenced(const QString &text, const QString &indent)
{
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), u'`');
    QString out = indent + fence + u'\n';
    for (const QString &line : text.split(u'\n'))
        out += indent + line + u'\n';
    return out + indent + fence;
}

QString itemText(const ReportItem &item)
{
    const QString marker = item.number > 0 ? u"%1. "_s.arg(item.number) : u"- "_s;
    const QString indent(marker.size(), u' ');
    const QString value = item.missing ? u'*' + MarkdownRenderer::escape(item.value) + u'*'
                                       : MarkdownRenderer::escape(item.value, indent);
    switch (item.kind) {
    case ReportItem::Kind::Field:
        return marker + u"**"_s + MarkdownRenderer::escape(item.label) + u":** "_s + value;
    case ReportItem::Kind::Figure: {
        QString text = marker + u"**"_s + MarkdownRenderer::escape(item.label) + u"** ("_s
                + MarkdownRenderer::escape(item.details) + u')';
        if (!item.value.isEmpty())
            text += u": "_s + value;
        return text;
    }
    case ReportItem::Kind::Bubble:
    case ReportItem::Kind::Message: {
        QString head = marker + u"**"_s + MarkdownRenderer::escape(item.label) + u"**"_s;
        if (item.missing)
            return head + u": "_s + value;
        if (!item.details.isEmpty())
            head += u" ("_s + MarkdownRenderer::escape(item.details) + u')';
        return head + u"\n\n"_s + fenced(item.value, indent);
    }
    case ReportItem::Kind::Subheading:
        return u"**"_s + MarkdownRenderer::escape(item.label) + u"**"_s;
    case ReportItem::Kind::Statement:
    case ReportItem::Kind::Text:
        return item.missing ? value : MarkdownRenderer::escape(item.value);
    case ReportItem::Kind::Finding: {
        QString text = u"- **%1** \u00b7 %2 \u00b7 `%3`  \n  %4"_s.arg(
                MarkdownRenderer::escape(item.severity), MarkdownRenderer::escape(item.label), item.rule,
                MarkdownRenderer::escape(item.value, u"  "_s));
        if (!item.source.isEmpty())
            text += u"  \n  *"_s + MarkdownRenderer::escape(item.source) + u'*';
        return text;
    }
    }
    return {};
}

} // namespace

QString MarkdownRenderer::escape(const QString &text, const QString &indent)
{
    // Characters that are markup anywhere, and those that are markup only
    // at the start of a line (headings, lists, setext underlines).
    static const QString anywhere = u"\\`*_[]<>&|~"_s;
    static const QString atLineStart = u"#+-="_s;
    QString out;
    out.reserve(text.size() * 2);
    qsizetype lineStart = 0; // index in `text` where the current line starts
    bool leading = true; // still in the line's leading spaces
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            // A backslash at the end of a line is a hard line break.
            out += u"\\\n"_s + indent;
            lineStart = i + 1;
            leading = true;
            continue;
        }
        if (c == u'\r')
            continue;
        if (leading && (c == u' ' || c == u'\t')) {
            // Leading spaces would start a code block: entities show as
            // the spaces typed.
            out += c == u' ' ? u"&#32;"_s : u"&#9;"_s;
            continue;
        }
        const bool first = leading;
        leading = false;
        bool special = c.unicode() < 128 && anywhere.contains(c);
        if (first && atLineStart.contains(c))
            special = true;
        // "1." or "1)" at the start of a line is an ordered list.
        if ((c == u'.' || c == u')') && i > lineStart) {
            bool digits = true;
            for (qsizetype j = lineStart; j < i && digits; ++j)
                digits = text.at(j).isDigit() || text.at(j) == u' ';
            special = special || digits;
        }
        if (special)
            out += u'\\';
        out += c;
    }
    return out;
}

QString MarkdownRenderer::render(const ReportDocument &document)
{
    QStringList blocks;
    for (const ReportPart &part : document.parts) {
        QString title = escape(document.title);
        if (!part.requestTitle.isEmpty())
            title += u": "_s + escape(part.requestTitle);
        blocks << u"# "_s + title;
        if (!part.summary.isEmpty()) {
            QStringList rows;
            for (const ReportItem &item : part.summary)
                rows << itemText(item);
            blocks << rows.join(u'\n');
        }
        for (const ReportSection &section : part.sections) {
            blocks << u"## "_s + escape(section.heading);
            QStringList list;
            auto flushList = [&] {
                if (!list.isEmpty())
                    blocks << list.join(u'\n');
                list.clear();
            };
            for (const ReportItem &item : section.items) {
                const bool listItem =
                        (item.kind == ReportItem::Kind::Field || item.kind == ReportItem::Kind::Figure)
                        && item.number == 0;
                if (listItem) {
                    list << itemText(item);
                    continue;
                }
                flushList();
                blocks << itemText(item);
            }
            flushList();
        }
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

} // namespace scs

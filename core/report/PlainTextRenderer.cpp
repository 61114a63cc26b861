#include "PlainTextRenderer.h"

#include "TextWrap.h"

using namespace Qt::StringLiterals;

namespace scs {

namespace {

const auto Indent = u"    "_s;

QString underline(const QString &text, QChar c)
{
    return QString(qMax(3, TextWrap::displayWidth(text)), c);
}

QString indented(const QString &text, const QString &indent)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(indent);
    return lines.join(u'\n');
}

QString wrapped(const QString &text, const QString &indent)
{
    QStringList lines = TextWrap::wrap(text, PlainTextRenderer::Width - int(indent.size()));
    for (QString &line : lines)
        line.prepend(indent);
    return lines.join(u'\n');
}

QString itemText(const ReportItem &item)
{
    const QString number = item.number > 0 ? u"%1. "_s.arg(item.number) : QString();
    switch (item.kind) {
    case ReportItem::Kind::Field: {
        const QString head = number + item.label + u':';
        const QString oneLine = head + u' ' + item.value;
        if (!item.value.contains(u'\n') && TextWrap::displayWidth(oneLine) <= PlainTextRenderer::Width)
            return oneLine;
        return head + u'\n' + indented(item.value, Indent);
    }
    case ReportItem::Kind::Figure: {
        const QString head = item.label + u" ("_s + item.details + u')';
        if (item.value.isEmpty())
            return head;
        return head + u":\n"_s + indented(item.value, Indent);
    }
    case ReportItem::Kind::Bubble:
    case ReportItem::Kind::Message: {
        QString head = number + item.label;
        if (!item.details.isEmpty())
            head += u" ("_s + item.details + u')';
        return head + u":\n"_s + indented(item.value, Indent);
    }
    case ReportItem::Kind::Subheading:
        return item.label + u':';
    case ReportItem::Kind::Statement:
        return wrapped(item.value, QString());
    case ReportItem::Kind::Text:
        return item.value;
    case ReportItem::Kind::Finding: {
        QString text = u"[%1] %2 (%3)\n"_s.arg(item.severity, item.label, item.rule);
        text += indented(item.value, Indent);
        if (!item.source.isEmpty())
            text += u'\n' + Indent + item.source;
        return text;
    }
    }
    return {};
}

} // namespace

QString PlainTextRenderer::render(const ReportDocument &document)
{
    QStringList blocks;
    for (const ReportPart &part : document.parts) {
        const QString title =
                part.requestTitle.isEmpty() ? document.title : document.title + u": "_s + part.requestTitle;
        blocks << title + u'\n' + underline(title, u'=');
        if (!part.summary.isEmpty()) {
            QStringList rows;
            for (const ReportItem &item : part.summary)
                rows << itemText(item);
            blocks << rows.join(u'\n');
        }
        for (const ReportSection &section : part.sections) {
            QString text = section.heading + u'\n' + underline(section.heading, u'-');
            bool previousTall = false;
            for (const ReportItem &item : section.items) {
                // Blocks of several lines get air around them; rows do not.
                const QString body = itemText(item);
                const bool tall = body.contains(u'\n') || item.kind == ReportItem::Kind::Subheading
                        || item.kind == ReportItem::Kind::Statement || item.kind == ReportItem::Kind::Text;
                text += (tall || previousTall ? u"\n\n"_s : u"\n"_s) + body;
                previousTall = tall;
            }
            blocks << text;
        }
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

} // namespace scs

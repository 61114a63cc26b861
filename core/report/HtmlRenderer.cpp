#include "HtmlRenderer.h"

using namespace Qt::StringLiterals;

namespace scs {

namespace {

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString valueHtml(const ReportItem &item)
{
    if (item.missing)
        return u"<i>"_s + e(item.value) + u"</i>"_s;
    return HtmlRenderer::escape(item.value);
}

QString row(const QString &label, const QString &valueCell)
{
    return u"<tr><td width=\"34%\" valign=\"top\"><b>"_s + label + u"</b></td><td valign=\"top\">"_s
            + valueCell + u"</td></tr>\n"_s;
}

// A message of the conversation as on a handset: the short code's on the
// left, the subscriber's on the right, each under a small caption.
QString bubbleHtml(const ReportItem &item)
{
    QString caption = e(item.label);
    if (!item.details.isEmpty())
        caption += u" \u00b7 "_s + e(item.details);
    const QString background = item.fromSubscriber ? u"#e4e4e4"_s : u"#ffffff"_s;
    const QString bubble = u"<td width=\"72%\" valign=\"top\"><span style=\"font-size: 8pt;\">"_s + caption
            + u"</span><table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" "_s
              "bgcolor=\""_s
            + background + u"\" style=\"border-color: #000000; border-style: solid;\"><tr><td>"_s
            + valueHtml(item) + u"</td></tr></table></td>"_s;
    const QString gap = u"<td width=\"28%\"></td>"_s;
    return u"<tr><td colspan=\"2\"><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"_s
            + (item.fromSubscriber ? gap + bubble : bubble + gap) + u"</tr></table></td></tr>\n"_s;
}

// A figure: the picture (when there are bytes to draw) centred, the
// caption and the user's description under it.
QString figureHtml(const ReportItem &item, int figure)
{
    QString html = u"<tr><td colspan=\"2\">"_s;
    if (!item.data.isEmpty())
        html += u"<p align=\"center\"><img src=\""_s + HtmlRenderer::figureUrl(figure) + u"\"/></p>"_s;
    html += u"<p align=\"center\"><b>"_s + e(item.label) + u"</b> <span style=\"font-size: 8pt;\">("_s
            + e(item.details) + u")</span>"_s;
    if (!item.value.isEmpty())
        html += u"<br/>"_s + valueHtml(item);
    return html + u"</p></td></tr>\n"_s;
}

QString itemHtml(const ReportItem &item, int *figures)
{
    const QString number = item.number > 0 ? u"%1. "_s.arg(item.number) : QString();
    switch (item.kind) {
    case ReportItem::Kind::Field:
        return row(number + e(item.label), valueHtml(item));
    case ReportItem::Kind::Message: {
        QString label = number + e(item.label);
        if (!item.details.isEmpty())
            label += u"<br/><span style=\"font-weight: normal; font-size: 8pt;\">"_s + e(item.details)
                    + u"</span>"_s;
        // A framed box shows where the message starts and ends.
        const QString box = item.missing ? valueHtml(item)
                                         : u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "_s
                                           "width=\"100%\" style=\"border-color: #000000; "
                                           "border-style: solid;\"><tr><td>"_s
                        + valueHtml(item) + u"</td></tr></table>"_s;
        return row(label, box);
    }
    case ReportItem::Kind::Subheading:
        return u"<tr><td colspan=\"2\"><h3>"_s + e(item.label) + u"</h3></td></tr>\n"_s;
    case ReportItem::Kind::Statement:
    case ReportItem::Kind::Text:
        return u"<tr><td colspan=\"2\">"_s + valueHtml(item) + u"</td></tr>\n"_s;
    case ReportItem::Kind::Figure:
        return figureHtml(item, (*figures)++);
    case ReportItem::Kind::Bubble:
        return bubbleHtml(item);
    case ReportItem::Kind::Finding: {
        QString cell = u"<b>"_s + e(item.label) + u"</b> <span style=\"font-size: 8pt;\">("_s + e(item.rule)
                + u")</span><br/>"_s + valueHtml(item);
        if (!item.source.isEmpty())
            cell += u"<br/><i style=\"font-size: 8pt;\">"_s + e(item.source) + u"</i>"_s;
        return u"<tr><td width=\"14%\" valign=\"top\"><b>"_s + e(item.severity)
                + u"</b></td><td valign=\"top\">"_s + cell + u"</td></tr>\n"_s;
    }
    }
    return {};
}

const auto TableStart = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n"_s;

} // namespace

QString HtmlRenderer::escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u"\r\n"_s, u"\n"_s);
    out.replace(u'\n', u"<br/>"_s);
    // Runs of spaces collapse in HTML: keep every one after the first.
    out.replace(u"  "_s, u" &nbsp;"_s);
    if (out.startsWith(u' '))
        out.replace(0, 1, u"&nbsp;"_s);
    return out;
}

QString HtmlRenderer::figureUrl(int figure)
{
    return u"scs-figure:%1"_s.arg(figure);
}

QString HtmlRenderer::render(const ReportDocument &document)
{
    int figures = 0;
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s + e(document.language)
            + u"\"><head><meta charset=\"utf-8\"/><title>"_s + e(document.title)
            + u"</title></head>\n<body style=\"color: #000000; background-color: #ffffff;\">\n"_s;
    for (qsizetype i = 0; i < document.parts.size(); ++i) {
        const ReportPart &part = document.parts.at(i);
        const QString breakBefore = i > 0 ? u" style=\"page-break-before: always;\""_s : QString();
        html += u"<h1"_s + breakBefore + u">"_s + e(document.title) + u"</h1>\n"_s;
        if (!part.requestTitle.isEmpty())
            html += u"<p><b>"_s + e(part.requestTitle) + u"</b></p>\n"_s;
        if (!part.summary.isEmpty()) {
            html += TableStart;
            for (const ReportItem &item : part.summary)
                html += itemHtml(item, &figures);
            html += u"</table>\n"_s;
        }
        for (const ReportSection &section : part.sections) {
            html += u"<h2>"_s + e(section.heading) + u"</h2>\n"_s + TableStart;
            for (const ReportItem &item : section.items)
                html += itemHtml(item, &figures);
            html += u"</table>\n"_s;
        }
    }
    return html + u"</body></html>\n"_s;
}

} // namespace scs

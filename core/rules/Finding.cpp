#include "Finding.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace scs {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        break;
    }
    return u"info"_s;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("scs::Rules", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("scs::Rules", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("scs::Rules", "Info");
}

QString severityCount(Severity severity, int count)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("scs::Rules", "%n error(s)", nullptr, count);
    case Severity::Warning:
        return QCoreApplication::translate("scs::Rules", "%n warning(s)", nullptr, count);
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("scs::Rules", "%n info", nullptr, count);
}

QString joinList(const QStringList &items)
{
    //: The separator between the items of a list in a finding, e.g. "brand, frequency".
    return items.join(QCoreApplication::translate("scs::Rules", ", "));
}

QString joinSentenceList(const QStringList &items)
{
    if (items.size() < 2)
        return items.isEmpty() ? QString() : items.front();
    //: The last two items of a list in a sentence: "the brand, the frequency and the rates disclosure".
    return QCoreApplication::translate("scs::Rules", "%1 and %2")
            .arg(joinList(items.first(items.size() - 1)), items.back());
}

QString MessageArg::render() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Term:
        return terms.isEmpty() ? QString() : QCoreApplication::translate("scs::Terms", terms.front());
    case Kind::Terms: {
        QStringList translated;
        translated.reserve(terms.size());
        for (const char *term : terms)
            translated.append(QCoreApplication::translate("scs::Terms", term));
        return joinSentenceList(translated);
    }
    case Kind::TextList:
        return joinList(items);
    }
    return text;
}

QString Finding::text() const
{
    if (!message)
        return {};
    const QString pattern = QCoreApplication::translate("scs::Rules", message, nullptr, count);
    // Fill %1..%9 in one pass, so that an argument holding "%2" (user text)
    // is never substituted again, as chained QString::arg() calls would.
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'%' && i + 1 < pattern.size()) {
            const char16_t d = pattern[i + 1].unicode();
            if (d >= u'1' && d <= u'9') {
                const qsizetype index = d - u'1';
                if (index < args.size()) {
                    out += args[index].render();
                    ++i;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

bool operator==(const Finding &a, const Finding &b)
{
    const auto sameText = [](const char *x, const char *y) {
        return x == y || (x && y && std::strcmp(x, y) == 0);
    };
    return sameText(a.rule, b.rule) && a.severity == b.severity && a.field == b.field
            && sameText(a.message, b.message) && a.args == b.args && a.item == b.item && a.count == b.count;
}

} // namespace scs

#include "Finding.h"

#include "Money.h"

#include "i18n/ListFormat.h"

#include <QCoreApplication>
#include <QLocale>

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

QString MessageArg::renderValue() const
{
    const QLocale locale; // the UI language's (LanguageManager sets the default)
    if (format == Format::Number)
        return locale.toString(value);
    const qint64 cents = rules::money::roundedCents(value);
    return locale.toString(cents / 100) + locale.decimalPoint()
            + QString::number(cents % 100).rightJustified(2, u'0');
}

QString MessageArg::render() const
{
    switch (kind) {
    case Kind::Text:
        return format == Format::None ? text : renderValue();
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

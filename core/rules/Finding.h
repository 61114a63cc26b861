#pragma once

#include "model/FieldId.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace scs {

enum class Severity : unsigned char {
    Info,
    Warning,
    Error,
};

// "error" / "warning" / "info": the stable names of request-format.md.
QString severityKey(Severity severity);
// Translated, for display ("Error" / "エラー").
QString severityLabel(Severity severity);
// "3 errors" / "エラー 3 件": a count of findings of one severity.
QString severityCount(Severity severity, int count);
// An argument of a finding's message. Core never builds translated
// sentences: a finding carries codes and arguments, and the text is rendered
// at display time, so a language switch re-renders it.
struct MessageArg
{
    enum class Kind : unsigned char {
        Text, // inserted literally: user text, numbers, characters
        Term, // one source text of context "scs::Terms", translated when rendered
        Terms, // several terms, translated and joined as a list in a sentence ("a, b and c")
        TextList, // several literal texts (e.g. characters), joined as a list
    };
    Kind kind = Kind::Text;
    QString text;
    QList<const char *> terms;
    QStringList items; // TextList only
    // Text only: a number written when rendered, as the UI language's
    // QLocale writes it ("5,000,000"); money from micro-dollars, in cents.
    enum class Format : unsigned char { None, Number, Money };
    Format format = Format::None;
    qint64 value = 0;

    static MessageArg literal(const QString &text) { return {Kind::Text, text, {}, {}}; }
    static MessageArg number(qint64 value) { return {Kind::Text, {}, {}, {}, Format::Number, value}; }
    // "50,000.00" for 50'000'000'000 micro-dollars (the message says "USD %1").
    static MessageArg money(qint64 micros) { return {Kind::Text, {}, {}, {}, Format::Money, micros}; }
    static MessageArg term(const char *source) { return {Kind::Term, {}, {source}, {}}; }
    static MessageArg termList(const QList<const char *> &sources) { return {Kind::Terms, {}, sources, {}}; }
    static MessageArg textList(const QStringList &items) { return {Kind::TextList, {}, {}, items}; }

    // The argument as inserted into a message, in the current UI language.
    QString render() const;
    QString renderValue() const; // Format::Number or Format::Money

    friend bool operator==(const MessageArg &, const MessageArg &) = default;
};

// One finding of the audit: rule id, severity, the field it concerns, and a
// message as a source text (context "scs::Rules", placeholders %1, %2, ...)
// with its arguments.
struct Finding
{
    const char *rule = nullptr; // stable id, e.g. "help_has_contact"
    Severity severity = Severity::Info;
    FieldId field = FieldId::CaseSiteUrl;
    const char *message = nullptr;
    QList<MessageArg> args;
    int item = -1; // content.examples: index of the example concerned; else -1
    int count = -1; // the number for a plural message (%n), or -1

    // The message in the current UI language, arguments filled in.
    QString text() const;

    friend bool operator==(const Finding &a, const Finding &b);
};

} // namespace scs

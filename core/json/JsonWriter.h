#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>
#include <QtGlobal>

#include <charconv>
#include <cstring>

// The one JSON writer of the program: the interchange format (JsonFormat),
// the check report and `shortcode-audit sms --json/--jsonl` all write
// through it, straight into UTF-8 bytes. Each keeps the text it has always
// written; the styles below say how they differ.
namespace scs::json {

// How a string is escaped. Every way escapes what JSON requires (the quote,
// the backslash and the control characters U+0000..U+001F) and writes every
// other character as UTF-8, so Japanese text and emoji stay readable.
enum class Escaping : quint8 {
    // \b \f \n \r \t, \u00XX for the other control characters. Half a
    // surrogate pair, which is no character, becomes "?" as QString::toUtf8
    // and a project file (SQLite text is UTF-8) store it: an escape of it
    // would be refused when the document is read again.
    Document,
    // What QJsonDocument writes: as Document, but half a surrogate pair as
    // \uXXXX.
    Qt,
    // For readers that split lines or strip a byte order mark (JSON Lines):
    // \n \r \t and \u00XX for every other control character; half a
    // surrogate pair, U+FEFF, U+2028 and U+2029 as \uXXXX.
    Lines,
};

struct Style
{
    // Spaces per level; 0 writes everything on one line without spaces
    // ({"a":1,"b":[]}), more puts every member and element on a line of its
    // own ("a": 1).
    int indent = 0;
    // An empty array or object still opens a line ("[\n  ]"), as
    // QJsonDocument::Indented writes it; otherwise "[]".
    bool openEmpty = false;
    Escaping escaping = Escaping::Qt;

    // request-format.md's canonical text: 2 spaces, "[]" when empty.
    static constexpr Style document() { return {2, false, Escaping::Document}; }
    // QJsonDocument::Compact and ::Indented, byte for byte (the caller
    // writes an object's keys in sorted order, as QJsonObject keeps them).
    static constexpr Style qtCompact() { return {0, false, Escaping::Qt}; }
    static constexpr Style qtIndented() { return {4, true, Escaping::Qt}; }
    // One value per line (sms --jsonl).
    static constexpr Style lines() { return {0, false, Escaping::Lines}; }
};

// The most bytes a string of `units` UTF-16 code units takes, quotes
// included (a control character is six bytes, \u001f).
constexpr qsizetype stringBound(qsizetype units)
{
    return 6 * units + 2;
}

// Writes the JSON string literal of `text` at `p`, which has room for
// stringBound(text.size()) bytes; returns the end of what was written.
char *writeString(char *p, QStringView text, Escaping escaping);

// Appends the JSON string literal of `text` to `out`.
void appendString(QByteArray &out, QStringView text, Escaping escaping);

// Writes one JSON value (objects, arrays, scalars) at the end of a byte
// array, with commas, line breaks and indentation as its style says. The
// calls must make a well-formed value: key() exactly before each member's
// value, never elsewhere.
//
//     QByteArray out;
//     json::Writer w(out, json::Style::lines());
//     w.beginObject();
//     w.key("units"_L1);
//     w.value(qint64(3));
//     w.endObject(); // {"units":3}
class Writer
{
public:
    Writer(QByteArray &out, Style style)
        : m_out(out)
        , m_style(style)
    {
        m_p = m_out.data() + m_out.size();
        m_end = m_p;
    }
    ~Writer() { flush(); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A member's name: ASCII that needs no escape, such as "non_gsm".
    void key(QLatin1StringView name)
    {
        separate();
        reserve(name.size() + 4);
        // A local cursor: a store through m_p could change any member
        // (char aliases everything), so each store would reload it.
        char *p = m_p;
        *p++ = '"';
        std::memcpy(p, name.data(), std::size_t(name.size()));
        p += name.size();
        *p++ = '"';
        *p++ = ':';
        if (m_style.indent > 0)
            *p++ = ' ';
        m_p = p;
        m_afterKey = true;
    }
    // Any text as a member's name, escaped as a string value is.
    void key(QStringView name);

    void value(QStringView text)
    {
        separate();
        reserve(stringBound(text.size()));
        m_p = writeString(m_p, text, m_style.escaping);
    }
    void value(QLatin1StringView text) { value(QString(text)); }
    void value(qint64 number)
    {
        separate();
        reserve(20);
        m_p = std::to_chars(m_p, m_p + 20, number).ptr;
    }
    void value(int number) { value(qint64(number)); }
    // As QJsonDocument writes a number: the shortest text that reads back
    // as the same double ("0.85", "1", "1e+21"); null when not finite.
    void value(double number);
    void value(bool flag) { raw(flag ? QByteArrayView("true") : QByteArrayView("false")); }
    void null() { raw("null"); }
    // Text that is already JSON, such as a string known to need no escape
    // ("\"GSM-7\"") or base64 data in quotes.
    void raw(QByteArrayView json)
    {
        separate();
        reserve(json.size());
        std::memcpy(m_p, json.data(), std::size_t(json.size()));
        m_p += json.size();
    }

    // Makes room for `bytes` more at once (a bound of what follows), so
    // the writing itself rarely has to grow the array.
    void reserve(qsizetype bytes)
    {
        if (m_end - m_p < bytes)
            grow(bytes);
    }

    // The bytes written so far into the array, even mid-way.
    void flush() { m_out.truncate(m_p - m_out.constData()); }

private:
    void open(char bracket)
    {
        separate();
        Q_ASSERT(m_depth < 63);
        reserve(1);
        *m_p++ = bracket;
        ++m_depth;
        m_filled &= ~(quint64(1) << m_depth);
    }
    void close(char bracket)
    {
        Q_ASSERT(m_depth > 0);
        const bool filled = m_filled & (quint64(1) << m_depth);
        --m_depth;
        if (m_style.indent > 0 && (filled || m_style.openEmpty))
            newline(m_depth);
        reserve(1);
        *m_p++ = bracket;
    }
    // Before a value or a key: the comma, line break and indentation.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth == 0)
            return; // the top-level value
        const quint64 bit = quint64(1) << m_depth;
        const bool first = !(m_filled & bit);
        m_filled |= bit;
        if (!first) {
            reserve(1);
            *m_p++ = ',';
        }
        if (m_style.indent > 0)
            newline(m_depth);
    }
    void newline(int depth);
    void grow(qsizetype bytes);

    QByteArray &m_out;
    Style m_style;
    char *m_p = nullptr;
    char *m_end = nullptr;
    bool m_afterKey = false;
    // How many arrays and objects are open, and per open one (bit = its
    // depth) whether it has an element or member yet.
    int m_depth = 0;
    quint64 m_filled = 0;
};

} // namespace scs::json

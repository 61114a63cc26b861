#include "JsonStrict.h"

#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace scs::JsonStrict {

namespace {

struct Frame
{
    bool object = false;
    qsizetype index = 0; // arrays: the element being read
    QString key; // objects: the member being read
    QSet<QString> keys;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isHigh(char16_t u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

bool isLow(char16_t u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView json)
        : m_data(json)
    { }

    std::optional<Problem> run()
    {
        skipSpace();
        for (;;) {
            // At the start of a value.
            skipSpace();
            const char c = peek();
            if (c == '{') {
                ++m_pos;
                m_stack.append(Frame {true, 0, {}, {}});
                skipSpace();
                if (peek() == '}') {
                    ++m_pos;
                    m_stack.removeLast();
                } else if (!readKey()) {
                    return m_problem;
                } else {
                    continue;
                }
            } else if (c == '[') {
                ++m_pos;
                m_stack.append(Frame {false, 0, {}, {}});
                skipSpace();
                if (peek() == ']') {
                    ++m_pos;
                    m_stack.removeLast();
                } else {
                    continue;
                }
            } else if (c == '"') {
                if (!readString(false, nullptr))
                    return m_problem;
            } else {
                // A number, true, false or null.
                while (m_pos < m_data.size() && !QByteArrayView(",]} \t\r\n").contains(m_data[m_pos]))
                    ++m_pos;
            }
            // After a value: the next member or element, or the end of
            // one or more containers.
            for (;;) {
                skipSpace();
                if (m_stack.isEmpty() || m_pos >= m_data.size())
                    return std::nullopt;
                const char next = m_data[m_pos++];
                if (next == ',') {
                    if (m_stack.last().object) {
                        skipSpace();
                        if (!readKey())
                            return m_problem;
                    } else {
                        ++m_stack.last().index;
                    }
                    break;
                }
                if (next != '}' && next != ']')
                    return std::nullopt; // not JSON: QJsonDocument said otherwise
                m_stack.removeLast();
            }
        }
    }

private:
    char peek() const { return m_pos < m_data.size() ? m_data[m_pos] : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_data.size()
               && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t' || m_data[m_pos] == '\r'
                   || m_data[m_pos] == '\n'))
            ++m_pos;
    }

    // A member's key and the colon after it.
    bool readKey()
    {
        QString key;
        if (peek() != '"' || !readString(true, &key))
            return m_problem ? false : true;
        Frame &frame = m_stack.last();
        if (frame.keys.contains(key)) {
            frame.key = key;
            return report(Problem::Kind::DuplicateKey, false, 0, key);
        }
        frame.keys.insert(key);
        frame.key = key;
        skipSpace();
        if (peek() == ':')
            ++m_pos;
        return true;
    }

    // The string at m_pos (at its opening quote); `decoded` gets its text
    // (keys only: values are checked, not decoded).
    bool readString(bool isKey, QString *decoded)
    {
        ++m_pos;
        qsizetype run = m_pos; // start of the raw bytes not yet decoded
        auto flush = [&](qsizetype end) {
            if (decoded && end > run)
                decoded->append(QString::fromUtf8(m_data.sliced(run, end - run)));
        };
        while (m_pos < m_data.size()) {
            const auto byte = static_cast<unsigned char>(m_data[m_pos]);
            if (byte == '"') {
                flush(m_pos);
                ++m_pos;
                return true;
            }
            if (byte < 0x20)
                return report(Problem::Kind::RawControl, isKey, byte);
            if (byte != '\\') {
                ++m_pos;
                continue;
            }
            flush(m_pos);
            const char escape = m_pos + 1 < m_data.size() ? m_data[m_pos + 1] : '\0';
            if (escape != 'u') {
                if (decoded) {
                    static const QByteArrayView from("\"\\/bfnrt");
                    static const char16_t to[] = {u'"', u'\\', u'/', u'\b', u'\f', u'\n', u'\r', u'\t'};
                    const qsizetype at = from.indexOf(escape);
                    if (at >= 0)
                        decoded->append(QChar(to[at]));
                }
                m_pos += 2;
                run = m_pos;
                continue;
            }
            const auto unit = hexUnit(m_pos);
            if (!unit)
                return true; // not JSON: QJsonDocument said otherwise
            m_pos += 6;
            if (isLow(*unit))
                return report(Problem::Kind::LoneSurrogate, isKey, *unit);
            if (isHigh(*unit)) {
                const auto low = hexUnit(m_pos);
                if (!low || !isLow(*low))
                    return report(Problem::Kind::LoneSurrogate, isKey, *unit);
                m_pos += 6;
                if (decoded)
                    decoded->append(QChar(*unit)).append(QChar(*low));
            } else if (decoded) {
                decoded->append(QChar(*unit));
            }
            run = m_pos;
        }
        return true;
    }

    // The unit of a "\uXXXX" escape at `at`.
    std::optional<char16_t> hexUnit(qsizetype at) const
    {
        if (at + 6 > m_data.size() || m_data[at] != '\\' || m_data[at + 1] != 'u')
            return std::nullopt;
        int value = 0;
        for (qsizetype i = at + 2; i < at + 6; ++i) {
            const int digit = hexValue(m_data[i]);
            if (digit < 0)
                return std::nullopt;
            value = value * 16 + digit;
        }
        return char16_t(value);
    }

    bool report(Problem::Kind kind, bool inKey, char16_t unit, const QString &name = {})
    {
        Problem problem;
        problem.kind = kind;
        problem.inKey = inKey;
        problem.unit = unit;
        // The pointer of the value; for a problem inside a key, of the
        // object holding it.
        QStringList tokens;
        for (qsizetype i = 0; i < m_stack.size(); ++i) {
            const Frame &frame = m_stack.at(i);
            if (inKey && i == m_stack.size() - 1)
                break;
            tokens.append(frame.object ? frame.key : QString::number(frame.index));
        }
        for (const QString &token : std::as_const(tokens)) {
            QString escaped = token;
            escaped.replace(u'~', u"~0"_s);
            escaped.replace(u'/', u"~1"_s);
            problem.pointer += u'/' + escaped;
        }
        problem.name = name;
        if (problem.name.isEmpty()) {
            // The field a value belongs to: ".../fields/KEY/...".
            for (qsizetype i = tokens.size() - 2; i >= 0 && problem.name.isEmpty(); --i) {
                if (tokens.at(i) == u"fields" && m_stack.at(i).object && m_stack.at(i + 1).object)
                    problem.name = tokens.at(i + 1);
            }
            for (qsizetype i = tokens.size() - 1; i >= 0 && problem.name.isEmpty(); --i) {
                if (m_stack.at(i).object)
                    problem.name = tokens.at(i);
            }
        }
        m_problem = problem;
        return false;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QList<Frame> m_stack;
    std::optional<Problem> m_problem;
};

} // namespace

std::optional<Problem> check(QByteArrayView json)
{
    return Scanner(json).run();
}

} // namespace scs::JsonStrict

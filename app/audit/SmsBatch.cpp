#include "SmsBatch.h"

#include "SmsJson.h"
#include "sms/SmsAnalysis.h"

#include <QIODevice>

#include <cstring>

using namespace Qt::StringLiterals;

namespace scs::cli::sms_lines {

namespace {

// The input is read, and the answers written, in blocks of this size (a
// line longer than that makes its block grow). Small enough to stay in the
// processor's cache, and that the memory is touched once: new pages cost a
// fault each.
constexpr qsizetype Block = 256 << 10;

const char *errorCode(LineError error)
{
    return error == LineError::InvalidUtf8 ? "invalid-utf8" : "invalid-json";
}

// Answers runs of lines; keeps its buffers from one run to the next.
class Answerer
{
public:
    explicit Answerer(const ErrorTexts &texts)
        : m_texts(texts)
    { }

    // The lines of `bytes` (the last one may lack its newline), numbered from
    // `firstLine`, into `out` and `err`; `ok` turns false at a line that
    // cannot be read. Returns the number of lines.
    qsizetype answer(QByteArrayView bytes, qsizetype firstLine, QByteArray &out, QString &err, bool &ok)
    {
        const char *p = bytes.data();
        const char *end = p + bytes.size();
        qsizetype line = firstLine;
        while (p < end) {
            const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *stop = newline ? newline : end;
            ok &= answerLine(QByteArrayView(p, stop - p), line++, out, err);
            p = stop + 1;
        }
        return line - firstLine;
    }

private:
    bool answerLine(QByteArrayView line, qsizetype number, QByteArray &out, QString &err)
    {
        const LineProblem problem = readLine(line, m_text);
        if (problem.error == LineError::None) {
            sms::analyze(m_text, m_analysis);
            sms_json::appendAnalysis(out, m_analysis);
            out += '\n';
            return true;
        }
        const QString message = m_texts.message(number, problem);
        err += u"shortcode-audit sms: "_s + message + u'\n';
        sms_json::appendError(out, number, message, errorCode(problem.error), problem.column);
        out += '\n';
        return false;
    }

    const ErrorTexts &m_texts;
    QString m_text;
    sms::Analysis m_analysis;
};

} // namespace

QString ErrorTexts::message(qsizetype line, const LineProblem &problem) const
{
    return where.arg(QString::number(line), QString::number(problem.column),
                     why.at(std::size_t(problem.error)));
}

void writeUtf8(QTextStream &stream, QByteArrayView bytes)
{
    if (QIODevice *device = stream.device()) {
        stream.flush();
        device->write(bytes.data(), bytes.size());
    } else {
        stream << QString::fromUtf8(bytes);
    }
}

bool answerLines(QIODevice *in, QTextStream &out, QTextStream &err, const ErrorTexts &texts)
{
    Answerer answerer(texts);
    bool ok = true;
    qsizetype lines = 0; // answered so far
    QByteArray buffer(Block, Qt::Uninitialized);
    qsizetype used = 0; // bytes in the buffer: the start of the next lines
    QByteArray answers;
    answers.reserve(Block + Block / 2);
    QString errors;
    bool atEnd = false;
    while (!atEnd) {
        if (buffer.size() - used < Block / 2)
            buffer.resize(used + Block); // a line longer than half a block
        const qint64 got = in->read(buffer.data() + used, buffer.size() - used);
        atEnd = got <= 0; // reads from standard input block until there is something
        if (!atEnd)
            used += qsizetype(got);
        // Whole lines, or at the end everything.
        const char *data = buffer.constData();
        const qsizetype size = atEnd ? used : QByteArrayView(data, used).lastIndexOf('\n') + 1;
        if (size == 0)
            continue;
        lines += answerer.answer(QByteArrayView(data, size), lines + 1, answers, errors, ok);
        if (answers.size() >= Block) {
            writeUtf8(out, answers);
            answers.truncate(0); // keeps its memory: no new pages to fault in
        }
        if (!errors.isEmpty()) {
            err << errors;
            errors.truncate(0);
        }
        used -= size;
        std::memmove(buffer.data(), data + size, size_t(used));
    }
    writeUtf8(out, answers);
    return ok;
}

} // namespace scs::cli::sms_lines

#include "TextWrap.h"

namespace scs::TextWrap {

namespace {

bool isWide(char32_t c)
{
    // The wide ranges of Unicode's East Asian Width property that matter for
    // Japanese and the other CJK scripts.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
            || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int width(char32_t c)
{
    const auto category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200D)
        return 0;
    return isWide(c) ? 2 : 1;
}

} // namespace

int displayWidth(QStringView text)
{
    int columns = 0;
    for (char32_t c : text.toUcs4())
        columns += width(c);
    return columns;
}

QStringList wrap(const QString &text, int maxWidth)
{
    QStringList lines;
    const QList<uint> chars = text.toUcs4();
    QString line;
    int lineWidth = 0;
    QString word; // the pending run that must not be split
    int wordWidth = 0;
    auto flushWord = [&] {
        if (word.isEmpty())
            return;
        if (lineWidth > 0 && lineWidth + wordWidth > maxWidth) {
            lines << line.trimmed();
            line.clear();
            lineWidth = 0;
            // A new line does not start with the space that separated it.
            if (word.startsWith(u' ')) {
                word.remove(0, 1);
                --wordWidth;
            }
        }
        line += word;
        lineWidth += wordWidth;
        word.clear();
        wordWidth = 0;
    };
    for (uint code : chars) {
        const auto c = char32_t(code);
        if (c == u'\n') {
            flushWord();
            lines << line.trimmed();
            line.clear();
            lineWidth = 0;
            continue;
        }
        if (c == u' ' || isWide(c))
            flushWord();
        word += QString::fromUcs4(&c, 1);
        wordWidth += width(c);
        if (isWide(c))
            flushWord();
    }
    flushWord();
    if (!line.isEmpty() || lines.isEmpty())
        lines << line.trimmed();
    return lines;
}

} // namespace scs::TextWrap

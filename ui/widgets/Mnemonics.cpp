#include "Mnemonics.h"

namespace scs {

namespace {

bool isKey(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

} // namespace

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QStringList withMnemonics(const QStringList &texts, const QString &reserved)
{
    QString used = reserved.toUpper();
    QStringList result;
    result.reserve(texts.size());
    for (const QString &source : texts) {
        QString text = source;
        text.replace(QStringLiteral("&"), QStringLiteral("&&"));
        // Candidates: the first letter of each word, then every letter.
        qsizetype chosen = -1;
        for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i);
                if (!isKey(c) || used.contains(c.toUpper()))
                    continue;
                const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
                if (pass == 0 && !wordStart)
                    continue;
                chosen = i;
                break;
            }
        }
        if (chosen >= 0) {
            used += text.at(chosen).toUpper();
            text.insert(chosen, u'&');
        } else {
            static const QString keys = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
            for (const QChar key : keys) {
                if (used.contains(key))
                    continue;
                used += key;
                text += QStringLiteral("(&%1)").arg(key);
                break;
            }
        }
        result.append(text);
    }
    return result;
}

} // namespace scs

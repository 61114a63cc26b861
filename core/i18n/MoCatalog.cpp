#include "MoCatalog.h"

#include <QFile>
#include <QtEndian>

namespace scs {

namespace {

constexpr quint32 magic = 0x950412de;
// More than any real catalog; a corrupt count must not allocate gigabytes.
constexpr quint32 maxMessages = 1'000'000;

class Reader
{
public:
    Reader(const QByteArray &data, bool swapped)
        : m_data(data)
        , m_swapped(swapped)
    { }

    std::optional<quint32> word(qsizetype offset) const
    {
        if (offset < 0 || offset > m_data.size() - 4)
            return std::nullopt;
        const auto *bytes = reinterpret_cast<const uchar *>(m_data.constData() + offset);
        const quint32 little = quint32(bytes[0]) | quint32(bytes[1]) << 8 | quint32(bytes[2]) << 16
                | quint32(bytes[3]) << 24;
        return m_swapped ? qbswap(little) : little;
    }

    // The string an entry of a table (length, offset) points at, up to its
    // first NUL (a plural form's first form).
    std::optional<QString> string(qsizetype table, quint32 index) const
    {
        const qsizetype entry = table + qsizetype(index) * 8;
        const std::optional<quint32> length = word(entry);
        const std::optional<quint32> offset = word(entry + 4);
        if (!length || !offset || qsizetype(*offset) + qsizetype(*length) > m_data.size())
            return std::nullopt;
        QByteArrayView bytes(m_data.constData() + *offset, qsizetype(*length));
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
            bytes = bytes.first(nul);
        return QString::fromUtf8(bytes);
    }

private:
    const QByteArray &m_data;
    bool m_swapped;
};

} // namespace

std::optional<MoCatalog::Messages> MoCatalog::parse(const QByteArray &data)
{
    if (data.size() < 28)
        return std::nullopt;
    const std::optional<quint32> first = Reader(data, false).word(0);
    bool swapped = false;
    if (first == qbswap(magic))
        swapped = true;
    else if (first != magic)
        return std::nullopt;
    const Reader reader(data, swapped);
    const std::optional<quint32> count = reader.word(8);
    const std::optional<quint32> originals = reader.word(12);
    const std::optional<quint32> translations = reader.word(16);
    if (!count || !originals || !translations || *count > maxMessages)
        return std::nullopt;
    Messages messages;
    messages.reserve(qsizetype(*count));
    for (quint32 i = 0; i < *count; ++i) {
        const std::optional<QString> original = reader.string(qsizetype(*originals), i);
        const std::optional<QString> translation = reader.string(qsizetype(*translations), i);
        if (!original || !translation)
            return std::nullopt;
        // The empty original is the catalog's header, not a message.
        if (!original->isEmpty() && !translation->isEmpty())
            messages.insert(*original, *translation);
    }
    return messages;
}

std::optional<MoCatalog::Messages> MoCatalog::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A catalog of country names is tens of kilobytes; refuse anything huge.
    if (file.size() > 64 * 1024 * 1024)
        return std::nullopt;
    return parse(file.readAll());
}

} // namespace scs

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace scs {

// A GNU gettext message catalog (.mo), as the system's iso-codes package
// ships the names of countries in each language: original -> translation.
// Contexts and plural forms are kept as written (the first form).
class MoCatalog
{
public:
    using Messages = QHash<QString, QString>;

    // Nothing when the data is not a .mo file or is cut short or damaged.
    static std::optional<Messages> parse(const QByteArray &data);
    // Nothing when the file cannot be read or is not a .mo file.
    static std::optional<Messages> read(const QString &path);
};

} // namespace scs

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace scs {

// A file named by the user for a command or the editor: a project file
// (SQLite inside, whatever its name) or a JSON request or project. Read
// only if it is a regular file, without ever blocking on a FIFO or a
// device, and only up to MaxJsonBytes of JSON.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(scs::InputFile)

public:
    enum class Type { ProjectFile, Json };

    // Larger JSON is refused before it is read into memory.
    static constexpr qint64 MaxJsonBytes = 64 * 1024 * 1024;

    // `type` says what the file is; `json` gets its bytes when it is JSON
    // (a project file is left for ProjectFile to open). On failure `error`
    // gets a translated sentence naming the file.
    static bool read(const QString &path, Type *type, QByteArray *json, QString *error);
};

} // namespace scs

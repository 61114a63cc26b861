#pragma once

#include "model/Project.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace scs {

// A file named by the user for a command or the editor: a project file
// (SQLite inside, whatever its name) or a JSON request or project. Read
// only if it is a regular file, without ever blocking on a FIFO or a
// device, and only up to MaxJsonBytes of JSON. The one place that tells
// what a file is by its content.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(scs::InputFile)

public:
    enum class Type { ProjectFile, Json };

    // Larger JSON is refused before it is read into memory.
    static constexpr qint64 MaxJsonBytes = 64 * 1024 * 1024;

    // The first bytes of every SQLite database, so of every project file.
    static constexpr QByteArrayView SqliteMagic {"SQLite format 3\0", 16};

    // What a file starting with `head` is: a project file when it starts
    // with SQLite's magic, otherwise JSON (to be judged by its reader).
    static Type typeOf(QByteArrayView head);

    // `type` says what the file is; `json` gets its bytes when it is JSON
    // (a project file is left for ProjectFile to open). On failure `error`
    // gets a translated sentence naming the file.
    static bool read(const QString &path, Type *type, QByteArray *json, QString *error);

    // A file read whole, whatever it is, for the commands that only read
    // (check, export): a project file opened read-only (its newest
    // revision and the time of it), or JSON.
    struct Contents
    {
        Type type = Type::Json;
        Project project;
        int revision = 0; // the project file's newest revision; 0 for JSON
        QDateTime time; // of that revision, or the JSON file's modification time (UTC)
    };
    static bool readProject(const QString &path, Contents *contents, QString *error);
};

} // namespace scs

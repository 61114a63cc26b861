#pragma once

#include "Revision.h"

#include "model/Project.h"

#include <QList>
#include <QMap>
#include <QString>

namespace scs {

class SqliteConnection;

// Reads a project file the one way every reader does (opening, commands,
// the GUI, recovery copies, and a save reading back what it wrote), so that
// what one accepts the others accept: the schema exactly ours, the file
// intact, the content equal to its checksum and within model/Limits.h, and
// the whole history readable and within the limits too.
namespace ProjectReader {

enum class Problem {
    None,
    ForeignSchema, // objects we never make (views, triggers, extra tables)
    Damaged,
    ExceedsLimits, // a value of the project beyond model/Limits.h
    HistoryDamaged,
    HistoryExceedsLimits, // a value of the history beyond model/Limits.h
    TooMuchWork, // a statement ran beyond the connection's work budget
};

struct Result
{
    Problem problem = Problem::None;
    // A short technical reason; for the two limits a translated sentence.
    QString detail;
    bool ok() const { return problem == Problem::None; }
};

// The schema of `version`, exactly, and PRAGMA integrity_check; then (with
// `measureValues`) the length of every text, so that nothing beyond a
// limit is ever read into memory. Run first: nothing else of the file is
// read before the schema is known to be ours. A save reading back what it
// just wrote within the limits skips the measuring.
Result check(const SqliteConnection &connection, int version, bool measureValues = true);

struct Contents
{
    Project project;
    QMap<QString, QString> meta;
    QList<Revision> revisions; // with their changes
};

// The project, its meta data and its history (a file of the current
// version that passed check()). The history is part of the file: a
// revision that cannot be read is an error, never a shorter history; a
// saved file has revisions 1..N and the last one lists the requests in the
// file's order (recovery copies, which name their original in meta
// "recovery_of", have none). With `historyFrom` > 1 (a save reading back
// the revision it added) the revisions before it are counted, not read.
// When only the checksum fails, contents->project holds what was read.
Result read(const SqliteConnection &connection, Contents *contents, int historyFrom = 1);

} // namespace ProjectReader

} // namespace scs

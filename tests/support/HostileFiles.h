#pragma once

// Project files an attacker (or an accident) could hand to Shortcode
// Studio, built in the test from a real project file with Qt Sql: views
// that never end or return huge values, triggers and extra objects, values
// beyond the limits inside the history, damaged history rows, and a FIFO.
// Shared by the core, command-line and GUI tests (docs/reliability.md,
// "Hostile files").

#include "storage/ProjectFile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <sys/stat.h>

namespace scs::test::hostile {

using namespace Qt::StringLiterals;

enum class Kind {
    RecursiveValuesView, // field_value replaced by an endless recursive view
    RecursiveHistoryView, // revision_change replaced by an endless recursive view
    HugeValueView, // field_value replaced by a view returning an 800 MB value
    Trigger, // a trigger added
    ExtraTable, // a table we never make
    ChangedTable, // meta defined differently (a column more)
    HugeHistoryValue, // a 40 MB value in the history (beyond what SQLite may read)
    LargeHistoryValue, // a 30 MB value in the history (SQLite may read it; we do not)
    LongHistoryValue, // a history value beyond the field's limit
    RevisionZero, // a revision numbered 0
    HistoryEmptied, // every revision deleted
    HistoryGap, // revision 1 deleted
    Fifo, // a FIFO named *.scproj
};

struct Case
{
    const char *name;
    Kind kind;
    ProjectFile::Error error; // what opening it says
};

inline const Case cases[] = {
        {"recursive values view", Kind::RecursiveValuesView, ProjectFile::Error::ForeignSchema},
        {"recursive history view", Kind::RecursiveHistoryView, ProjectFile::Error::ForeignSchema},
        {"800 MB value view", Kind::HugeValueView, ProjectFile::Error::ForeignSchema},
        {"trigger", Kind::Trigger, ProjectFile::Error::ForeignSchema},
        {"extra table", Kind::ExtraTable, ProjectFile::Error::ForeignSchema},
        {"changed table", Kind::ChangedTable, ProjectFile::Error::ForeignSchema},
        {"40 MB history value", Kind::HugeHistoryValue, ProjectFile::Error::ExceedsLimits},
        {"30 MB history value", Kind::LargeHistoryValue, ProjectFile::Error::ExceedsLimits},
        {"history value beyond its limit", Kind::LongHistoryValue, ProjectFile::Error::ExceedsLimits},
        {"revision 0", Kind::RevisionZero, ProjectFile::Error::HistoryDamaged},
        {"history emptied", Kind::HistoryEmptied, ProjectFile::Error::HistoryDamaged},
        {"history with a gap", Kind::HistoryGap, ProjectFile::Error::HistoryDamaged},
        {"fifo", Kind::Fifo, ProjectFile::Error::NotRegularFile},
};

// A small real project: one request, two revisions; notes.description (a
// multiline field) is in the history.
inline Project baseProject(int variant = 0)
{
    Project project;
    project.name = u"Hostile base"_s;
    Request request;
    request.setUuid(QUuid(u"6f1d2c9e-3a43-4c3e-8d0b-5b6f0e2a7c11"_s));
    request.setTitle(u"US"_s);
    request.setValue(FieldId::CaseCountries, QStringList {u"US"_s});
    request.setValue(FieldId::CompanyName, variant == 0 ? u"Northwind"_s : u"Northwind Alerts"_s);
    request.setValue(FieldId::NotesDescription, u"n"_s);
    project.requests.append(request);
    return project;
}

inline bool saveBase(const QString &path)
{
    ProjectFile file;
    return file.saveAs(path, baseProject(0)) && file.save(baseProject(1));
}

// Runs SQL on a file through a plain connection (none of our protections).
inline bool execSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile-sql"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        // No syncs and no journal on disk: these files are made for one
        // test run, and writing 40 MB with syncs took seconds.
        const QStringList all =
                QStringList {u"PRAGMA synchronous = OFF"_s, u"PRAGMA journal_mode = MEMORY"_s} + statements;
        for (const QString &sql : all) {
            if (ok && !query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"hostile-sql"_s);
    return ok;
}

// An endless query with the columns of `columns`.
inline QString endlessView(const QString &name, const QString &columns)
{
    return u"CREATE VIEW %1 AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT %2 FROM r"_s
            .arg(name, columns);
}

// Builds the file of `kind` as `path` from a copy of `base` (saved by
// saveBase(), once for many files), or from a new base; false if the test
// could not.
inline bool make(const QString &path, Kind kind, const QString &base = QString())
{
    if (kind == Kind::Fifo)
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    if (!(base.isEmpty() ? saveBase(path) : QFile::copy(base, path)))
        return false;
    switch (kind) {
    case Kind::RecursiveValuesView:
        return execSql(path,
                       {u"DROP TABLE field_value"_s,
                        endlessView(u"field_value"_s,
                                    u"1 AS request_id, 'company.name' AS field_key, 'text' AS kind,"
                                    " 'x' AS text_value, NULL AS integer_value"_s)});
    case Kind::RecursiveHistoryView:
        return execSql(path,
                       {u"DROP TABLE revision_change"_s,
                        endlessView(u"revision_change"_s,
                                    u"1 AS revision, n AS seq, 'project_renamed' AS kind,"
                                    " NULL AS request_uuid, NULL AS request_title, NULL AS field_key,"
                                    " '\"a\"' AS old_value, '\"b\"' AS new_value"_s)});
    case Kind::HugeValueView:
        return execSql(path,
                       {u"DROP TABLE field_value"_s,
                        u"CREATE VIEW field_value AS SELECT 1 AS request_id, 'company.name' AS field_key,"
                        " 'text' AS kind, printf('%.*c', 800000000, 'x') AS text_value,"
                        " NULL AS integer_value"_s});
    case Kind::Trigger:
        return execSql(path, {u"CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM project; END"_s});
    case Kind::ExtraTable:
        return execSql(path, {u"CREATE TABLE evil (x)"_s});
    case Kind::ChangedTable:
        return execSql(path, {u"ALTER TABLE meta ADD COLUMN extra TEXT"_s});
    case Kind::HugeHistoryValue:
        return execSql(path,
                       {u"UPDATE revision_change SET new_value = printf('\"%.*c\"', 40000000, 'x')"
                        " WHERE field_key = 'notes.description'"_s});
    case Kind::LargeHistoryValue:
        return execSql(path,
                       {u"UPDATE revision_change SET new_value = printf('\"%.*c\"', 30000000, 'x')"
                        " WHERE field_key = 'notes.description'"_s});
    case Kind::LongHistoryValue:
        return execSql(path,
                       {u"UPDATE revision_change SET new_value = printf('\"%.*c\"', 250000, 'x')"
                        " WHERE field_key = 'notes.description'"_s});
    case Kind::RevisionZero:
        return execSql(path,
                       {u"UPDATE revision_change SET revision = 0 WHERE revision = 1"_s,
                        u"UPDATE revision SET number = 0 WHERE number = 1"_s});
    case Kind::HistoryEmptied:
        return execSql(path, {u"DELETE FROM revision_change"_s, u"DELETE FROM revision"_s});
    case Kind::HistoryGap:
        return execSql(path,
                       {u"DELETE FROM revision_change WHERE revision = 1"_s,
                        u"DELETE FROM revision WHERE number = 1"_s});
    case Kind::Fifo:
        break;
    }
    return true;
}

} // namespace scs::test::hostile

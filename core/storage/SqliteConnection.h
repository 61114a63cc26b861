#pragma once

#include <QSqlDatabase>
#include <QString>

namespace scs {

// One QSQLITE connection under a name of its own, removed again when this
// object is closed or destroyed (a project file may be open several times
// in one process, and the editor and a save run side by side).
class SqliteConnection
{
public:
    enum class Mode {
        ReadOnly, // QSQLITE_OPEN_READONLY: never writes, never creates the file
        ReadWrite, // creates the file if missing
    };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // On failure `error` gets the driver's text and `nativeCode` SQLite's
    // result code (as QSqlError::nativeErrorCode gives it, e.g. "26").
    bool open(const QString &path, Mode mode, QString *error = nullptr, QString *nativeCode = nullptr);
    void close();
    bool isOpen() const { return !m_name.isEmpty(); }
    QString path() const { return m_path; }

    QSqlDatabase database() const;

    // Runs one statement without results; on failure fills the two out
    // parameters like open().
    bool exec(const QString &sql, QString *error = nullptr, QString *nativeCode = nullptr) const;

private:
    QString m_name;
    QString m_path;
};

} // namespace scs

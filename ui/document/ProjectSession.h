#pragma once

#include "storage/RecoveryStore.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace scs {

class Autosaver;
class ProjectDocument;
class ProjectFile;
struct Project;

// The file side of the open project: the .scproj it lives in (with its
// lock, read-only state and history), JSON imports, and the autosaved
// recovery copy. The main window asks the questions; this class does the
// work and reports errors as translated text.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(ProjectDocument *document, QObject *parent = nullptr);
    ~ProjectSession() override;

    // A new, untitled project.
    void startNew(const Project &project);
    // Opens a .scproj project file (read-only when another opener holds
    // it or the file cannot be written; see readOnlyMessage()).
    bool openProjectFile(const QString &path, QString *error);
    // Opens a .json request or project as a new, untitled project: the
    // next save asks where to put the .scproj.
    bool openJson(const QString &path, QString *error);
    // Reads a .json request or project file, with a clear error naming the
    // file and the place when it cannot.
    static bool readJsonFile(const QString &path, Project *project, QString *error);
    // Opens either, by content (a project file is SQLite inside).
    bool open(const QString &path, QString *error);

    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    // The open project file, or nullptr for an untitled project.
    ProjectFile *file() const { return m_file.get(); }
    bool hasFile() const;
    bool isReadOnly() const;
    QString readOnlyMessage() const;

    // Recovery: copies left by sessions that did not end cleanly.
    RecoveryStore *recoveryStore() { return &m_recovery; }
    QList<RecoveryEntry> recoverableEntries() const;
    bool restore(const RecoveryEntry &entry, QString *error);
    // A clean exit: the recovery copy is not needed any more.
    void discardRecoveryCopy();
    Autosaver *autosaver() const { return m_autosaver.get(); }
    void setAutosaveInterval(int milliseconds);

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);

private:
    static bool readJson(const QString &path, const QByteArray &json, Project *project, QString *error);
    void startAutosaver(const QString &originalPath);
    void documentModified(bool modified);

    ProjectDocument *m_document;
    std::unique_ptr<ProjectFile> m_file;
    RecoveryStore m_recovery;
    std::unique_ptr<Autosaver> m_autosaver;
    int m_autosaveInterval;
};

} // namespace scs

#pragma once

#include "storage/RecoveryStore.h"
#include "storage/Revision.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace scs {

class Autosaver;
class ProjectDocument;
class ProjectFile;
struct Project;

// A recovery copy offered after a crash, with what became of its project
// file since the copy's session read it.
struct RecoveryOffer
{
    enum class FileState {
        Untitled, // the project had no file
        Unchanged, // the file still holds the revision the session started from
        ChangedSince, // saved again since (see `latest`): restoring merges
        Missing, // the file is gone: the copy is restored as an untitled project
        Unreadable, // the file cannot be opened now (see `problem`)
    };
    RecoveryEntry entry;
    FileState state = FileState::Untitled;
    Revision latest; // ChangedSince: the file's newest revision
    QString problem; // Unreadable: why
};

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

    // Recovery: copies left by sessions that did not end cleanly (not
    // those of sessions that still run), with the state of their files.
    RecoveryStore *recoveryStore() { return &m_recovery; }
    QList<RecoveryOffer> recoveryOffers() const;
    // How to settle answers changed both in the copy and in the file since.
    enum class ConflictChoice { Ask, KeepCopy, KeepFile };
    // Restores a copy as unsaved changes: into its own file when that
    // still exists (merged with what was saved there since: answers
    // changed on one side only are taken from that side; for answers
    // changed on both, `choice`), else as an untitled project. With
    // ConflictChoice::Ask and conflicts, nothing changes and `conflicts`
    // gets their number. The copy is removed once restored.
    bool restore(const RecoveryEntry &entry, ConflictChoice choice, QString *error, int *conflicts = nullptr);
    // The changes were saved or deliberately dropped: the session's copy
    // is not needed any more.
    void discardRecoveryCopy();
    Autosaver *autosaver() const { return m_autosaver.get(); }
    void setAutosaveInterval(int milliseconds);
    // The newest revision of the open file (0 for none).
    int fileRevision() const;

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);
    // The autosave could not write its copy (the message says why), or
    // wrote one again after a failure.
    void autosaveFailed(const QString &message);
    void autosaveWritten();

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

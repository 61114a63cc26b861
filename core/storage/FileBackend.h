#pragma once

#include "ProjectBackend.h"
#include "ProjectFile.h"

namespace scs {

// The project file (.scproj) behind the storage seam: ProjectFile as it is;
// a file has one writer at a time (its lock), so a save never merges.
class FileBackend final : public ProjectBackend
{
public:
    bool open(const QString &path, ProjectFile::OpenMode mode = ProjectFile::OpenMode::ReadWrite)
    {
        return m_file.open(path, mode);
    }
    ProjectFile &file() { return m_file; }

    QString location() const override { return m_file.path(); }
    const Project &project() const override { return m_file.project(); }
    bool isReadOnly() const override { return m_file.isReadOnly(); }
    QString readOnlyMessage() const override { return m_file.readOnlyMessage(); }
    SaveResult save(const Project &project) override;
    QList<Revision> revisions(bool withChanges = true) const override
    {
        return m_file.revisions(withChanges);
    }
    int lastRevision() const override { return m_file.lastRevision(); }
    std::optional<Project> projectAtRevision(int number) const override
    {
        return m_file.projectAtRevision(number);
    }
    std::optional<QList<Change>> diff(int from, int to) const override { return m_file.diff(from, to); }
    QString errorString() const override { return m_file.errorString(); }
    void setUserName(const QString &name) override { m_file.setUserName(name); }

private:
    ProjectFile m_file;
};

} // namespace scs

#include "RecoveryStore.h"

#include "ProjectFile.h"
#include "ProjectStore.h"
#include "ProjectWriter.h"
#include "SqliteConnection.h"

#include "i18n/Version.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

const QString suffix = u".scproj"_s;

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{ }

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::keyForPath(const QString &originalPath)
{
    const QByteArray path = QFileInfo(originalPath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(32));
}

QString RecoveryStore::newUntitledKey() const
{
    for (int n = 1;; ++n) {
        const QString key = u"untitled-%1"_s.arg(n);
        if (!QFileInfo::exists(pathFor(key)))
            return key;
    }
}

QString RecoveryStore::pathFor(const QString &key) const
{
    return m_directory + u'/' + key + suffix;
}

bool RecoveryStore::write(const QString &key, const QString &originalPath, const Project &project,
                          QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error =
                    tr("Could not create the recovery folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // The folder holds copies of tax ids and contacts: keep it private.
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ProjectWriter::Job job;
    job.target = pathFor(key);
    job.project = &project;
    job.meta = {{u"app_version"_s, applicationVersion()},
                {u"saved_utc"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {u"recovery_of"_s,
                 originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath()},
                {u"recovery_pid"_s, QString::number(QCoreApplication::applicationPid())}};
    QString detail;
    if (ProjectWriter::write(job, &detail) == ProjectWriter::Result::Ok)
        return true;
    if (error)
        *error = tr("Could not write the recovery copy %1 (%2).")
                         .arg(QDir::toNativeSeparators(job.target), detail);
    return false;
}

std::optional<RecoveryEntry> RecoveryStore::readEntry(const QString &filePath) const
{
    // Through ProjectFile, so a damaged copy is skipped, not offered.
    ProjectFile file;
    if (!file.open(filePath, ProjectFile::OpenMode::ReadOnly))
        return std::nullopt;
    SqliteConnection connection;
    if (!connection.open(filePath, SqliteConnection::Mode::ReadOnly))
        return std::nullopt;
    QSqlDatabase db = connection.database();
    const QMap<QString, QString> meta = ProjectStore::readMeta(db);
    db = QSqlDatabase();
    const QFileInfo info(filePath);
    RecoveryEntry entry;
    entry.key = info.completeBaseName();
    entry.filePath = info.absoluteFilePath();
    entry.originalPath = meta.value(u"recovery_of"_s);
    entry.projectName = file.project().name;
    entry.timeUtc = QDateTime::fromString(meta.value(u"saved_utc"_s), Qt::ISODateWithMs);
    entry.timeUtc.setTimeSpec(Qt::UTC);
    entry.size = info.size();
    entry.processId = meta.value(u"recovery_pid"_s).toLongLong();
    return entry;
}

QList<RecoveryEntry> RecoveryStore::entries() const
{
    QList<RecoveryEntry> result;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({u"*"_s + suffix}, QDir::Files);
    for (const QString &name : names) {
        if (auto entry = readEntry(dir.filePath(name)))
            result.append(*entry);
    }
    std::sort(result.begin(), result.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.timeUtc > b.timeUtc; });
    return result;
}

std::optional<RecoveryEntry> RecoveryStore::entry(const QString &key) const
{
    if (!QFileInfo::exists(pathFor(key)))
        return std::nullopt;
    return readEntry(pathFor(key));
}

std::optional<Project> RecoveryStore::restore(const QString &key, QString *error) const
{
    Project project;
    if (!ProjectFile::load(pathFor(key), &project, error))
        return std::nullopt;
    return project;
}

bool RecoveryStore::remove(const QString &key)
{
    const QString path = pathFor(key);
    return !QFileInfo::exists(path) || QFile::remove(path);
}

} // namespace scs

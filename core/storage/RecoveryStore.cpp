#include "RecoveryStore.h"

#include "ProjectFile.h"
#include "ProjectStore.h"
#include "ProjectWriter.h"
#include "SqliteConnection.h"

#include "i18n/Version.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

const QString suffix = u".scproj"_s;
const QString lockSuffix = u".lock"_s;

// Whether a process is gone or on its way out: a zombie, or one whose exit
// has begun (PF_EXITING in /proc/PID/stat), such as one just killed with
// SIGKILL whose files the kernel is still closing. Without /proc, no.
bool isExiting(qint64 pid)
{
    if (pid <= 0)
        return true;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QFileInfo::exists(u"/proc/self"_s); // /proc works and the process is gone
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid pgrp session tty tpgid flags ...": comm may hold
    // spaces and parentheses, so fields count from the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 7)
        return false;
    const char state = fields.at(0).isEmpty() ? '?' : fields.at(0).at(0);
    if (state == 'Z' || state == 'X' || state == 'x')
        return true;
    constexpr quint64 PfExiting = 0x4;
    return (fields.at(6).toULongLong() & PfExiting) != 0;
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::system()->generate64() & 0xffffffffffULL, 16)
            .rightJustified(10, u'0');
}

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

QString RecoveryStore::newKey(const QString &originalPath) const
{
    const QString prefix = originalPath.isEmpty() ? u"untitled"_s : keyForPath(originalPath);
    for (;;) {
        const QString key = prefix + u'-' + randomSuffix();
        if (!QFileInfo::exists(pathFor(key)) && !QFileInfo::exists(lockPathFor(key)))
            return key;
    }
}

QString RecoveryStore::newUntitledKey() const
{
    return newKey(QString());
}

QString RecoveryStore::pathFor(const QString &key) const
{
    return m_directory + u'/' + key + suffix;
}

QString RecoveryStore::lockPathFor(const QString &key) const
{
    return m_directory + u'/' + key + lockSuffix;
}

bool RecoveryStore::write(const QString &key, const RecoverySource &source, const Project &project,
                          QString *error) const
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
    job.meta = {
            {u"app_version"_s, applicationVersion()},
            {u"saved_utc"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"recovery_of"_s, source.path.isEmpty() ? QString() : QFileInfo(source.path).absoluteFilePath()},
            {u"recovery_base_revision"_s, QString::number(source.baseRevision)},
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
    entry.baseRevision = meta.value(u"recovery_base_revision"_s).toInt();
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

bool RecoveryStore::remove(const QString &key) const
{
    const QString path = pathFor(key);
    const bool removed = !QFileInfo::exists(path) || QFile::remove(path);
    // The lock file goes too, unless a running session holds it (the
    // session's own copies come and go while it keeps its claim).
    const QByteArray lockPath = QFile::encodeName(lockPathFor(key));
    const int fd = ::open(lockPath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(lockPath.constData());
        ::close(fd);
    }
    return removed;
}

bool RecoveryStore::isInUse(const QString &key, int waitMs) const
{
    const int fd = ::open(QFile::encodeName(lockPathFor(key)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no lock file: its writer is gone (or older than locks)
    const QDeadlineTimer deadline(waitMs);
    bool held = true;
    for (;;) {
        if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
            held = false;
            break;
        }
        QByteArray pid(32, '\0');
        const ssize_t n = ::pread(fd, pid.data(), pid.size(), 0);
        pid.truncate(std::max<ssize_t>(n, 0));
        if (!isExiting(pid.trimmed().toLongLong()) || deadline.hasExpired())
            break;
        QThread::msleep(20);
    }
    ::close(fd);
    return held;
}

RecoveryClaim::RecoveryClaim(const RecoveryStore &store, const QString &key)
    : m_key(key)
    , m_path(store.lockPathFor(key))
{
    if (!QDir().mkpath(store.directory()))
        return;
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return;
    }
    // Who holds it: read by isInUse() to tell a live writer from a dying one.
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        ::close(fd);
        return;
    }
    m_fd = fd;
}

RecoveryClaim::~RecoveryClaim()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void RecoveryClaim::release()
{
    if (m_fd < 0)
        return;
    QFile::remove(m_path);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace scs

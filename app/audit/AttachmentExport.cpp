#include "AttachmentExport.h"

#include "model/FieldId.h"
#include "model/FieldValue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace scs::cli {

QString AttachmentExport::safeName(const QString &name, const QString &fallback)
{
    // The last part of a path, whichever separator it uses.
    QString base = name;
    base.replace(u'\\', u'/');
    base = base.section(u'/', -1);
    QString safe;
    for (QChar c : std::as_const(base)) {
        const bool reserved = QStringView(u"<>:\"|?*").contains(c);
        safe += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || reserved)
                ? u'_'
                : c;
    }
    safe = safe.trimmed();
    // No hidden files and nothing that means a folder ("." and "..").
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    safe = safe.left(120);
    return safe.isEmpty() ? fallback : safe;
}

QStringList AttachmentExport::fileNames(const Project &project)
{
    QStringList names;
    QSet<QString> taken;
    int withFiles = 0;
    for (const Request &request : project.requests) {
        if (!request.value(FieldId::EvidenceOptinMockups).toAttachments().isEmpty())
            ++withFiles;
    }
    for (qsizetype r = 0; r < project.requests.size(); ++r) {
        const AttachmentList attachments =
                project.requests.at(r).value(FieldId::EvidenceOptinMockups).toAttachments();
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            QString name = safeName(attachments.at(i).name, u"attachment-%1"_s.arg(i + 1));
            if (withFiles > 1)
                name = u"request%1-%2"_s.arg(r + 1).arg(name);
            const QFileInfo info(name);
            const QString stem = info.completeBaseName().isEmpty() ? name : info.completeBaseName();
            const QString suffix = info.completeBaseName().isEmpty() || info.suffix().isEmpty()
                    ? QString()
                    : u"."_s + info.suffix();
            QString unique = name;
            for (int n = 2; taken.contains(unique.toCaseFolded()); ++n)
                unique = u"%1-%2%3"_s.arg(stem).arg(n).arg(suffix);
            taken.insert(unique.toCaseFolded());
            names << unique;
        }
    }
    return names;
}

bool AttachmentExport::write(const Project &project, const QString &directory, bool force,
                             QStringList *written, QString *error)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const QStringList names = fileNames(project);
    // Refused before anything is written: a half-written folder helps no one.
    if (!force) {
        QStringList existing;
        for (const QString &name : names) {
            if (QFileInfo::exists(dir.filePath(name)))
                existing << QDir::toNativeSeparators(dir.filePath(name));
        }
        if (!existing.isEmpty()) {
            *error = tr("%n file(s) already exist, and nothing was written (use --force to replace them): %1",
                        nullptr, int(existing.size()))
                             .arg(existing.join(u", "_s));
            return false;
        }
    }
    qsizetype at = 0;
    for (const Request &request : project.requests) {
        for (const Attachment &attachment : request.value(FieldId::EvidenceOptinMockups).toAttachments()) {
            const QString path = dir.filePath(names.at(at++));
            if (force && QFileInfo(path).isFile())
                QFile::remove(path);
            QFile file(path);
            // NewOnly: never through a link planted where the file goes.
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                || file.write(attachment.data) != attachment.data.size() || !file.flush()) {
                *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                return false;
            }
            *written << path;
        }
    }
    return true;
}

} // namespace scs::cli

#include "ProjectFileDialogs.h"

#include "Config.h"
#include "Dialogs.h"
#include "document/ProjectDocument.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace scs {

QString ProjectFileDialogs::directory(const ProjectDocument *document)
{
    if (!document->filePath().isEmpty())
        return QFileInfo(document->filePath()).absolutePath();
    const QString last = Config::get(Config::LastDirectory);
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ProjectFileDialogs::remember(const QString &path)
{
    Config::set(Config::LastDirectory, QFileInfo(path).absolutePath());
}

QString ProjectFileDialogs::askOpen(QWidget *parent, const ProjectDocument *document, const QString &filter)
{
    const QString path = Dialogs::openFileName(parent, tr("Open"), directory(document), filter);
    if (!path.isEmpty())
        remember(path);
    return path;
}

QString ProjectFileDialogs::askSave(QWidget *parent, const ProjectDocument *document, const QString &filter,
                                    const QString &suggested)
{
    const QString path = Dialogs::saveFileName(parent, tr("Save"), directory(document), suggested, filter);
    if (!path.isEmpty())
        remember(path);
    return path;
}

} // namespace scs

#pragma once

#include "model/Project.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace scs::cli {

// `shortcode-audit export --attachments DIR`: writes the attached files
// (the opt-in mockups) of every request into one folder. A file's name
// comes from the project, which may come from anyone: it is reduced to a
// plain name in DIR (no folders, no "..", no leading dot, no control or
// reserved characters), names that repeat get "-2", "-3", and with several
// requests each name starts with the request's number. Nothing is
// overwritten unless `force`: when any file exists, none is written. Files
// are created readable by their owner only (0600).
class AttachmentExport
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentExport)

public:
    // The plain file name an attachment's name becomes; `fallback` when
    // nothing of it is left.
    static QString safeName(const QString &name, const QString &fallback);

    // The names the files of `project` get in the folder, in order.
    static QStringList fileNames(const Project &project);

    // Writes them; false with a message in *error (nothing written when a
    // file exists and !force). *written: the paths written.
    static bool write(const Project &project, const QString &directory, bool force, QStringList *written,
                      QString *error);
};

} // namespace scs::cli

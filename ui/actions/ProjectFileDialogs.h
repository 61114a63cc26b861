#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace scs {

class ProjectDocument;

// Where the file dialogs of a project open, and that they remember it:
// the project's folder; for a project without a file, the folder used
// last (where its JSON came from, or the last save); else Documents.
class ProjectFileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileDialogs)

public:
    static QString directory(const ProjectDocument *document);
    // Makes the folder of `path` the one used last.
    static void remember(const QString &path);
    // A file to open or to save to (through Dialogs); "" = cancelled.
    static QString askOpen(QWidget *parent, const ProjectDocument *document, const QString &filter);
    static QString askSave(QWidget *parent, const ProjectDocument *document, const QString &filter,
                           const QString &suggested);
};

} // namespace scs

#pragma once

#include <QList>
#include <QTextDocument>
#include <QUrl>

namespace scs {

// A QTextDocument that never loads anything: QTextDocument::loadResource
// would read local files and qrc paths named by <img src> or a style sheet.
// Reports escape all user text, so nothing should ever ask; if something
// does, it gets nothing and the request is recorded (tests check it).
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

    QList<QUrl> refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QList<QUrl> m_refused;
};

} // namespace scs

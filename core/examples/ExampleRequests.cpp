#include "ExampleRequests.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace scs::ExampleRequests {

QString compliantPath()
{
    return u":/examples/northwind-alerts.json"_s;
}

QString typicalMistakesPath()
{
    return u":/examples/typical-mistakes.json"_s;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace scs::ExampleRequests

#pragma once

#include <QByteArray>
#include <QString>

namespace scs {

// The example requests shipped inside the binaries (resources/examples/):
// a fully compliant one, used by `shortcode-audit template` and as the
// starting point of a new request, and one with the typical mistakes.
namespace ExampleRequests {

// Resource path of the compliant example (":/examples/northwind-alerts.json").
QString compliantPath();
// Resource path of the example with typical mistakes.
QString typicalMistakesPath();
// The bytes of a resource; empty when it does not exist.
QByteArray read(const QString &path);

} // namespace ExampleRequests

} // namespace scs

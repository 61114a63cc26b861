#include "ChangeText.h"

#include "ValueCodec.h"

#include "catalog/Catalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

constexpr qsizetype longValue = 160;

} // namespace

QString ChangeText::summary(const QList<Change> &changes)
{
    int counts[6] = {};
    for (const Change &change : changes)
        ++counts[int(change.kind)];
    QStringList parts;
    for (const Change &change : changes) {
        if (change.kind == Change::Kind::ProjectRenamed) // the first save names the project
            parts.append(change.oldValue.isEmpty() ? tr("project named") : tr("project renamed"));
    }
    if (const int n = counts[int(Change::Kind::RequestAdded)])
        parts.append(tr("%n request(s) added", nullptr, n));
    if (const int n = counts[int(Change::Kind::RequestRemoved)])
        parts.append(tr("%n request(s) removed", nullptr, n));
    if (const int n = counts[int(Change::Kind::RequestRenamed)])
        parts.append(tr("%n request(s) renamed", nullptr, n));
    if (counts[int(Change::Kind::RequestsReordered)])
        parts.append(tr("requests reordered"));
    if (const int n = counts[int(Change::Kind::FieldChanged)])
        parts.append(tr("%n field(s) changed", nullptr, n));
    if (parts.isEmpty())
        return tr("no changes");
    return parts.join(tr(", "));
}

QString ChangeText::value(const Change &change, const FieldValue &value)
{
    if (!value.isSet())
        return tr("(empty)");
    QString text;
    if (change.kind == Change::Kind::FieldChanged) {
        const auto id = Catalog::fieldByKey(change.fieldKey);
        text = id ? ValueCodec::toText(ValueCodec::toJson(*id, value)) : QString();
    } else if (value.isStringList()) {
        text = ValueCodec::toText(QJsonArray::fromStringList(value.toStringList()));
    } else {
        text = ValueCodec::toText(value.toString());
    }
    if (text.size() > longValue) {
        return tr("%1… (%n character(s))", nullptr, int(text.size())).arg(text.left(longValue));
    }
    return text;
}

QString ChangeText::describe(const Change &change)
{
    const QString title = ValueCodec::toText(change.requestTitle);
    switch (change.kind) {
    case Change::Kind::ProjectRenamed:
        return tr("project renamed: %1 → %2")
                .arg(value(change, change.oldValue), value(change, change.newValue));
    case Change::Kind::RequestAdded:
        return tr("request added: %1").arg(title);
    case Change::Kind::RequestRemoved:
        return tr("request removed: %1").arg(title);
    case Change::Kind::RequestRenamed:
        return tr("request renamed: %1 → %2")
                .arg(value(change, change.oldValue), value(change, change.newValue));
    case Change::Kind::RequestsReordered:
        return tr("requests reordered");
    case Change::Kind::FieldChanged:
        return tr("%1: %2: %3 → %4")
                .arg(title, change.fieldKey, value(change, change.oldValue), value(change, change.newValue));
    }
    return {};
}

} // namespace scs

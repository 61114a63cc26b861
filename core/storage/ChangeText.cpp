#include "ChangeText.h"

#include "ValueCodec.h"

#include "catalog/Catalog.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs {

namespace {

constexpr qsizetype longValue = 160;

bool isAttachments(const Change &change)
{
    if (change.kind != Change::Kind::FieldChanged)
        return false;
    const auto id = Catalog::fieldByKey(change.fieldKey);
    return id && Catalog::field(*id).kind == FieldKind::Attachments;
}

} // namespace

ChangeText::AttachmentChanges ChangeText::attachmentChanges(const AttachmentList &before,
                                                            const AttachmentList &after)
{
    AttachmentChanges result;
    AttachmentList unmatched = before;
    for (const Attachment &file : after) {
        const auto it = std::find_if(unmatched.begin(), unmatched.end(),
                                     [&file](const Attachment &old) { return old.name == file.name; });
        if (it == unmatched.end()) {
            result.added.append(file);
            continue;
        }
        if (!(*it == file))
            result.changed.append(file);
        unmatched.erase(it);
    }
    result.removed = unmatched;
    return result;
}

QString ChangeText::attachment(const Attachment &attachment)
{
    const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(attachment.data, QCryptographicHash::Sha256).toHex().left(8));
    return tr("%1 (%2, %n byte(s), SHA-256 %3…)", nullptr, int(attachment.data.size()))
            .arg(ValueCodec::toText(attachment.name), attachment.mediaType, sha);
}

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
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (const Change &change : changes) {
        if (!isAttachments(change))
            continue;
        const AttachmentChanges files =
                attachmentChanges(change.oldValue.toAttachments(), change.newValue.toAttachments());
        added += int(files.added.size());
        removed += int(files.removed.size());
        changed += int(files.changed.size());
    }
    if (added)
        parts.append(tr("%n attachment(s) added", nullptr, added));
    if (removed)
        parts.append(tr("%n attachment(s) removed", nullptr, removed));
    if (changed)
        parts.append(tr("%n attachment(s) changed", nullptr, changed));
    if (parts.isEmpty())
        return tr("no changes");
    return parts.join(tr(", "));
}

QString ChangeText::value(const Change &change, const FieldValue &value)
{
    if (!value.isSet())
        return tr("(empty)");
    QString text;
    if (isAttachments(change)) {
        QStringList files;
        for (const Attachment &file : value.toAttachments())
            files.append(attachment(file));
        return files.join(tr(", "));
    }
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
        if (isAttachments(change)) {
            const AttachmentChanges files =
                    attachmentChanges(change.oldValue.toAttachments(), change.newValue.toAttachments());
            QStringList parts;
            for (const Attachment &file : files.added)
                parts.append(tr("added %1").arg(attachment(file)));
            for (const Attachment &file : files.removed)
                parts.append(tr("removed %1").arg(attachment(file)));
            for (const Attachment &file : files.changed)
                parts.append(tr("changed %1").arg(attachment(file)));
            if (parts.isEmpty()) // the same files in another order
                parts.append(tr("reordered"));
            return tr("%1: %2: %3").arg(title, change.fieldKey, parts.join(tr("; ")));
        }
        return tr("%1: %2: %3 → %4")
                .arg(title, change.fieldKey, value(change, change.oldValue), value(change, change.newValue));
    }
    return {};
}

} // namespace scs

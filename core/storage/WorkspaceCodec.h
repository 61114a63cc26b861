#pragma once

#include "Revision.h"

#include "model/Request.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace scs::WorkspaceCodec {

// How a team workspace stores values (docs/workspace.md): a request's set
// values as one JSON object {catalog key: value in the interchange
// format's shape}; an attachments value, there and in the history, as
// [{name, media_type, description, size, sha256}] with the bytes once per
// content in attachment_blob. The history's old/new values are the same
// JSON texts as a project file's revision_change.

// The bytes of the attachments a value names, by SHA-256 (lower-case hex).
using Blobs = QHash<QString, QByteArray>;
// Looks bytes up by SHA-256; std::nullopt when missing or damaged.
using BlobSource = std::function<std::optional<QByteArray>(const QString &sha256)>;

QString sha256Hex(const QByteArray &data);

// The request's values as JSON text; the attachments' bytes go to `blobs`.
QString encodeValues(const Request &request, Blobs *blobs);
// The reverse into `request` (title and uuid untouched); false on anything
// that does not fit its field.
bool decodeValues(const QString &text, Request *request, const BlobSource &blobs);

// One value of a history change as JSON text, and back.
QString encodeChange(const Change &change, const FieldValue &value, Blobs *blobs);
std::optional<FieldValue> decodeChange(const Change &change, const QString &text, const BlobSource &blobs);

QString changeKindName(Change::Kind kind);
std::optional<Change::Kind> changeKindByName(const QString &name);

} // namespace scs::WorkspaceCodec

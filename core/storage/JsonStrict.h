#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace scs::JsonStrict {

// What QJsonDocument lets through but RFC 8259 (or plain sense) forbids,
// found by one pass over text that QJsonDocument already parsed:
//  - an object that repeats a key (QJsonDocument keeps the last silently);
//  - a control character U+0000-U+001F written as is inside a string;
//  - a \u escape of half a surrogate pair without its other half (it
//    decodes to a QString that is not valid UTF-16, which UTF-8 storage
//    cannot keep, so the value would change when saved).
struct Problem
{
    enum class Kind { DuplicateKey, RawControl, LoneSurrogate };
    Kind kind = Kind::DuplicateKey;
    // JSON pointer (RFC 6901) of the value, or of the member whose key is
    // wrong.
    QString pointer;
    // The key that repeats (DuplicateKey); the field of the value: the
    // nearest "fields" member's key, else the nearest object key.
    QString name;
    bool inKey = false; // the problem is in a key, not in a value
    char16_t unit = 0; // the control character or the surrogate
};

// The first problem in document order, or nothing. `json` must be text
// that QJsonDocument::fromJson accepted (a UTF-8 BOM already skipped).
std::optional<Problem> check(QByteArrayView json);

} // namespace scs::JsonStrict

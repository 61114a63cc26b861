#pragma once

#include "JsonStrict.h"
#include "ProjectLimits.h"

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

// Inside JsonFormat::read: what is wrong with a document, and where, in
// words for people.
namespace scs::json_read {

// A number as JSON writes it ("0.5", "1e+21"), for messages.
QString numberText(double number);
// What kind of JSON value was found, for "must be X, not Y" messages.
QString jsonTypeName(const QJsonValue &value);
// Line and column (1-based, columns in characters) of a byte offset of
// UTF-8 text.
QString lineColumn(const QByteArray &data, qsizetype offset);
// Where a parse error is, for people (JsonReadErrors.cpp says how).
qsizetype parseErrorPosition(const QByteArray &data, const QJsonParseError &error);
// The JSON pointer of a value beyond a limit.
QString limitPointer(const ProjectLimits::Violation &v, bool isProject);
// What JsonStrict found, as a sentence.
QString strictMessage(const JsonStrict::Problem &problem);

} // namespace scs::json_read

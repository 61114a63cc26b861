#pragma once

#include "JsonFormat.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>

// Inside JsonFormat::read (JsonReader.cpp): the reader of a parsed document,
// its structure in JsonReader.cpp, the fields' values in JsonValueReader.cpp.
namespace scs::json_read {

// Reads one document; the first error ends the reading.
class Reader
{
public:
    QString error;
    QString location;

    bool fail(const QString &where, const QString &message)
    {
        location = where;
        error = message;
        return false;
    }

    bool readFormatAndVersion(const QJsonObject &object, const QString &parent, QString *format);

    bool checkKeys(const QJsonObject &object, const QString &parent,
                   std::initializer_list<QLatin1StringView> known);

    // A request object: at top level (a request document) or inside a
    // project's "requests".
    bool readRequest(const QJsonObject &object, const QString &parent, bool topLevel, Request *request);

    bool wrongKind(FieldId id, const QJsonValue &value, const QString &where);

    // An array of strings, each checked by `check` (which fails itself).
    template<typename Check>
    bool readStringList(FieldId id, const QJsonValue &value, const QString &where, QStringList *list,
                        Check check);

    bool readValue(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result);

    bool readAttachments(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result);

    bool readExamples(FieldId id, const QJsonValue &value, const QString &where, FieldValue *result);

    bool readProject(const QJsonObject &object, Project *project);
};

} // namespace scs::json_read

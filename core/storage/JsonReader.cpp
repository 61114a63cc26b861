#include "JsonReader.h"

#include "JsonPointer.h"
#include "JsonReadErrors.h"
#include "JsonStrict.h"
#include "ProjectLimits.h"

#include "catalog/Catalog.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scs {

namespace json_read {

using json_pointer::pointer;

namespace {

QString quoted(const QString &text)
{
    return u"\""_s + text + u"\""_s;
}

} // namespace

bool Reader::readFormatAndVersion(const QJsonObject &object, const QString &parent, QString *format)
{
    const QString formatPointer = pointer(parent, u"format"_s);
    const QJsonValue formatValue = object.value("format"_L1);
    const QString expected = JsonFormat::tr("expected \"%1\" or \"%2\"")
                                     .arg(QLatin1StringView(JsonFormat::RequestFormat),
                                          QLatin1StringView(JsonFormat::ProjectFormat));
    if (formatValue.isUndefined())
        return fail(formatPointer, JsonFormat::tr("The document has no \"format\"; %1.").arg(expected));
    const QString name = formatValue.toString();
    if (!formatValue.isString()
        || (name != QLatin1StringView(JsonFormat::RequestFormat)
            && name != QLatin1StringView(JsonFormat::ProjectFormat))) {
        const QString shown = formatValue.isString() ? quoted(name) : jsonTypeName(formatValue);
        return fail(formatPointer, JsonFormat::tr("Unknown format %1; %2.").arg(shown, expected));
    }
    *format = name;

    const QString versionPointer = pointer(parent, u"version"_s);
    const QJsonValue version = object.value("version"_L1);
    if (version.isUndefined())
        return fail(versionPointer, JsonFormat::tr("The document has no \"version\"."));
    const double number = version.toDouble();
    if (!version.isDouble() || !std::isfinite(number) || number != std::trunc(number))
        return fail(versionPointer,
                    JsonFormat::tr("The version must be a whole number, not %1.")
                            .arg(version.isDouble() ? numberText(number) : jsonTypeName(version)));
    if (number > JsonFormat::Version)
        return fail(versionPointer,
                    JsonFormat::tr("The document was made by a newer version of Shortcode Studio (format "
                                   "version %1); this version reads format version %2. Update Shortcode "
                                   "Studio to open it.")
                            .arg(numberText(number))
                            .arg(JsonFormat::Version));
    if (number < 1)
        return fail(versionPointer,
                    JsonFormat::tr("Format version %1 does not exist; versions start at 1.")
                            .arg(numberText(number)));
    return true;
}

bool Reader::checkKeys(const QJsonObject &object, const QString &parent,
                       std::initializer_list<QLatin1StringView> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return fail(pointer(parent, it.key()), JsonFormat::tr("Unknown key \"%1\".").arg(it.key()));
    }
    return true;
}

// A request object: at top level (a request document) or inside a
// project's "requests".
bool Reader::readRequest(const QJsonObject &object, const QString &parent, bool topLevel, Request *request)
{
    if (!checkKeys(object, parent, {"format"_L1, "version"_L1, "title"_L1, "fields"_L1}))
        return false;
    // A nested request may repeat its own format and version.
    if (!topLevel && (object.contains("format"_L1) || object.contains("version"_L1))) {
        QString format;
        if (!readFormatAndVersion(object, parent, &format))
            return false;
        if (format != QLatin1StringView(JsonFormat::RequestFormat))
            return fail(pointer(parent, u"format"_s),
                        JsonFormat::tr("A project's requests must have the format \"%1\", not \"%2\".")
                                .arg(QLatin1StringView(JsonFormat::RequestFormat), format));
    }

    const QJsonValue title = object.value("title"_L1);
    if (!title.isUndefined() && !title.isString())
        return fail(pointer(parent, u"title"_s),
                    JsonFormat::tr("The title must be a string, not %1.").arg(jsonTypeName(title)));
    request->setTitle(title.toString());

    const QJsonValue fields = object.value("fields"_L1);
    if (fields.isUndefined())
        return true;
    const QString fieldsPointer = pointer(parent, u"fields"_s);
    if (!fields.isObject())
        return fail(fieldsPointer,
                    JsonFormat::tr("\"fields\" must be an object keyed by field id, not %1.")
                            .arg(jsonTypeName(fields)));
    const QJsonObject values = fields.toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString where = pointer(fieldsPointer, it.key());
        const std::optional<FieldId> id = Catalog::fieldByKey(it.key());
        if (!id)
            return fail(where, JsonFormat::tr("Unknown field \"%1\".").arg(it.key()));
        FieldValue value;
        if (!readValue(*id, it.value(), where, &value))
            return false;
        request->setValue(*id, value);
    }
    return true;
}

bool Reader::readProject(const QJsonObject &object, Project *project)
{
    if (!checkKeys(object, QString(), {"format"_L1, "version"_L1, "name"_L1, "requests"_L1}))
        return false;
    const QJsonValue name = object.value("name"_L1);
    if (!name.isUndefined() && !name.isString())
        return fail(u"/name"_s,
                    JsonFormat::tr("The project name must be a string, not %1.").arg(jsonTypeName(name)));
    project->name = name.toString();

    const QJsonValue requests = object.value("requests"_L1);
    if (requests.isUndefined())
        return fail(u"/requests"_s, JsonFormat::tr("The project has no \"requests\"."));
    if (!requests.isArray())
        return fail(u"/requests"_s,
                    JsonFormat::tr("\"requests\" must be an array of requests, not %1.")
                            .arg(jsonTypeName(requests)));
    const QJsonArray array = requests.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = pointer(u"/requests"_s, i);
        if (!array.at(i).isObject())
            return fail(
                    where,
                    JsonFormat::tr("Each request must be an object, not %1.").arg(jsonTypeName(array.at(i))));
        Request request;
        if (!readRequest(array.at(i).toObject(), where, false, &request))
            return false;
        project->requests.append(request);
    }
    return true;
}

} // namespace json_read

using namespace json_read;

JsonFormat::ReadResult JsonFormat::read(const QByteArray &data)
{
    ReadResult result;
    // A UTF-8 byte order mark (some editors add one) is not JSON: skip it.
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray text = data.startsWith(bom) ? data.mid(bom.size()) : data;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt 6.4 only parses an object or an array as a document; a lone
        // string or number is valid JSON, just not one of our documents.
        QJsonParseError scalarError;
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text + "]", &scalarError);
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            result.error = tr("The document must be a JSON object, not %1.").arg(tr("a single value"));
            return result;
        }
        result.location = lineColumn(text, parseErrorPosition(text, parseError));
        result.error = tr("The file is not valid JSON: %1.").arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("The document must be a JSON object, not %1.")
                               .arg(document.isArray() ? tr("an array") : tr("a single value"));
        return result;
    }

    // What QJsonDocument takes but must not be taken: repeated keys, raw
    // control characters, halves of surrogate pairs (JsonStrict.h).
    if (const auto problem = JsonStrict::check(text)) {
        result.location = problem->pointer;
        result.error = strictMessage(*problem);
        return result;
    }

    Reader reader;
    const QJsonObject root = document.object();
    QString format;
    Project project;
    bool ok = reader.readFormatAndVersion(root, QString(), &format);
    if (ok && format == QLatin1StringView(ProjectFormat)) {
        result.isProject = true;
        ok = reader.readProject(root, &project);
    } else if (ok) {
        Request request;
        ok = reader.readRequest(root, QString(), true, &request);
        project.requests.append(request);
    }
    if (!ok) {
        result.isProject = false;
        result.error = reader.error;
        result.location = reader.location;
        return result;
    }
    // Well-formed, but too large for the editor to take: refused with the
    // place and the limit (model/Limits.h), never cut.
    if (const auto beyond = ProjectLimits::check(project)) {
        result.location = limitPointer(*beyond, result.isProject);
        result.error = beyond->message();
        result.isProject = false;
        return result;
    }
    result.ok = true;
    result.project = project;
    return result;
}

} // namespace scs

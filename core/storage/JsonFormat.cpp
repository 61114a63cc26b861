#include "JsonFormat.h"

#include "JsonPointer.h"

#include "catalog/Catalog.h"
#include "model/ValueShape.h"
#include "json/JsonWriter.h"

using namespace Qt::StringLiterals;

namespace scs {

using json_pointer::pointer;

namespace {

// Writes the canonical text (json::Style::document(): 2-space indentation,
// one member or element per line). A QJsonObject would sort the keys of
// "fields" alphabetically, so the text is written here in catalog order.
class Writer
{
public:
    explicit Writer(QByteArray &out)
        : w(out, json::Style::document())
    { }

    json::Writer w;

    void stringList(const QStringList &values)
    {
        w.beginArray();
        for (const QString &value : values)
            w.value(value);
        w.endArray();
    }

    void examples(const ExampleList &values)
    {
        w.beginArray();
        for (const Example &example : values) {
            w.beginObject();
            w.key("label"_L1);
            w.value(example.label);
            w.key("text"_L1);
            w.value(example.text);
            w.endObject();
        }
        w.endArray();
    }

    void attachments(const AttachmentList &values)
    {
        w.beginArray();
        for (const Attachment &attachment : values) {
            w.beginObject();
            w.key("name"_L1);
            w.value(attachment.name);
            w.key("media_type"_L1);
            w.value(attachment.mediaType);
            w.key("description"_L1);
            w.value(attachment.description);
            w.key("data"_L1);
            w.raw('"' + attachment.data.toBase64() + '"'); // base64 needs no escape
            w.endObject();
        }
        w.endArray();
    }

    // Writes the field as a member when it has a value to write.
    void value(const FieldDef &def, const FieldValue &value)
    {
        const QLatin1StringView key(def.key);
        switch (valueShape(def.kind)) {
        case ValueShape::List:
            if (value.toStringList().isEmpty())
                return;
            w.key(key);
            stringList(value.toStringList());
            return;
        case ValueShape::Bool:
            if (!value.toBool())
                return;
            w.key(key);
            w.value(*value.toBool());
            return;
        case ValueShape::Integer:
            if (!value.toInteger())
                return;
            w.key(key);
            w.value(*value.toInteger());
            return;
        case ValueShape::Examples:
            if (value.toExamples().isEmpty())
                return;
            w.key(key);
            examples(value.toExamples());
            return;
        case ValueShape::Attachments:
            if (value.toAttachments().isEmpty())
                return;
            w.key(key);
            attachments(value.toAttachments());
            return;
        case ValueShape::Text:
            if (value.stringRef().isEmpty())
                return;
            w.key(key);
            w.value(value.stringRef());
            return;
        }
    }

    // "title" and "fields" of a request.
    void requestBody(const Request &request)
    {
        w.key("title"_L1);
        w.value(request.title());
        w.key("fields"_L1);
        w.beginObject();
        for (const FieldDef &def : Catalog::fields())
            value(def, request.value(def.id));
        w.endObject();
    }

    void header(const char *format)
    {
        w.beginObject();
        w.key("format"_L1);
        w.value(QLatin1StringView(format));
        w.key("version"_L1);
        w.value(JsonFormat::Version);
    }

    // Closes the document, with a final newline.
    void end()
    {
        w.endObject();
        w.raw("\n");
    }
};
} // namespace

QByteArray JsonFormat::writeRequest(const Request &request)
{
    QByteArray text;
    Writer writer(text);
    writer.header(RequestFormat);
    writer.requestBody(request);
    writer.end();
    writer.w.flush();
    return text;
}

QByteArray JsonFormat::writeProject(const Project &project)
{
    QByteArray text;
    Writer writer(text);
    writer.header(ProjectFormat);
    writer.w.key("name"_L1);
    writer.w.value(project.name);
    writer.w.key("requests"_L1);
    writer.w.beginArray();
    for (const Request &request : project.requests) {
        writer.w.beginObject();
        writer.requestBody(request);
        writer.w.endObject();
    }
    writer.w.endArray();
    writer.end();
    writer.w.flush();
    return text;
}

QString JsonFormat::fieldPointer(FieldId id, int requestIndex)
{
    const QString fields = pointer(QString(), u"fields"_s);
    const QString parent =
            requestIndex >= 0 ? pointer(pointer(QString(), u"requests"_s), requestIndex) + fields : fields;
    return pointer(parent, Catalog::key(id));
}

QString JsonFormat::ReadResult::message() const
{
    if (location.isEmpty())
        return error;
    if (location.startsWith(u'/'))
        return tr("%1 (at %2)").arg(error, location);
    return tr("%1 (line %2, column %3)")
            .arg(error, location.section(u':', 0, 0), location.section(u':', 1, 1));
}

} // namespace scs

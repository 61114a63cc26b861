#include "ReportValues.h"

#include "catalog/Catalog.h"
#include "i18n/CountryNames.h"
#include "i18n/ListFormat.h"
#include "model/Request.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace scs {

QString ReportValues::language()
{
    return tr("en", "ISO 639-1 code of the language of this translation");
}

QString ReportValues::notProvided()
{
    return tr("Not provided");
}

QString ReportValues::countryName(const QString &code)
{
    // In the language of the report, as everything else in it.
    return countries::displayName(code, language());
}

QString ReportValues::attachmentFacts(const Attachment &attachment)
{
    // Sizes in the report's language ("5.9 KiB"); the media type as stored.
    const QLocale locale(language());
    return tr("%1, %2").arg(attachment.mediaType.isEmpty() ? tr("unknown type") : attachment.mediaType,
                            locale.formattedDataSize(attachment.data.size()));
}

QString ReportValues::attachmentList(const AttachmentList &attachments)
{
    QStringList files;
    for (const Attachment &attachment : attachments)
        files << tr("%1 (%2)").arg(attachment.name, attachmentFacts(attachment));
    return joinList(files);
}

ReportValues::Value ReportValues::value(const Request &request, FieldId id)
{
    const FieldDef &def = Catalog::field(id);
    const FieldValue &value = request.value(id);
    if (value.isEmpty()) {
        const QString fallback = Catalog::defaultValue(id);
        if (!fallback.isEmpty())
            return {def.kind == FieldKind::Choice ? Catalog::choiceLabel(id, fallback) : fallback, false};
        return {notProvided(), true};
    }
    switch (def.kind) {
    case FieldKind::Choice:
        return {Catalog::choiceLabel(id, value.toString()), false};
    case FieldKind::Choices: {
        QStringList labels;
        for (const QString &choice : value.toStringList())
            labels << Catalog::choiceLabel(id, choice);
        return {joinList(labels), false};
    }
    case FieldKind::Country: {
        QStringList names;
        for (const QString &code : value.toStringList())
            names << countryName(code);
        return {joinList(names), false};
    }
    case FieldKind::Bool:
        return {*value.toBool() ? tr("Yes") : tr("No"), false};
    case FieldKind::Integer:
        return {QString::number(*value.toInteger()), false};
    case FieldKind::Keywords:
        return {joinList(value.toStringList()), false};
    case FieldKind::Attachments:
        return {attachmentList(value.toAttachments()), false};
    case FieldKind::Examples: {
        QStringList labels;
        for (const Example &example : value.toExamples())
            labels << example.label;
        return {joinList(labels), false};
    }
    default:
        return {value.toString(), false};
    }
}

} // namespace scs

#include "CorpusCase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::corpus {

namespace {

// Cases are small; a file this large is not one of ours.
constexpr qint64 MaxCaseFileSize = 8 * 1024 * 1024;
// A synthesized attachment stays below the reader's hard safety cap.
constexpr qint64 MaxSynthesizedSize = 16 * 1024 * 1024;

bool readJsonObject(const QString &path, QJsonObject *object, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot open: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxCaseFileSize) {
        *error = u"%1: larger than %2 bytes"_s.arg(path).arg(MaxCaseFileSize);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1: offset %2: %3"_s.arg(path).arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = u"%1: not a JSON object"_s.arg(path);
        return false;
    }
    *object = document.object();
    return true;
}

QByteArray signatureOf(const QString &mediaType)
{
    if (mediaType == u"image/png")
        return QByteArray("\x89PNG\r\n\x1a\n", 8);
    if (mediaType == u"image/jpeg")
        return QByteArray("\xff\xd8\xff\xe0", 4);
    if (mediaType == u"application/pdf")
        return QByteArray("%PDF-1.4\n");
    return {};
}

// Replaces {"size": N} attachments by ones with N bytes of data.
bool synthesizeAttachments(QJsonArray *items, QString *error)
{
    for (qsizetype i = 0; i < items->size(); ++i) {
        QJsonObject item = items->at(i).toObject();
        if (!items->at(i).isObject() || !item.contains(u"size"_s) || item.contains(u"data"_s))
            continue;
        const qint64 size = item.value(u"size"_s).toInteger(-1);
        if (size < 0 || size > MaxSynthesizedSize) {
            *error = u"attachment %1: size must be 0..%2"_s.arg(i).arg(MaxSynthesizedSize);
            return false;
        }
        QByteArray bytes = signatureOf(item.value(u"media_type"_s).toString()).left(size);
        bytes.append(QByteArray(size - bytes.size(), '\0'));
        item.remove(u"size"_s);
        item.insert(u"data"_s, QString::fromLatin1(bytes.toBase64()));
        items->replace(i, item);
    }
    return true;
}

bool parseVerdict(const QString &name, Verdict *verdict)
{
    static const QHash<QString, Verdict> verdicts = {
            {u"compliant"_s, Verdict::Compliant},
            {u"noncompliant"_s, Verdict::Noncompliant},
            {u"refused"_s, Verdict::Refused},
    };
    const auto it = verdicts.constFind(name);
    if (it == verdicts.cend())
        return false;
    *verdict = *it;
    return true;
}

} // namespace

QStringList corpusParts()
{
    return {u"tuned"_s, u"heldout"_s};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Compliant:
        return u"compliant"_s;
    case Verdict::Noncompliant:
        return u"noncompliant"_s;
    case Verdict::Refused:
        return u"refused"_s;
    }
    return {};
}

bool buildRequest(const QJsonObject &caseObject, const QJsonObject &baseFields, QJsonObject *request,
                  QString *error)
{
    QJsonObject fields = baseFields;
    const QJsonValue overrides = caseObject.value(u"fields"_s);
    if (!overrides.isUndefined() && !overrides.isObject()) {
        *error = u"\"fields\" must be an object"_s;
        return false;
    }
    const QJsonObject overrideObject = overrides.toObject();
    for (auto it = overrideObject.begin(); it != overrideObject.end(); ++it)
        fields.insert(it.key(), it.value());
    const QJsonValue removals = caseObject.value(u"remove"_s);
    if (!removals.isUndefined() && !removals.isArray()) {
        *error = u"\"remove\" must be an array of field ids"_s;
        return false;
    }
    for (const QJsonValue &id : removals.toArray()) {
        if (!id.isString()) {
            *error = u"\"remove\" must be an array of field ids"_s;
            return false;
        }
        fields.remove(id.toString());
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isArray())
            continue;
        QJsonArray items = it.value().toArray();
        QString attachmentError;
        if (!synthesizeAttachments(&items, &attachmentError)) {
            *error = u"%1: %2"_s.arg(it.key(), attachmentError);
            return false;
        }
        it.value() = items;
    }
    *request = QJsonObject {
            {u"format"_s, u"shortcode-request"_s},
            {u"version"_s, 2},
            {u"title"_s, caseObject.value(u"id"_s).toString()},
            {u"fields"_s, fields},
    };
    return true;
}

bool loadCorpus(const QString &corpusDir, const QStringList &parts, QList<CorpusCase> *cases, QString *error)
{
    const QDir root(corpusDir);
    if (!root.exists(u"bases"_s)) {
        *error = u"%1: not a corpus (no bases/ folder)"_s.arg(corpusDir);
        return false;
    }
    QHash<QString, QJsonObject> baseFields;
    QHash<QString, QString> pathOfId;
    const QStringList partNames = parts.isEmpty() ? corpusParts() : parts;
    for (const QString &part : partNames) {
        const QDir dir(root.filePath(part));
        if (!dir.exists()) {
            // A branch that tunes the rules has the tuned part only.
            if (parts.isEmpty())
                continue;
            *error = u"%1: no such folder"_s.arg(dir.path());
            return false;
        }
        const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = dir.filePath(name);
            QJsonObject object;
            if (!readJsonObject(path, &object, error))
                return false;
            CorpusCase corpusCase;
            corpusCase.path = path;
            corpusCase.part = part;
            corpusCase.id = object.value(u"id"_s).toString();
            corpusCase.family = object.value(u"family"_s).toString();
            corpusCase.source = object.value(u"source"_s).toString();
            corpusCase.tests = object.value(u"tests"_s).toString();
            for (const QJsonValue &rule : object.value(u"expect"_s).toArray())
                corpusCase.expect.append(rule.toString());
            if (corpusCase.id != QFileInfo(name).completeBaseName()) {
                *error = u"%1: \"id\" must be the file name without .json"_s.arg(path);
                return false;
            }
            if (pathOfId.contains(corpusCase.id)) {
                *error = u"%1: the id is already used by %2"_s.arg(path, pathOfId.value(corpusCase.id));
                return false;
            }
            pathOfId.insert(corpusCase.id, path);
            if (!parseVerdict(object.value(u"verdict"_s).toString(), &corpusCase.verdict)) {
                *error = u"%1: \"verdict\" must be compliant, noncompliant or refused"_s.arg(path);
                return false;
            }
            if (corpusCase.family.isEmpty() || corpusCase.source.trimmed().isEmpty()) {
                *error = u"%1: every case needs a \"family\" and a \"source\""_s.arg(path);
                return false;
            }
            const QString base = object.value(u"base"_s).toString();
            if (!baseFields.contains(base)) {
                QJsonObject baseObject;
                const QString basePath = root.filePath(u"bases/%1.json"_s.arg(base));
                if (base.isEmpty() || !QFileInfo::exists(basePath)) {
                    *error = u"%1: no base \"%2\" in bases/"_s.arg(path, base);
                    return false;
                }
                if (!readJsonObject(basePath, &baseObject, error))
                    return false;
                baseFields.insert(base, baseObject.value(u"fields"_s).toObject());
            }
            QString buildError;
            if (!buildRequest(object, baseFields.value(base), &corpusCase.request, &buildError)) {
                *error = u"%1: %2"_s.arg(path, buildError);
                return false;
            }
            cases->append(corpusCase);
        }
    }
    return true;
}

} // namespace scs::corpus

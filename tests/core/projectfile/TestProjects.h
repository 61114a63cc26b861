#pragma once

// Projects for the project file tests: every field set, with the text that
// breaks naive storage (Japanese, emoji, newlines, a 100 KB note).

#include "catalog/Catalog.h"
#include "model/Project.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace scs::test {

inline FieldValue sampleValue(const FieldDef &field, int variant)
{
    const QString tail = u" 申請 %1 🚀\u00e9"_s.arg(variant);
    switch (field.kind) {
    case FieldKind::Text:
        return u"テキスト"_s + tail;
    case FieldKind::Multiline:
        if (field.id == FieldId::NotesDescription) {
            // 100 KB of notes with newlines and characters outside the BMP.
            QString notes;
            while (notes.size() < 100 * 1024)
                notes += u"備考 notes 📦 line %1\n"_s.arg(notes.size());
            return notes + tail;
        }
        return u"一行目\n二行目 😀\r\nthird line"_s + tail;
    case FieldKind::Sms:
        return u"ショートコード: 返信 STOP で停止 ✅"_s + tail;
    case FieldKind::Url:
        return u"https://example.jp/サインアップ?v=%1"_s.arg(variant);
    case FieldKind::Email:
        return u"support%1@example.jp"_s.arg(variant);
    case FieldKind::Phone:
        return u"+81 3-1234-%1"_s.arg(5600 + variant);
    case FieldKind::Country:
        return QStringList {u"JP"_s, u"US"_s};
    case FieldKind::Choice:
        return QString::fromLatin1(field.choices[std::size_t(variant) % field.choices.size()].value);
    case FieldKind::Choices: {
        QStringList values;
        for (const ChoiceDef &choice : field.choices)
            values.append(QString::fromLatin1(choice.value));
        return values;
    }
    case FieldKind::Bool:
        // Both answers appear; "unanswered" is tested separately.
        return (int(field.id) + variant) % 2 == 0;
    case FieldKind::Integer:
        return qint64(field.maximum > 0 ? field.maximum : 1234567 + variant);
    case FieldKind::Money:
        return u"%1.50"_s.arg(1000 + variant);
    case FieldKind::Date:
        return u"2026-11-%1"_s.arg(10 + variant % 18);
    case FieldKind::Examples:
        return ExampleList {{u"配送"_s, u"お荷物は明日届きます 📦\n停止: STOP"_s + tail},
                            {u"Out for delivery"_s, u"Today between 9 and 12."_s},
                            {u"Delivered 🎉"_s, u"Delivered. Reply HELP for help."_s}};
    case FieldKind::Keywords:
        return QStringList {u"JOIN"_s, u"ALERTS%1"_s.arg(variant)};
    case FieldKind::Attachments: {
        // Bytes that break naive storage: NULs, every byte value, a
        // variant-dependent tail; and an empty file.
        QByteArray data("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 512; ++i)
            data.append(char(i % 256));
        data.append(QByteArray::number(variant));
        return AttachmentList {{u"サインアップ画面 %1.png"_s.arg(variant), u"image/png"_s,
                                u"The sign-up page 📱"_s + tail, data},
                               {u"empty.pdf"_s, u"application/pdf"_s, QString(), QByteArray("")}};
    }
    }
    return {};
}

inline Request fullRequest(int variant = 0)
{
    Request request;
    request.setTitle(u"全項目の申請 %1 🇯🇵"_s.arg(variant));
    for (const FieldDef &field : Catalog::fields())
        request.setValue(field.id, sampleValue(field, variant));
    return request;
}

inline Project fullProject(int requests, int variant = 0)
{
    Project project;
    project.name = u"プロジェクト %1"_s.arg(variant);
    for (int i = 0; i < requests; ++i)
        project.requests.append(fullRequest(variant + i));
    return project;
}

// What a failed open must leave behind: the same bytes and the same mtime.
struct FileState
{
    bool exists = false;
    QByteArray bytes;
    QDateTime modified;
    friend bool operator==(const FileState &, const FileState &) = default;
};

inline FileState fileState(const QString &path)
{
    FileState state;
    QFile file(path);
    state.exists = file.exists();
    if (file.open(QIODevice::ReadOnly))
        state.bytes = file.readAll();
    state.modified = QFileInfo(path).lastModified();
    return state;
}

} // namespace scs::test

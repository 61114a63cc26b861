#pragma once

// The project the storage benchmarks save and load: `requests` requests with
// every field set to a typical answer and a 20 KiB mockup each.
#include "catalog/Catalog.h"
#include "model/Project.h"

using namespace Qt::StringLiterals;

namespace scs::bench {

inline scs::Project makeProject(int requests)
{
    scs::Project project;
    project.name = u"ベンチマーク"_s;
    for (int i = 0; i < requests; ++i) {
        scs::Request request;
        request.setTitle(u"申請 %1"_s.arg(i));
        for (const scs::FieldDef &field : scs::Catalog::fields()) {
            switch (field.kind) {
            case scs::FieldKind::Keywords:
                request.setValue(field.id, QStringList {u"JOIN"_s, u"ALERTS"_s});
                break;
            case scs::FieldKind::Attachments:
                // A small mockup (20 KiB), different per request.
                request.setValue(field.id,
                                 scs::AttachmentList {{u"signup.png"_s, u"image/png"_s, u"The sign-up page"_s,
                                                       QByteArray(20 * 1024, char(i))}});
                break;
            case scs::FieldKind::Country:
            case scs::FieldKind::Choices:
                request.setValue(field.id,
                                 QStringList {QString::fromLatin1(
                                         field.choices.empty() ? "JP" : field.choices[0].value)});
                break;
            case scs::FieldKind::Bool:
                request.setValue(field.id, i % 2 == 0);
                break;
            case scs::FieldKind::Integer:
                request.setValue(field.id, qint64(i + 1));
                break;
            case scs::FieldKind::Examples:
                request.setValue(field.id,
                                 scs::ExampleList {{u"A"_s, u"お知らせ: 明日お届けします。STOP で停止"_s},
                                                   {u"B"_s, u"Your code is 123456"_s},
                                                   {u"C"_s, u"Delivered today."_s}});
                break;
            default:
                request.setValue(field.id,
                                 u"%1 のテキスト %2 — a typical answer of a few dozen characters"_s
                                         .arg(QString::fromLatin1(field.key))
                                         .arg(i));
                break;
            }
        }
        project.requests.append(request);
    }
    return project;
}

} // namespace scs::bench

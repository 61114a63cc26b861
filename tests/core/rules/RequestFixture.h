#pragma once

// Test helpers: a fully compliant request to vary, and edits written as JSON
// values keyed by field id (so data rows stay one line each).
#include "catalog/Catalog.h"
#include "model/Request.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// moc does not need this, and its tokenizer trips over the raw strings.
#ifndef Q_MOC_RUN
namespace fixture {

using namespace scs;

inline FieldValue valueFromJson(FieldId id, const QJsonValue &json)
{
    if (json.isNull() || json.isUndefined())
        return {};
    if (json.isBool())
        return FieldValue(json.toBool());
    if (json.isDouble())
        return FieldValue(qint64(json.toDouble()));
    if (json.isString())
        return FieldValue(json.toString());
    const QJsonArray array = json.toArray();
    if (Catalog::field(id).kind == FieldKind::Attachments) {
        // {"name", "media_type", "description", "data": base64}
        AttachmentList attachments;
        for (const QJsonValue &a : array)
            attachments.append({a[u"name"].toString(), a[u"media_type"].toString(),
                                a[u"description"].toString(),
                                QByteArray::fromBase64(a[u"data"].toString().toLatin1())});
        return FieldValue(attachments);
    }
    if (Catalog::field(id).kind == FieldKind::Examples) {
        ExampleList examples;
        for (const QJsonValue &e : array) {
            if (e.isString())
                examples.append({QString(), e.toString()});
            else
                examples.append({e[u"label"].toString(), e[u"text"].toString()});
        }
        return FieldValue(examples);
    }
    QStringList list;
    for (const QJsonValue &e : array)
        list.append(e.toString());
    return FieldValue(list);
}

// Applies {"field.id": value, ...}; fails loudly on an unknown id.
inline void applyEdits(Request &request, const QString &json)
{
    const QJsonObject edits = QJsonDocument::fromJson(json.toUtf8()).object();
    Q_ASSERT_X(!edits.isEmpty() || json.trimmed() == u"{}", "applyEdits", qPrintable(json));
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        const auto id = Catalog::fieldByKey(it.key());
        Q_ASSERT_X(id, "applyEdits", qPrintable(it.key()));
        request.setValue(*id, valueFromJson(*id, it.value()));
    }
}

// A realistic, filled request that passes every rule (infos aside).
inline Request compliantRequest()
{
    Request r;
    applyEdits(r, QStringLiteral(R"({
        "case.site_url": "https://www.northwindparcel.com",
        "case.message_type": "transactional",
        "case.countries": ["US"],
        "requests.quota": "transactional",
        "requests.new_quota_value": 1,
        "spend.monthly_limit_usd": "1500.00",
        "spend.expected_monthly_messages": 60000,
        "spend.in_same_case": true,
        "spend.region": "us-west-2",
        "company.name": "Northwind Parcel, Inc.",
        "company.mailing_address": "1200 Harbor Way, Suite 400\nSeattle, WA 98101",
        "company.contact_name": "Dana Whitfield",
        "company.contact_phone": "+1 206-555-0143",
        "company.support_email": "support@northwindparcel.com",
        "company.support_toll_free": "+1 888-555-0172",
        "company.tax_id": "91-4827365",
        "company.product_name": "Northwind Parcel Alerts",
        "signup.website": "https://www.northwindparcel.com/alerts",
        "signup.terms_url": "https://www.northwindparcel.com/sms-terms",
        "signup.privacy_url": "https://www.northwindparcel.com/privacy",
        "signup.methods": ["website", "mobile_app"],
        "signup.option_text": "Get delivery alerts from Northwind Parcel by text message (SMS). Up to 5 msgs/week. Msg & data rates may apply. Reply STOP to cancel, HELP for help. Terms: https://www.northwindparcel.com/sms-terms Privacy: https://www.northwindparcel.com/privacy",
        "signup.optin_request": "Northwind Parcel: Reply YES to get delivery alerts by text. Up to 5 msgs/week. Msg & data rates may apply. Reply STOP to cancel.",
        "signup.optin_keyword": "YES",
        "signup.confirmation": "Northwind Parcel Alerts: You are signed up for delivery alerts. Up to 5 msgs/week. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "evidence.optin_mockups": [
            {"name": "signup-page.png", "media_type": "image/png", "description": "The sign-up form on northwindparcel.com/alerts", "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="}
        ],
        "purpose.category": "notifications",
        "purpose.third_party_marketing": false,
        "purpose.phi": false,
        "content.keyword_response": "Welcome to Northwind Parcel Alerts! Up to 5 msgs/week. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "content.help_response": "Northwind Parcel Alerts: Help at northwindparcel.com/help or 1-888-555-0172. Up to 5 msgs/week. Msg & data rates may apply. Reply STOP to cancel.",
        "content.stop_response": "Northwind Parcel Alerts: You are unsubscribed and will receive no more messages. Reply HELP for help or call 1-888-555-0172.",
        "content.reminder": "Reminder: You are subscribed to delivery alerts from Northwind Parcel. Msg & data rates may apply. Reply STOP to cancel, HELP for help.",
        "content.examples": [
            {"label": "Shipped", "text": "Northwind Parcel: Your package [id] has shipped and arrives [date]. Track it at northwindparcel.com/t/[id]. Reply STOP to cancel."},
            {"label": "Out for delivery", "text": "Northwind Parcel: Your package [id] is out for delivery today. Reply STOP to cancel."},
            {"label": "Delivered", "text": "Northwind Parcel: Your package [id] was delivered at [time]. Questions? Reply HELP."}
        ],
        "contact.language": "en",
        "notes.description": "Transactional delivery notifications only.",
        "tracking.status": "draft"
    })"));
    return r;
}

} // namespace fixture
#endif

// moc (Qt 6.4) misreads raw strings (one whose text ends in a double quote,
// or one with two slashes in a row) and then misses the test class: the raw
// strings below use a delimiter, and write "/" in URLs as JSON's "\/".

#include "FailOnWarning.h"
#include "catalog/Catalog.h"
#include "i18n/LanguageManager.h"
#include "storage/JsonFormat.h"
#include "json/JsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using scs::FieldId;
using scs::FieldValue;
using scs::JsonFormat;
namespace Catalog = scs::Catalog;

namespace {

// A request document with the given members of "fields".
QByteArray requestWith(const QByteArray &fields)
{
    return R"j({"format": "shortcode-request", "version": 1, "title": "T", "fields": {)j" + fields + "}}";
}

// A project document with the given requests.
QByteArray projectWith(const QByteArray &requests)
{
    return R"j({"format": "shortcode-project", "version": 1, "name": "P", "requests": [)j" + requests + "]}";
}

// Every field with a value, exercising every kind.
scs::Request fullRequest()
{
    scs::Request request;
    request.setTitle(u"Acme US alerts"_s);
    for (const scs::FieldDef &def : Catalog::fields()) {
        FieldValue value;
        switch (def.kind) {
        case scs::FieldKind::Country:
            value = QStringList {u"US"_s};
            break;
        case scs::FieldKind::Choice:
            value = QString::fromLatin1(def.choices.back().value);
            break;
        case scs::FieldKind::Choices:
            value = QStringList {QString::fromLatin1(def.choices[1].value),
                                 QString::fromLatin1(def.choices[0].value)};
            break;
        case scs::FieldKind::Bool:
            value = def.id == FieldId::PurposePhi;
            break;
        case scs::FieldKind::Integer:
            value = def.id == FieldId::RequestsNewQuotaValue ? 1 : 60000;
            break;
        case scs::FieldKind::Money:
            value = u"1500.00"_s;
            break;
        case scs::FieldKind::Date:
            value = u"2026-11-27"_s;
            break;
        case scs::FieldKind::Examples:
            value = scs::ExampleList {{u"One"_s, u"Acme: one"_s},
                                      {u"Two"_s, u"Acme: \"two\"\n2"_s},
                                      {u"Three"_s, u"Acme: 三"_s}};
            break;
        case scs::FieldKind::Multiline:
            value = u"Line 1\nLine 2"_s;
            break;
        case scs::FieldKind::Keywords:
            value = QStringList {u"JOIN"_s, u"ALERTS"_s};
            break;
        case scs::FieldKind::Attachments:
            value = scs::AttachmentList {{u"signup.png"_s, u"image/png"_s, u"The sign-up page"_s,
                                          QByteArray("\x89PNG\r\n\x1a\n\0\xff", 10)},
                                         {u"form.pdf"_s, u"application/pdf"_s, QString(), "%PDF-1.4"}};
            break;
        default:
            value = u"Acme %1"_s.arg(QString::fromLatin1(def.key));
            break;
        }
        request.setValue(def.id, value);
    }
    return request;
}

void compareRequests(const scs::Request &actual, const scs::Request &expected)
{
    QCOMPARE(actual.title(), expected.title());
    for (const scs::FieldDef &def : Catalog::fields())
        QVERIFY2(actual.value(def.id) == expected.value(def.id), def.key);
}

QByteArray readSourceFile(const QString &relative)
{
    QFile file(QStringLiteral(SCS_SOURCE_DIR) + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Writes a QJsonValue through the one writer (keys in the QJsonObject's
// order, which is sorted), to compare with what QJsonDocument writes.
void writeValue(scs::json::Writer &w, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        w.beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            w.key(it.key());
            writeValue(w, it.value());
        }
        w.endObject();
        return;
    }
    case QJsonValue::Array:
        w.beginArray();
        for (const QJsonValue &element : value.toArray())
            writeValue(w, element);
        w.endArray();
        return;
    case QJsonValue::String:
        w.value(value.toString());
        return;
    case QJsonValue::Double:
        w.value(value.toDouble());
        return;
    case QJsonValue::Bool:
        w.value(value.toBool());
        return;
    default:
        w.null();
    }
}

} // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    // Every class of malformed input fails, names the right place and
    // leaves nothing behind.
    void errors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message"); // a part of the English message

        // Not JSON: line and column (characters, 1-based).
        QTest::addRow("empty input") << QByteArray() << u"1:1"_s << u"not valid JSON"_s;
        QTest::addRow("truncated") << QByteArray(
                "{\n  \"format\": \"shortcode-request\",\n  \"version\": 1,\n")
                                   << u"4:1"_s << u"not valid JSON"_s; // the end of the text
        QTest::addRow("bad token on line 3") << QByteArray("{\n  \"format\": \"x\",\n  \"version\": tru\n}")
                                             << u"3:16"_s << u"not valid JSON"_s;
        QTest::addRow("column counts characters")
                << QByteArray("{\"title\": \"日本語\" x}") << u"1:17"_s << u"not valid JSON"_s;
        QTest::addRow("two commas") << QByteArray("{\"a\": 1,,}") << u"1:9"_s << u"not valid JSON"_s;
        QTest::addRow("missing colon")
                << QByteArray("{\n  \"title\" \"x\"\n}") << u"2:11"_s << u"not valid JSON"_s;
        QTest::addRow("unterminated string")
                << QByteArray("{\"title\": \"x}") << u"1:14"_s << u"not valid JSON"_s;
        QTest::addRow("bad number") << QByteArray("{\n\"a\": -x}") << u"2:7"_s << u"not valid JSON"_s;
        QTest::addRow("two values") << QByteArray("1, 2") << u"1:1"_s << u"not valid JSON"_s;
        QTest::addRow("trailing garbage") << QByteArray("{}\n}") << u"2:1"_s << u"not valid JSON"_s;

        // Not an object.
        QTest::addRow("array") << QByteArray("[]") << QString() << u"must be a JSON object"_s;
        QTest::addRow("string") << QByteArray("\"text\"") << QString() << u"must be a JSON object"_s;
        QTest::addRow("number") << QByteArray("42") << QString() << u"must be a JSON object"_s;

        // Format and version.
        QTest::addRow("format missing")
                << QByteArray(R"j({"version": 1, "fields": {}})j") << u"/format"_s << u"no \"format\""_s;
        QTest::addRow("format unknown") << QByteArray(R"j({"format": "shortcode-draft", "version": 1})j")
                                        << u"/format"_s << u"Unknown format \"shortcode-draft\""_s;
        QTest::addRow("format not a string") << QByteArray(R"j({"format": 1, "version": 1})j") << u"/format"_s
                                             << u"Unknown format a number"_s;
        QTest::addRow("version missing")
                << QByteArray(R"j({"format": "shortcode-request"})j") << u"/version"_s << u"no \"version\""_s;
        QTest::addRow("version a string")
                << QByteArray(R"j({"format": "shortcode-request", "version": "1"})j") << u"/version"_s
                << u"must be a whole number, not a string"_s;
        QTest::addRow("version a fraction")
                << QByteArray(R"j({"format": "shortcode-request", "version": 1.5})j") << u"/version"_s
                << u"must be a whole number, not 1.5"_s;
        QTest::addRow("version newer") << QByteArray(R"j({"format": "shortcode-request", "version": 3})j")
                                       << u"/version"_s << u"made by a newer version"_s;
        QTest::addRow("project version newer")
                << QByteArray(R"j({"format": "shortcode-project", "version": 7})j") << u"/version"_s
                << u"made by a newer version"_s;
        QTest::addRow("version zero") << QByteArray(R"j({"format": "shortcode-request", "version": 0})j")
                                      << u"/version"_s << u"does not exist"_s;

        // The request's own members.
        QTest::addRow("unknown key") << QByteArray(
                R"j({"format": "shortcode-request", "version": 1, "titel": "x"})j")
                                     << u"/titel"_s << u"Unknown key \"titel\""_s;
        QTest::addRow("title a number")
                << QByteArray(R"j({"format": "shortcode-request", "version": 1, "title": 5})j") << u"/title"_s
                << u"title must be a string, not a number"_s;
        QTest::addRow("fields an array")
                << QByteArray(R"j({"format": "shortcode-request", "version": 1, "fields": []})j")
                << u"/fields"_s << u"\"fields\" must be an object"_s;

        // Fields.
        QTest::addRow("unknown field") << requestWith(R"j("case.site_uri": "https:\/\/a.example")j")
                                       << u"/fields/case.site_uri"_s << u"Unknown field \"case.site_uri\""_s;
        QTest::addRow("unknown field, pointer escaped")
                << requestWith(R"j("a/b~c": 1)j") << u"/fields/a~1b~0c"_s << u"Unknown field \"a/b~c\""_s;
        QTest::addRow("text given a number")
                << requestWith(R"j("company.name": 5)j") << u"/fields/company.name"_s
                << u"company.name must be a string, not a number"_s;
        QTest::addRow("sms given null")
                << requestWith(R"j("content.help_response": null)j") << u"/fields/content.help_response"_s
                << u"must be a string, not null"_s;
        QTest::addRow("url given an array") << requestWith(R"j("case.site_url": ["https:\/\/a.example"])j")
                                            << u"/fields/case.site_url"_s << u"not an array"_s;
        QTest::addRow("country given a string")
                << requestWith(R"j("case.countries": "US")j") << u"/fields/case.countries"_s
                << u"two-letter country codes"_s;
        QTest::addRow("country entry a number") << requestWith(R"j("case.countries": ["US", 1])j")
                                                << u"/fields/case.countries/1"_s << u"must be a string"_s;
        QTest::addRow("country lower case") << requestWith(R"j("case.countries": ["US", "ca"])j")
                                            << u"/fields/case.countries/1"_s << u"\"ca\" in case.countries"_s;
        QTest::addRow("country three letters")
                << requestWith(R"j("case.countries": ["USA"])j") << u"/fields/case.countries/0"_s
                << u"two upper-case letters"_s;
        QTest::addRow("country twice") << requestWith(R"j("case.countries": ["US", "US"])j")
                                       << u"/fields/case.countries/1"_s << u"listed twice"_s;
        QTest::addRow("choice given a list") << requestWith(R"j("case.message_type": ["transactional"])j")
                                             << u"/fields/case.message_type"_s << u"not an array"_s;
        QTest::addRow("choice not in the list")
                << requestWith(R"j("case.message_type": "marketing")j") << u"/fields/case.message_type"_s
                << u"\"marketing\" is not a choice of case.message_type"_s;
        QTest::addRow("choice in another case") << requestWith(R"j("contact.language": "EN")j")
                                                << u"/fields/contact.language"_s << u"not a choice"_s;
        QTest::addRow("choices given a string") << requestWith(R"j("signup.methods": "website")j")
                                                << u"/fields/signup.methods"_s << u"an array of strings"_s;
        QTest::addRow("choices entry not in the list")
                << requestWith(R"j("signup.methods": ["website", "fax"])j") << u"/fields/signup.methods/1"_s
                << u"\"fax\" is not a choice of signup.methods"_s;
        QTest::addRow("choices twice") << requestWith(R"j("signup.methods": ["other", "other"])j")
                                       << u"/fields/signup.methods/1"_s << u"listed twice"_s;
        QTest::addRow("bool given a string") << requestWith(R"j("purpose.phi": "false")j")
                                             << u"/fields/purpose.phi"_s << u"true, false or null"_s;
        QTest::addRow("bool given a number") << requestWith(R"j("spend.in_same_case": 0)j")
                                             << u"/fields/spend.in_same_case"_s << u"not a number"_s;
        QTest::addRow("integer given a string")
                << requestWith(R"j("requests.new_quota_value": "1")j")
                << u"/fields/requests.new_quota_value"_s << u"must be a whole number, not a string"_s;
        QTest::addRow("integer not integral")
                << requestWith(R"j("requests.new_quota_value": 1.5)j")
                << u"/fields/requests.new_quota_value"_s << u"must be a whole number, not 1.5"_s;
        QTest::addRow("integer below range")
                << requestWith(R"j("requests.new_quota_value": 0)j") << u"/fields/requests.new_quota_value"_s
                << u"between 1 and 100"_s;
        QTest::addRow("integer above range") << requestWith(R"j("requests.new_quota_value": 101)j")
                                             << u"/fields/requests.new_quota_value"_s << u"not 101"_s;
        QTest::addRow("integer negative") << requestWith(R"j("spend.expected_monthly_messages": -5)j")
                                          << u"/fields/spend.expected_monthly_messages"_s << u"not -5"_s;
        QTest::addRow("integer too large")
                << requestWith(R"j("spend.expected_monthly_messages": 1e300)j")
                << u"/fields/spend.expected_monthly_messages"_s << u"between 0 and"_s;
        QTest::addRow("money a number") << requestWith(R"j("spend.monthly_limit_usd": 25.00)j")
                                        << u"/fields/spend.monthly_limit_usd"_s << u"an amount such as"_s;
        for (const char *money : {"25", "25.0", "25.000", "-1.00", "1,00", ".50", "1 000.00", "25.00 "}) {
            QTest::addRow("money \"%s\"", money)
                    << requestWith("\"spend.monthly_limit_usd\": \"" + QByteArray(money) + "\"")
                    << u"/fields/spend.monthly_limit_usd"_s << u"two decimal places"_s;
        }
        for (const char *date :
             {"2026-1-2", "2026-02-30", "27.11.2026", "2026-11-27T10:00:00", "2026/11/27"}) {
            QTest::addRow("date \"%s\"", date)
                    << requestWith("\"tracking.submitted_on\": \"" + QByteArray(date) + "\"")
                    << u"/fields/tracking.submitted_on"_s << u"yyyy-MM-dd"_s;
        }
        QTest::addRow("examples an object")
                << requestWith(R"j("content.examples": {"label": "a", "text": "b"})j")
                << u"/fields/content.examples"_s << u"an array of objects"_s;
        QTest::addRow("example a string") << requestWith(R"j("content.examples": ["Acme: hello"])j")
                                          << u"/fields/content.examples/0"_s << u"not a string"_s;
        QTest::addRow("example without label")
                << requestWith(R"j("content.examples": [{"label": "a", "text": "b"}, {"text": "c"}])j")
                << u"/fields/content.examples/1/label"_s << u"has no \"label\""_s;
        QTest::addRow("example without text") << requestWith(R"j("content.examples": [{"label": "a"}])j")
                                              << u"/fields/content.examples/0/text"_s << u"has no \"text\""_s;
        QTest::addRow("example text a number")
                << requestWith(R"j("content.examples": [{"label": "a", "text": 1}])j")
                << u"/fields/content.examples/0/text"_s
                << u"\"text\" of an example of content.examples must be a string"_s;
        QTest::addRow("example extra key")
                << requestWith(R"j("content.examples": [{"label": "a", "text": "b", "lang": "en"}])j")
                << u"/fields/content.examples/0/lang"_s << u"Unknown key \"lang\" in an example"_s;

        // Version 2: keywords and attachments.
        QTest::addRow("keywords a string") << requestWith(R"j("signup.join_keywords": "JOIN")j")
                                           << u"/fields/signup.join_keywords"_s << u"an array of keywords"_s;
        QTest::addRow("keyword a number") << requestWith(R"j("signup.join_keywords": ["JOIN", 5])j")
                                          << u"/fields/signup.join_keywords/1"_s << u"must be a string"_s;
        QTest::addRow("keyword twice") << requestWith(R"j("signup.join_keywords": ["JOIN", "JOIN"])j")
                                       << u"/fields/signup.join_keywords/1"_s << u"listed twice"_s;
        QTest::addRow("attachments an object")
                << requestWith(R"j("evidence.optin_mockups": {"name": "a.png"})j")
                << u"/fields/evidence.optin_mockups"_s << u"\"name\", \"media_type\", \"description\""_s;
        QTest::addRow("attachment a string") << requestWith(R"j("evidence.optin_mockups": ["a.png"])j")
                                             << u"/fields/evidence.optin_mockups/0"_s << u"not a string"_s;
        QTest::addRow("attachment without data") << requestWith(
                R"j("evidence.optin_mockups": [{"name": "a.png", "media_type": "image/png", "description": ""}])j")
                                                 << u"/fields/evidence.optin_mockups/0/data"_s
                                                 << u"has no \"data\""_s;
        QTest::addRow("attachment without description") << requestWith(
                R"j("evidence.optin_mockups": [{"name": "a.png", "media_type": "image/png", "data": ""}])j")
                                                        << u"/fields/evidence.optin_mockups/0/description"_s
                                                        << u"has no \"description\""_s;
        QTest::addRow("attachment extra key") << requestWith(
                R"j("evidence.optin_mockups": [{"name": "a.png", "media_type": "image/png", "description": "", "data": "", "size": 1}])j")
                                              << u"/fields/evidence.optin_mockups/0/size"_s
                                              << u"Unknown key \"size\" in an attachment"_s;
        QTest::addRow("attachment media type a number") << requestWith(
                R"j("evidence.optin_mockups": [{"name": "a.png", "media_type": 1, "description": "", "data": ""}])j")
                                                        << u"/fields/evidence.optin_mockups/0/media_type"_s
                                                        << u"must be a string, not a number"_s;
        QTest::addRow("attachment without a name") << requestWith(
                R"j("evidence.optin_mockups": [{"name": " ", "media_type": "image/png", "description": "", "data": ""}])j")
                                                   << u"/fields/evidence.optin_mockups/0/name"_s
                                                   << u"has no file name"_s;
        for (const char *data : {"iVBORw0KGgo", "iVBORw0K Ggo=", "iVBORw0K\\nGgo=", "iVBOR*0KGgo=", "===="}) {
            QTest::addRow("attachment data \"%s\"", data)
                    << requestWith("\"evidence.optin_mockups\": [{\"name\": \"a.png\", \"media_type\": "
                                   "\"image/png\", \"description\": \"\", \"data\": \""
                                   + QByteArray(data) + "\"}]")
                    << u"/fields/evidence.optin_mockups/0/data"_s << u"not valid base64"_s;
        }

        // Projects.
        QTest::addRow("project name a number")
                << QByteArray(R"j({"format": "shortcode-project", "version": 1, "name": 1, "requests": []})j")
                << u"/name"_s << u"project name must be a string"_s;
        QTest::addRow("project without requests")
                << QByteArray(R"j({"format": "shortcode-project", "version": 1, "name": "P"})j")
                << u"/requests"_s << u"no \"requests\""_s;
        QTest::addRow("requests an object")
                << QByteArray(R"j({"format": "shortcode-project", "version": 1, "requests": {}})j")
                << u"/requests"_s << u"must be an array of requests, not an object"_s;
        QTest::addRow("project unknown key") << QByteArray(
                R"j({"format": "shortcode-project", "version": 1, "requests": [], "fields": {}})j")
                                             << u"/fields"_s << u"Unknown key \"fields\""_s;
        QTest::addRow("request a string") << projectWith(R"j({"title": "A"}, "B")j") << u"/requests/1"_s
                                          << u"Each request must be an object, not a string"_s;
        QTest::addRow("nested unknown field") << projectWith(R"j({"fields": {}}, {"fields": {"x.y": 1}})j")
                                              << u"/requests/1/fields/x.y"_s << u"Unknown field \"x.y\""_s;
        QTest::addRow("nested wrong kind") << projectWith(R"j({"fields": {"purpose.phi": "no"}})j")
                                           << u"/requests/0/fields/purpose.phi"_s << u"true, false or null"_s;
        QTest::addRow("nested title a number")
                << projectWith(R"j({"title": []})j") << u"/requests/0/title"_s << u"title must be a string"_s;
        QTest::addRow("nested project format")
                << projectWith(R"j({"format": "shortcode-project", "version": 1})j")
                << u"/requests/0/format"_s << u"must have the format \"shortcode-request\""_s;
        QTest::addRow("nested newer version")
                << projectWith(R"j({"format": "shortcode-request", "version": 3})j")
                << u"/requests/0/version"_s << u"newer version"_s;
        QTest::addRow("nested version without format")
                << projectWith(R"j({"version": 1})j") << u"/requests/0/format"_s << u"no \"format\""_s;
        QTest::addRow("nested unknown key")
                << projectWith(R"j({"name": "x"})j") << u"/requests/0/name"_s << u"Unknown key \"name\""_s;

        // Valid for QJsonDocument, refused here (RFC 8259; UTF-16 that
        // storage could not keep): the field is named.
        QTest::addRow("lone high surrogate")
                << requestWith(R"j("company.name": "Acme \ud800")j") << u"/fields/company.name"_s
                << u"\"company.name\" contains \\uD800, half of a UTF-16"_s;
        QTest::addRow("lone low surrogate")
                << requestWith(R"j("company.name": "\udc00x")j") << u"/fields/company.name"_s << u"\\uDC00"_s;
        QTest::addRow("high surrogate before a letter") << requestWith(R"j("company.name": "\ud83d\u0041")j")
                                                        << u"/fields/company.name"_s << u"\\uD83D"_s;
        QTest::addRow("two high surrogates") << requestWith(R"j("company.name": "\ud83d\ud83d\ude00")j")
                                             << u"/fields/company.name"_s << u"\\uD83D"_s;
        QTest::addRow("lone surrogate in an example")
                << requestWith(R"j("content.examples": [{"label": "a", "text": "b\ud800"}])j")
                << u"/fields/content.examples/0/text"_s << u"\"content.examples\" contains"_s;
        QTest::addRow("lone surrogate in a project name") << QByteArray(
                R"j({"format": "shortcode-project", "version": 1, "name": "\udfff", "requests": []})j")
                                                          << u"/name"_s << u"\"name\" contains"_s;
        QTest::addRow("lone surrogate in a key")
                << requestWith(R"j("\ud800": "x")j") << u"/fields"_s << u"A key contains \\uD800"_s;
        QTest::addRow("surrogate in UTF-8") << requestWith("\"company.name\": \"a\xED\xA0\x80\"") << u"1:89"_s
                                            << u"not valid JSON"_s; // Qt's UTF-8 decoder refuses it
        QTest::addRow("raw NUL") << requestWith(QByteArray("\"company.name\": \"a") + '\0' + "b\"")
                                 << u"/fields/company.name"_s
                                 << u"\"company.name\" contains the control character U+0000"_s;
        QTest::addRow("raw tab") << requestWith("\"company.name\": \"a\tb\"") << u"/fields/company.name"_s
                                 << u"U+0009"_s;
        QTest::addRow("raw newline in a nested request")
                << projectWith("{\"fields\": {\"content.help_response\": \"a\nb\"}}")
                << u"/requests/0/fields/content.help_response"_s << u"U+000A"_s;
        QTest::addRow("raw control in a key") << requestWith("\"a\x1f\": 1") << u"/fields"_s
                                              << u"A key contains the control character U+001F"_s;
        QTest::addRow("duplicate field")
                << requestWith(R"j("company.name": "A", "company.name": "B")j") << u"/fields/company.name"_s
                << u"The key \"company.name\" appears twice"_s;
        QTest::addRow("duplicate field, escaped")
                << requestWith(R"j("company.name": "A", "company\u002ename": "B")j")
                << u"/fields/company.name"_s << u"appears twice"_s;
        QTest::addRow("duplicate format") << QByteArray(
                R"j({"format": "shortcode-request", "version": 1, "format": "shortcode-request"})j")
                                          << u"/format"_s << u"The key \"format\" appears twice"_s;
        QTest::addRow("duplicate in an example")
                << requestWith(R"j("content.examples": [{"label": "a", "text": "b", "text": "c"}])j")
                << u"/fields/content.examples/0/text"_s << u"The key \"text\" appears twice"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const JsonFormat::ReadResult result = JsonFormat::read(data);
        QVERIFY(!result.ok);
        QCOMPARE(result.location, location);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        // Never half-succeeds.
        QCOMPARE(result.project, scs::Project());
        QVERIFY(!result.isProject);
    }

    void errorsAreTranslated()
    {
        scs::LanguageManager languages;
        const QByteArray data = requestWith(R"j("case.message_type": "marketing")j");
        const QString english = JsonFormat::read(data).error;
        QVERIFY(languages.setLanguage(u"ja"_s));
        const JsonFormat::ReadResult japanese = JsonFormat::read(data);
        QVERIFY(languages.setLanguage(u"en"_s));
        QVERIFY2(japanese.error != english, qPrintable(japanese.error));
        QVERIFY(japanese.error.contains(u"case.message_type"_s));
        QCOMPARE(japanese.location, u"/fields/case.message_type"_s);
    }

    void readsOneRequest()
    {
        const JsonFormat::ReadResult result = JsonFormat::read(requestWith(
                R"j("case.countries": ["US"], "purpose.phi": false, "requests.new_quota_value": 2)j"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.isProject);
        QCOMPARE(result.project.requests.size(), 1);
        const scs::Request &request = result.project.requests.first();
        QCOMPARE(request.title(), u"T"_s);
        QCOMPARE(request.value(FieldId::CaseCountries), FieldValue(QStringList {u"US"_s}));
        QCOMPARE(request.value(FieldId::PurposePhi), FieldValue(false));
        QCOMPARE(request.value(FieldId::RequestsNewQuotaValue), FieldValue(2));
        QVERIFY(!request.value(FieldId::CompanyName).isSet());
    }

    // Version 1 documents lack the version 2 fields; one that has them is
    // taken as it is (friendlier than refusing what the reader understands).
    void readsVersion1WithVersion2Fields()
    {
        const QByteArray text = requestWith(
                "\"signup.join_keywords\": [\"join\", \"Alerts 2\"], \"evidence.optin_mockups\": [{\"name\": "
                "\"a.gif\", \"media_type\": \"image/gif\", \"description\": \"\", \"data\": "
                "\"R0lGODlhAQABAAAAACw=\"}]");
        const JsonFormat::ReadResult result = JsonFormat::read(text);
        QVERIFY2(result.ok, qPrintable(result.error + u" at "_s + result.location));
        const scs::Request &request = result.project.requests.first();
        // Keywords and media types as written: the rules judge them.
        QCOMPARE(request.value(FieldId::SignupJoinKeywords),
                 FieldValue(QStringList {u"join"_s, u"Alerts 2"_s}));
        const scs::AttachmentList attachments = request.value(FieldId::EvidenceOptinMockups).toAttachments();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().mediaType, u"image/gif"_s);
        QCOMPARE(attachments.first().data, QByteArray::fromBase64("R0lGODlhAQABAAAAACw="));
        // Written back as version 2.
        QVERIFY(JsonFormat::writeRequest(request).contains("\"version\": 2,"));
    }

    // Attachments: beyond the count or the safety cap the document is
    // refused; a file over the carriers' 1 MiB is read (the rules report it).
    void attachmentLimits_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QString>("location"); // empty: read
        QTest::addRow("ten small") << 10 << 100 << QString();
        QTest::addRow("eleven") << 11 << 100 << u"/fields/evidence.optin_mockups"_s;
        QTest::addRow("one over 1 MiB") << 1 << (2 << 20) << QString();
        QTest::addRow("one over the cap")
                << 2 << (16 << 20) + 1 << u"/fields/evidence.optin_mockups/0/data"_s;
    }
    void attachmentLimits()
    {
        QFETCH(int, count);
        QFETCH(int, bytes);
        QFETCH(QString, location);
        scs::Request request;
        scs::AttachmentList attachments;
        for (int i = 0; i < count; ++i)
            attachments.append({u"%1.png"_s.arg(i), u"image/png"_s, QString(), QByteArray(bytes, 'x')});
        request.setValue(FieldId::EvidenceOptinMockups, attachments);
        const JsonFormat::ReadResult result = JsonFormat::read(JsonFormat::writeRequest(request));
        QCOMPARE(result.ok, location.isEmpty());
        QCOMPARE(result.location, location);
        if (result.ok)
            QCOMPARE(result.project.requests.first().value(FieldId::EvidenceOptinMockups),
                     FieldValue(attachments));
    }

    void readsAProject()
    {
        const JsonFormat::ReadResult result = JsonFormat::read(projectWith(
                R"j({"title": "US", "fields": {"case.countries": ["US"]}}, {"format": "shortcode-request", "version": 1, "title": "CA"}, {})j"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.isProject);
        QCOMPARE(result.project.name, u"P"_s);
        QCOMPARE(result.project.requests.size(), 3);
        QCOMPARE(result.project.requests.at(0).title(), u"US"_s);
        QCOMPARE(result.project.requests.at(1).title(), u"CA"_s);
        QCOMPARE(result.project.requests.at(2).title(), QString());
    }

    void emptyValuesAndTrimming_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<FieldId>("id");
        QTest::addColumn<FieldValue>("value");
        QTest::addRow("text trimmed") << QByteArray(R"j("company.name": "  Acme, Inc. \t")j")
                                      << FieldId::CompanyName << FieldValue(u"Acme, Inc."_s);
        QTest::addRow("keyword trimmed") << QByteArray(R"j("signup.optin_keyword": " YES ")j")
                                         << FieldId::SignupOptinKeyword << FieldValue(u"YES"_s);
        QTest::addRow("text of spaces is empty")
                << QByteArray(R"j("company.name": "   ")j") << FieldId::CompanyName << FieldValue();
        QTest::addRow("multiline kept") << QByteArray(R"j("company.mailing_address": " 1 Main St\n")j")
                                        << FieldId::CompanyMailingAddress << FieldValue(u" 1 Main St\n"_s);
        QTest::addRow("sms kept") << QByteArray(R"j("content.help_response": "  ")j")
                                  << FieldId::ContentHelpResponse << FieldValue(u"  "_s);
        QTest::addRow("url kept") << QByteArray(R"j("case.site_url": " https:\/\/a.example")j")
                                  << FieldId::CaseSiteUrl << FieldValue(u" https://a.example"_s);
        QTest::addRow("empty string")
                << QByteArray(R"j("case.site_url": "")j") << FieldId::CaseSiteUrl << FieldValue();
        QTest::addRow("empty choice")
                << QByteArray(R"j("case.message_type": "")j") << FieldId::CaseMessageType << FieldValue();
        QTest::addRow("empty list") << QByteArray(R"j("case.countries": [])j") << FieldId::CaseCountries
                                    << FieldValue();
        QTest::addRow("no examples") << QByteArray(R"j("content.examples": [])j") << FieldId::ContentExamples
                                     << FieldValue();
        QTest::addRow("bool null") << QByteArray(R"j("purpose.phi": null)j") << FieldId::PurposePhi
                                   << FieldValue();
        QTest::addRow("integral float") << QByteArray(R"j("requests.new_quota_value": 3.0)j")
                                        << FieldId::RequestsNewQuotaValue << FieldValue(3);
        QTest::addRow("no keywords") << QByteArray(R"j("signup.join_keywords": [])j")
                                     << FieldId::SignupJoinKeywords << FieldValue();
        QTest::addRow("no attachments") << QByteArray(R"j("evidence.optin_mockups": [])j")
                                        << FieldId::EvidenceOptinMockups << FieldValue();
        QTest::addRow("empty attachment kept") << QByteArray(
                R"j("evidence.optin_mockups": [{"name": "a.pdf", "media_type": "", "description": " x ", "data": ""}])j")
                                               << FieldId::EvidenceOptinMockups
                                               << FieldValue(scs::AttachmentList {
                                                          {u"a.pdf"_s, QString(), u" x "_s, QByteArray()}});
        QTest::addRow("example texts kept")
                << QByteArray(R"j("content.examples": [{"label": " a ", "text": " b "}])j")
                << FieldId::ContentExamples << FieldValue(scs::ExampleList {{u" a "_s, u" b "_s}});
    }
    void emptyValuesAndTrimming()
    {
        QFETCH(QByteArray, member);
        QFETCH(FieldId, id);
        QFETCH(FieldValue, value);
        const JsonFormat::ReadResult result = JsonFormat::read(requestWith(member));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.project.requests.first().value(id), value);
    }

    void acceptsByteOrderMark()
    {
        const JsonFormat::ReadResult result = JsonFormat::read("\xEF\xBB\xBF" + requestWith({}));
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    // The canonical text, byte for byte: what the writer makes and what
    // reading and writing again gives back.
    void canonicalText()
    {
        scs::Request request;
        request.setTitle(u"Acme \"US\" 通知"_s);
        request.setValue(FieldId::ContentExamples, scs::ExampleList {{u"A"_s, u"x\ny"_s}});
        request.setValue(FieldId::CaseCountries, QStringList {u"US"_s, u"CA"_s});
        request.setValue(FieldId::CaseSiteUrl, u"https://acme.example"_s);
        request.setValue(FieldId::PurposePhi, false);
        request.setValue(FieldId::SpendInSameCase, FieldValue()); // unanswered: left out
        request.setValue(FieldId::CompanyName, QString()); // empty: left out
        request.setValue(FieldId::RequestsNewQuotaValue, 1);
        const QByteArray expected = "{\n"
                                    "  \"format\": \"shortcode-request\",\n"
                                    "  \"version\": 2,\n"
                                    "  \"title\": \"Acme \\\"US\\\" 通知\",\n"
                                    "  \"fields\": {\n"
                                    "    \"case.site_url\": \"https://acme.example\",\n"
                                    "    \"case.countries\": [\n"
                                    "      \"US\",\n"
                                    "      \"CA\"\n"
                                    "    ],\n"
                                    "    \"requests.new_quota_value\": 1,\n"
                                    "    \"purpose.phi\": false,\n"
                                    "    \"content.examples\": [\n"
                                    "      {\n"
                                    "        \"label\": \"A\",\n"
                                    "        \"text\": \"x\\ny\"\n"
                                    "      }\n"
                                    "    ]\n"
                                    "  }\n"
                                    "}\n";
        QCOMPARE(JsonFormat::writeRequest(request), expected);
        const JsonFormat::ReadResult result = JsonFormat::read(expected);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(JsonFormat::writeRequest(result.project.requests.first()), expected);
    }

    void emptyDocuments()
    {
        const QByteArray request = JsonFormat::writeRequest(scs::Request());
        QCOMPARE(request,
                 QByteArray("{\n  \"format\": \"shortcode-request\",\n  \"version\": 2,\n  \"title\": \"\",\n"
                            "  \"fields\": {}\n}\n"));
        const QByteArray project = JsonFormat::writeProject(scs::Project());
        QCOMPARE(project,
                 QByteArray("{\n  \"format\": \"shortcode-project\",\n  \"version\": 2,\n  \"name\": \"\",\n"
                            "  \"requests\": []\n}\n"));
        for (const QByteArray &text : {request, project}) {
            const JsonFormat::ReadResult result = JsonFormat::read(text);
            QVERIFY2(result.ok, qPrintable(result.error));
        }
    }

    void keysInCatalogOrder()
    {
        const QByteArray text = JsonFormat::writeRequest(fullRequest());
        QVERIFY(!text.startsWith("\xEF\xBB\xBF"));
        QVERIFY(text.endsWith("}\n"));
        static const QRegularExpression fieldLine(u"^    \"([a-z_]+\\.[a-z_]+)\": "_s,
                                                  QRegularExpression::MultilineOption);
        QStringList keys;
        for (auto it = fieldLine.globalMatch(QString::fromUtf8(text)); it.hasNext();)
            keys.append(it.next().captured(1));
        QStringList expected;
        for (const scs::FieldDef &def : Catalog::fields())
            expected.append(QString::fromLatin1(def.key));
        QCOMPARE(keys, expected);
    }

    void roundTripsValues_data()
    {
        QTest::addColumn<scs::Request>("request");
        QTest::addRow("every field") << fullRequest();
        scs::Request special;
        special.setTitle(u"\\ \" / \t \u0001 😀 日本"_s);
        special.setValue(FieldId::NotesDescription, u"tab\there\r\nquote \" backslash \\ nul? \u001f 😀"_s);
        special.setValue(FieldId::PurposeThirdPartyMarketing, true);
        special.setValue(FieldId::SpendExpectedMonthlyMessages, qint64(9007199254740991));
        QTest::addRow("escaping") << special;
        QTest::addRow("empty") << scs::Request();
    }
    void roundTripsValues()
    {
        QFETCH(scs::Request, request);
        const QByteArray text = JsonFormat::writeRequest(request);
        const JsonFormat::ReadResult result = JsonFormat::read(text);
        QVERIFY2(result.ok, qPrintable(result.error + u" at "_s + result.location));
        QCOMPARE(result.project.requests.size(), 1);
        compareRequests(result.project.requests.first(), request);
        QCOMPARE(JsonFormat::writeRequest(result.project.requests.first()), text);
    }

    void roundTripsProjects()
    {
        scs::Project project;
        project.name = u"Acme"_s;
        project.requests.append(fullRequest());
        scs::Request second;
        second.setTitle(u"Canada"_s);
        second.setValue(FieldId::CaseCountries, QStringList {u"CA"_s});
        project.requests.append(second);
        project.requests.append(scs::Request());

        const QByteArray text = JsonFormat::writeProject(project);
        const JsonFormat::ReadResult result = JsonFormat::read(text);
        QVERIFY2(result.ok, qPrintable(result.error + u" at "_s + result.location));
        QVERIFY(result.isProject);
        QCOMPARE(result.project.name, project.name);
        QCOMPARE(result.project.requests.size(), 3);
        for (qsizetype i = 0; i < 3; ++i)
            compareRequests(result.project.requests.at(i), project.requests.at(i));
        QCOMPARE(JsonFormat::writeProject(result.project), text);
    }

    // The shipped examples are canonical files: reading and writing them
    // gives the same bytes.
    void roundTripsExampleFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("northwind-alerts") << u"resources/examples/northwind-alerts.json"_s;
        QTest::addRow("typical-mistakes") << u"resources/examples/typical-mistakes.json"_s;
    }
    void roundTripsExampleFiles()
    {
        QFETCH(QString, path);
        const QByteArray text = readSourceFile(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path));
        const JsonFormat::ReadResult result = JsonFormat::read(text);
        QVERIFY2(result.ok, qPrintable(result.error + u" at "_s + result.location));
        QCOMPARE(JsonFormat::writeRequest(result.project.requests.first()), text);
    }

    // The one JSON writer's escapes, per style: what JSON requires, the
    // rest as UTF-8; half a surrogate pair as "?" in documents (reading an
    // escape of it is refused), as \uXXXX elsewhere; the line separators
    // and the byte order mark escaped for JSON Lines readers.
    void writerEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QByteArray>("qt");
        QTest::addColumn<QByteArray>("lines");
        const auto same = [](const char *name, const QString &text, const QByteArray &json) {
            QTest::newRow(name) << text << json << json << json;
        };
        same("empty", QString(), "\"\"");
        same("plain, slash kept", u"a/b c"_s, "\"a/b c\"");
        same("quote and backslash", u"\"\\"_s, "\"\\\"\\\\\"");
        same("Japanese as UTF-8", u"\u65E5\u672C"_s, "\"\xE6\x97\xA5\xE6\x9C\xAC\"");
        same("non-BMP as UTF-8", u"\U0001F600!"_s, "\"\xF0\x9F\x98\x80!\"");
        same("two-byte UTF-8 and DEL", u"\u00E7\u007F"_s, "\"\xC3\xA7\x7F\"");
        QTest::newRow("control characters")
                << u"\n\r\t\b\f\u0001\u001F\u0000"_s << QByteArray("\"\\n\\r\\t\\b\\f\\u0001\\u001f\\u0000\"")
                << QByteArray("\"\\n\\r\\t\\b\\f\\u0001\\u001f\\u0000\"")
                << QByteArray("\"\\n\\r\\t\\u0008\\u000c\\u0001\\u001f\\u0000\"");
        QTest::newRow("lone surrogates")
                << (QString(QChar(0xD800)) + u'x' + QChar(0xDC00) + QChar(0xDC00) + QChar(0xD83D))
                << QByteArray("\"?x???\"") << QByteArray("\"\\ud800x\\udc00\\udc00\\ud83d\"")
                << QByteArray("\"\\ud800x\\udc00\\udc00\\ud83d\"");
        QTest::newRow("separators and byte order mark")
                << u"\u2028\u2029\uFEFF"_s << QByteArray("\"\xE2\x80\xA8\xE2\x80\xA9\xEF\xBB\xBF\"")
                << QByteArray("\"\xE2\x80\xA8\xE2\x80\xA9\xEF\xBB\xBF\"")
                << QByteArray("\"\\u2028\\u2029\\ufeff\"");
    }

    void writerEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, document);
        QFETCH(QByteArray, qt);
        QFETCH(QByteArray, lines);
        using scs::json::Escaping;
        const auto escaped = [&](Escaping escaping) {
            QByteArray out("x");
            scs::json::appendString(out, text, escaping);
            return out.mid(1);
        };
        QCOMPARE(escaped(Escaping::Document), document);
        QCOMPARE(escaped(Escaping::Qt), qt);
        QCOMPARE(escaped(Escaping::Lines), lines);
        // The Qt way is what QJsonDocument writes; the document way what
        // the interchange writer has always written (QString::toUtf8).
        QCOMPARE(QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact), '[' + qt + ']');
        QByteArray utf8 = text.toUtf8();
        if (!text.contains(u'\\') && !text.contains(u'"')
            && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; }))
            QCOMPARE(document, '"' + utf8 + '"');
        // A document with the text reads back as it (lone surrogates aside).
        if (!document.contains('?') || text.contains(u'?')) {
            scs::Request request;
            request.setTitle(text);
            const auto read = JsonFormat::read(JsonFormat::writeRequest(request));
            QVERIFY2(read.ok, qPrintable(read.error));
            QCOMPARE(read.project.requests.first().title(), text);
        }
    }

    // The Qt style writes what QJsonDocument writes, compact and indented,
    // empty arrays and objects and numbers included (the check report).
    void writerMatchesQJsonDocument()
    {
        const QJsonObject value {
                {u"source"_s, u"a \"b\"\n\u65E5"_s},
                {u"empty"_s, QJsonArray {}},
                {u"none"_s, QJsonObject {}},
                {u"numbers"_s, QJsonArray {0, 1, -3, 0.85, 0.1 + 0.2, 1e21, 1.5e-7, 123456789012.0}},
                {u"flags"_s, QJsonArray {true, false, QJsonValue::Null}},
                {u"nested"_s,
                 QJsonArray {QJsonObject {{u"z"_s, 1}, {u"a"_s, QJsonArray {QJsonArray {}, QJsonObject {}}}},
                             QJsonArray {u"x"_s}}},
        };
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            QByteArray out;
            {
                scs::json::Writer w(out,
                                    format == QJsonDocument::Compact ? scs::json::Style::qtCompact()
                                                                     : scs::json::Style::qtIndented());
                writeValue(w, value);
                if (format == QJsonDocument::Indented)
                    w.raw("\n");
            }
            QCOMPARE(out, QJsonDocument(value).toJson(format));
        }
    }

    // Appending to a buffer that already holds text keeps it, however much
    // the writer has to grow it.
    void writerAppends()
    {
        QByteArray out("prefix ");
        out.reserve(8);
        {
            scs::json::Writer w(out, scs::json::Style::lines());
            w.beginArray();
            for (int i = 0; i < 1000; ++i)
                w.value(QString(100, u'\u00E9'));
            w.endArray();
        }
        QVERIFY(out.startsWith("prefix [\""));
        QCOMPARE(out.size(), 7 + 2 + 1000 * 202 + 999);
        QVERIFY(out.endsWith("\"]"));
    }

    void fieldPointers()
    {
        QCOMPARE(JsonFormat::fieldPointer(FieldId::CaseCountries), u"/fields/case.countries"_s);
        QCOMPARE(JsonFormat::fieldPointer(FieldId::PurposePhi, 2), u"/requests/2/fields/purpose.phi"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"

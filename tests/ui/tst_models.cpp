// The models the panels and the examples editor are views on, each checked
// by QAbstractItemModelTester while the document changes under it.
#include "FailOnWarning.h"
#include "TestRegistry.h"
#include "document/ProjectDocument.h"
#include "document/UndoCommands.h"
#include "examples/ExampleRequests.h"
#include "models/ExamplesModel.h"
#include "models/FindingsFilterModel.h"
#include "models/FindingsModel.h"
#include "models/RequestListModel.h"
#include "models/SectionModel.h"
#include "storage/JsonFormat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using scs::FieldId;

namespace {

scs::Project example()
{
    return scs::JsonFormat::read(scs::ExampleRequests::read(scs::ExampleRequests::compliantPath())).project;
}

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void findingsUpdateInPlace()
    {
        scs::ProjectDocument document;
        document.reset(example());
        scs::FindingsModel model(&document);
        QAbstractItemModelTester tester(&model, Fatal);
        model.setRequestIndex(0);
        const int clean = model.rowCount(); // the example: no errors, perhaps a note
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto set = [&](FieldId field, const scs::FieldValue &value) {
            document.undoStack()->push(new scs::SetFieldCommand(&document, 0, field, value, false));
        };
        set(FieldId::CompanySupportEmail, u"not an address"_s);
        set(FieldId::CompanyContactName, QString());
        QVERIFY(model.rowCount() >= clean + 2);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!inserted.isEmpty());
        // A finding that stays keeps its row: a persistent index follows it.
        QPersistentModelIndex email;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(scs::FindingsModel::RuleRole) == u"email_valid"_s)
                email = model.index(row, scs::FindingsModel::MessageColumn);
        }
        QVERIFY(email.isValid());
        const QString message = email.data().toString();
        set(FieldId::CompanyContactName, u"Kenji"_s); // one finding goes
        QVERIFY(!removed.isEmpty());
        QVERIFY(email.isValid());
        QCOMPARE(email.data().toString(), message);
        QCOMPARE(resets.size(), 0);
        document.undoStack()->undo();
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), clean);
        QCOMPARE(resets.size(), 0);
        Q_UNUSED(changed);
    }

    void findingsOfTheWholeProject()
    {
        scs::ProjectDocument document;
        scs::Project project = example();
        scs::Request second = project.requests.first();
        second.setUuid(QUuid::createUuid());
        second.setTitle(u"Canada"_s);
        second.clearValue(FieldId::CompanySupportEmail);
        project.requests << second;
        document.reset(project);
        scs::FindingsModel model(&document, scs::FindingsModel::Scope::Project);
        QAbstractItemModelTester tester(&model, Fatal);
        auto rowsOf = [&](int request) {
            int rows = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(scs::FindingsModel::RequestRole).toInt() == request) {
                    ++rows;
                    const QString title =
                            model.index(row, scs::FindingsModel::RequestColumn).data().toString();
                    if (title != document.request(request).title())
                        return -1;
                }
            }
            return rows;
        };
        const int first = rowsOf(0);
        QVERIFY(rowsOf(1) > 0);
        document.undoStack()->push(
                new scs::SetFieldCommand(&document, 0, FieldId::CompanyContactName, QString()));
        QCOMPARE(rowsOf(0), first + 1);
        document.undoStack()->push(new scs::SetTitleCommand(&document, 1, u"Kanada"_s));
        bool renamed = false;
        for (int row = 0; row < model.rowCount(); ++row)
            renamed |= model.index(row, scs::FindingsModel::RequestColumn).data() == u"Kanada"_s;
        QVERIFY(renamed);
        document.undoStack()->push(new scs::RemoveRequestCommand(&document, 1, QString()));
        document.undoStack()->undo();
        document.undoStack()->undo();
    }

    void severityFilterKeepsTheOrder()
    {
        scs::ProjectDocument document;
        scs::Project project = example();
        project.requests.first().clearValue(FieldId::CompanyContactName);
        project.requests.first().setValue(FieldId::CompanySupportEmail, u"nope"_s);
        document.reset(project);
        scs::FindingsModel model(&document);
        model.setRequestIndex(0);
        scs::FindingsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, Fatal);
        const int all = filter.rowCount();
        QVERIFY(all >= 2);
        filter.setSeverityShown(scs::Severity::Error, false);
        QVERIFY(filter.rowCount() < all);
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row, 0).data(scs::FindingsModel::SeverityRole).toInt()
                    != int(scs::Severity::Error));
        filter.setSeverityShown(scs::Severity::Error, true);
        QCOMPARE(filter.rowCount(), all);
    }

    void sectionsChangeTheirTextsOnly()
    {
        scs::ProjectDocument document;
        document.reset(example());
        scs::SectionModel model(&document);
        QAbstractItemModelTester tester(&model, Fatal);
        QCOMPARE(model.rowCount(), int(scs::SectionCount));
        QVERIFY(!model.index(0).data(scs::SectionModel::StatusRole).isValid()
                || model.index(0).data(scs::SectionModel::StatusRole).toString().isEmpty());
        model.setRequestIndex(0);
        const int company = scs::SectionModel::rowOf(scs::SectionId::Company);
        QCOMPARE(model.index(company).data(scs::SectionModel::StatusRole).toString(), u"Complete"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        document.undoStack()->push(
                new scs::SetFieldCommand(&document, 0, FieldId::CompanySupportEmail, u"not an address"_s));
        QVERIFY(model.index(company).data(scs::SectionModel::StatusRole).toString().contains(u"1 error"_s));
        QCOMPARE(changed.size(), 1); // the company's row, nothing else
        QCOMPARE(changed.first().at(0).toModelIndex().row(), company);
    }

    void requestsAreInsertedRemovedAndMoved()
    {
        scs::ProjectDocument document;
        document.reset(example());
        scs::RequestListModel model(&document);
        QAbstractItemModelTester tester(&model, Fatal);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY2(model.index(0).data().toString().contains(u" of "_s),
                 qPrintable(model.index(0).data().toString()));
        scs::Request request;
        request.setTitle(u"Second"_s);
        document.undoStack()->push(new scs::InsertRequestCommand(&document, 1, request, QString()));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(1).data().toString().startsWith(u"Second\n"_s));
        document.applyMoveRequest(1, 0);
        QVERIFY(model.index(0).data().toString().startsWith(u"Second\n"_s));
        document.applyMoveRequest(0, 1);
        document.undoStack()->push(new scs::SetTitleCommand(&document, 1, u"Zweite"_s));
        QVERIFY(model.index(1).data().toString().startsWith(u"Zweite\n"_s));
        document.undoStack()->push(new scs::RemoveRequestCommand(&document, 0, QString()));
        QCOMPARE(model.rowCount(), 1);
        document.reset(scs::Project());
        QCOMPARE(model.rowCount(), 0);
    }

    void examplesChangeOnlyTheRowsThatDiffer()
    {
        scs::ExamplesModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        const scs::ExampleList three {{u"A"_s, u"One"_s}, {u"B"_s, u"Two"_s}, {u"C"_s, u"Three"_s}};
        model.setExamples(three);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        scs::ExampleList edited = three;
        edited[1].text = u"Two!"_s;
        model.setExamples(edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);

        edited.insert(1, {u"New"_s, QString()});
        model.setExamples(edited);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        edited.removeAt(3);
        model.setExamples(edited);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.examples(), edited);
        QCOMPARE(resets.size(), 0);

        // An edit in the view is announced, not applied: the document decides.
        QSignalSpy edits(&model, &scs::ExamplesModel::edited);
        QVERIFY(model.setData(model.index(0, scs::ExamplesModel::MessageColumn), u"Uno"_s));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().first().value<scs::ExampleList>().at(0).text, u"Uno"_s);
        QCOMPARE(model.examples(), edited);
        QVERIFY(!(model.flags(model.index(0, scs::ExamplesModel::SmsColumn)) & Qt::ItemIsEditable));
        model.setReadOnly(true);
        QVERIFY(!model.setData(model.index(0, scs::ExamplesModel::MessageColumn), u"Dos"_s));
        QCOMPARE(edits.size(), 1);
    }
};

SCS_TEST_CLASS(TestModels)
#include "tst_models.moc"

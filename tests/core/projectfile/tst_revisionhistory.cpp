// The audit trail: a revision per save with who, when and what changed;
// the project as it was at any revision; diffs between revisions.
#include "FailOnWarning.h"
#include "TestProjects.h"

#include "storage/ProjectDiff.h"
#include "storage/ProjectFile.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::test;

namespace {

struct History
{
    QList<Project> saved; // saved[i] is revision i + 1
};

// Four saves: create, edit fields and rename, add a request and reorder,
// remove a request and rename the project.
History makeHistory(ProjectFile &file, const QString &path)
{
    History history;
    Project project = fullProject(2);
    file.setUserName(u"tanaka"_s);
    if (!file.saveAs(path, project))
        return {};
    history.saved.append(project);

    project.requests[0].setValue(FieldId::CompanyName, u"株式会社テスト 🏢"_s);
    project.requests[0].setValue(FieldId::PurposePhi, FieldValue()); // back to unanswered
    project.requests[1].setTitle(u"Renamed"_s);
    file.setUserName(u"suzuki"_s);
    if (!file.save(project))
        return {};
    history.saved.append(project);

    Request added;
    added.setTitle(u"US"_s);
    added.setValue(FieldId::CaseCountries, QStringList {u"US"_s});
    project.requests.prepend(added);
    project.requests.swapItemsAt(1, 2);
    if (!file.save(project))
        return {};
    history.saved.append(project);

    project.requests.removeAt(1);
    project.name = u"改名したプロジェクト"_s;
    if (!file.save(project))
        return {};
    history.saved.append(project);
    return history;
}

} // namespace

class TestRevisionHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { scs::test::failOnWarnings(); }

    void revisionsAreRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.scproj"_s);
        ProjectFile file;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        const History history = makeHistory(file, path);
        QCOMPARE(history.saved.size(), 4);

        // Read back from a fresh opener: the history is in the file.
        file.close();
        QVERIFY(file.open(path, ProjectFile::OpenMode::ReadOnly));
        const QList<Revision> revisions = file.revisions();
        QCOMPARE(revisions.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(revisions.at(i).number, i + 1);
            QCOMPARE(revisions.at(i).timeUtc.timeSpec(), Qt::UTC);
            QVERIFY(revisions.at(i).timeUtc >= start);
            QVERIFY(!revisions.at(i).hostName.isEmpty());
        }
        QCOMPARE(revisions.at(0).userName, u"tanaka"_s);
        QCOMPARE(revisions.at(1).userName, u"suzuki"_s);

        // Revision 2: exactly the edits.
        const QList<Change> &changes = revisions.at(1).changes;
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).kind, Change::Kind::FieldChanged);
        QCOMPARE(changes.at(0).fieldKey, u"company.name"_s);
        QCOMPARE(changes.at(0).oldValue, history.saved.at(0).requests.at(0).value(FieldId::CompanyName));
        QCOMPARE(changes.at(0).newValue, FieldValue(u"株式会社テスト 🏢"_s));
        QCOMPARE(changes.at(1).fieldKey, u"purpose.phi"_s);
        QVERIFY(changes.at(1).oldValue.isBool());
        QVERIFY(!changes.at(1).newValue.isSet());
        QCOMPARE(changes.at(2).kind, Change::Kind::RequestRenamed);
        QCOMPARE(changes.at(2).newValue, FieldValue(u"Renamed"_s));

        // Revision 3: added and reordered; revision 4: removed and renamed.
        QCOMPARE(revisions.at(2).changes.first().kind, Change::Kind::RequestAdded);
        QCOMPARE(revisions.at(2).changes.last().kind, Change::Kind::RequestsReordered);
        QCOMPARE(revisions.at(3).changes.first().kind, Change::Kind::ProjectRenamed);
        QCOMPARE(revisions.at(3).changes.last().kind, Change::Kind::RequestRemoved);

        QCOMPARE(file.revision(2)->changes, changes);
        QVERIFY(!file.revision(5));
        QVERIFY(file.revisions(false).at(1).changes.isEmpty());
    }

    void projectAtEveryRevision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.scproj"_s);
        ProjectFile file;
        const History history = makeHistory(file, path);
        QCOMPARE(history.saved.size(), 4);
        for (int number = 1; number <= 4; ++number) {
            const auto project = file.projectAtRevision(number);
            QVERIFY(project);
            QCOMPARE(*project, history.saved.at(number - 1));
        }
        QVERIFY(!file.projectAtRevision(0));
        QVERIFY(!file.projectAtRevision(5));
    }

    void diffs_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        for (int from = 1; from <= 4; ++from) {
            for (int to = 1; to <= 4; ++to)
                QTest::addRow("%d to %d", from, to) << from << to;
        }
    }
    void diffs()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QTemporaryDir dir;
        ProjectFile file;
        const History history = makeHistory(file, dir.filePath(u"h.scproj"_s));
        const auto changes = file.diff(from, to);
        QVERIFY(changes);
        QCOMPARE(*changes, ProjectDiff::compute(history.saved.at(from - 1), history.saved.at(to - 1)));
        QCOMPARE(changes->isEmpty(), from == to);
        // Applying the diff to the older state gives the newer one.
        Project replayed = history.saved.at(from - 1);
        QList<QUuid> order;
        for (const Request &request : history.saved.at(to - 1).requests)
            order.append(request.uuid());
        QVERIFY(ProjectDiff::apply(replayed, *changes, order));
        QCOMPARE(replayed, history.saved.at(to - 1));
        QVERIFY(!file.diff(from, 9));
    }

    void unchangedSaveStillRecordsARevision()
    {
        QTemporaryDir dir;
        ProjectFile file;
        QVERIFY(file.saveAs(dir.filePath(u"same.scproj"_s), fullProject(1)));
        QVERIFY(file.save(file.project()));
        const QList<Revision> revisions = file.revisions();
        QCOMPARE(revisions.size(), 2);
        QVERIFY(revisions.at(1).changes.isEmpty());
        QVERIFY(!revisions.at(0).changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRevisionHistory)
#include "tst_revisionhistory.moc"

// The team workspace against a real PostgreSQL server (issue 19): the
// connection string, the schema, a project file moved in and back out
// unchanged, saves that merge or stop at a conflict (in one process and in
// two), a client killed in the middle of a save, a read-only role, and the
// server going away under a client. One cluster for the whole executable.
#include "AuditCli.h"
#include "FailOnWarning.h"
#include "PgCluster.h"
#include "TestProjects.h"

#include "storage/ContentChecksum.h"
#include "storage/FileBackend.h"
#include "storage/ProjectFile.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceConnection.h"
#include "storage/WorkspaceProject.h"
#include "storage/WorkspaceWatcher.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace scs;

namespace {

// The second client, a real process: this executable started with --child.
//   --child save URL PROJECT FIELD VALUE   opens, prints "loaded", waits for a
//       line on stdin, sets FIELD of the first request to VALUE, saves and
//       prints "saved", "merged" or "conflict"
//   --child hang URL PROJECT FIELD VALUE   opens, sets, saves; inside the save's
//       transaction prints "committing" and waits to be killed
int childMain(const QStringList &args)
{
    if (args.size() != 7)
        return 2;
    WorkspaceProject project;
    if (!project.open(args.at(3), args.at(4))) {
        std::fprintf(stderr, "open: %s\n", qPrintable(project.errorString()));
        return 1;
    }
    Project edited = project.project();
    edited.requests[0].setValue(*Catalog::fieldByKey(args.at(5)), args.at(6));
    if (args.at(2) == u"hang") {
        project.setBeforeCommitHook([] {
            std::puts("committing");
            std::fflush(stdout);
            for (;;)
                std::this_thread::sleep_for(std::chrono::seconds(1));
        });
    } else {
        std::puts("loaded");
        std::fflush(stdout);
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 1;
    }
    switch (project.save(edited)) {
    case ProjectBackend::SaveResult::Saved:
        std::puts("saved");
        return 0;
    case ProjectBackend::SaveResult::Merged:
        std::puts("merged");
        return 0;
    case ProjectBackend::SaveResult::Conflict:
        std::puts("conflict");
        return 0;
    case ProjectBackend::SaveResult::Failed:
        break;
    }
    std::fprintf(stderr, "save: %s\n", qPrintable(project.errorString()));
    return 1;
}

QString companyKey()
{
    return Catalog::key(FieldId::CompanyName);
}
QString brandKey()
{
    return Catalog::key(FieldId::CompanyBrandName);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    test::PgCluster m_cluster;
    QString m_url; // the workspace database every test shares
    int m_projects = 0;

    // A new project of `requests` full requests in the workspace.
    QString addProject(int requests = 2)
    {
        Project project = test::fullProject(requests, m_projects);
        project.name = u"プロジェクト %1"_s.arg(++m_projects);
        Workspace workspace;
        if (!workspace.open(m_url) || !workspace.importProject(project, {}, u"tester"_s))
            qWarning() << workspace.errorString();
        return project.name;
    }

    QProcess *startChild(const QString &mode, const QString &project, const QString &field,
                         const QString &value)
    {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {u"--child"_s, mode, m_url, project, field, value});
        return process;
    }

    static bool waitForLine(QProcess *process, const QByteArray &line)
    {
        QByteArray seen;
        while (process->state() != QProcess::NotRunning || process->bytesAvailable()) {
            if (process->canReadLine()) {
                seen = process->readLine().trimmed();
                if (seen == line)
                    return true;
                continue;
            }
            process->waitForReadyRead(30000);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QString why;
        QVERIFY2(m_cluster.start(&why),
                 qPrintable(u"PostgreSQL could not start, so the workspace tests cannot run: "_s + why));
        QString output;
        QVERIFY2(m_cluster.psql(u"postgres"_s, u"CREATE DATABASE workspace"_s, &output), qPrintable(output));
        QVERIFY2(m_cluster.psql(u"postgres"_s, u"CREATE DATABASE empty"_s, &output), qPrintable(output));
        m_url = m_cluster.conninfo(u"workspace"_s);
        Workspace workspace;
        QCOMPARE(workspace.init(m_url), Workspace::InitResult::Created);
    }

    void init() { scs::test::failOnWarnings(); }

    void conninfo_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("keywords") << u"host=db.example.com dbname=shortcodes sslmode=verify-full"_s
                                  << u"host=db.example.com dbname=shortcodes sslmode=verify-full"_s;
        QTest::newRow("uri") << u"postgresql://ana@db.example.com:6543/short%20codes?sslmode=require"_s
                             << u"user='ana' host='db.example.com' port='6543' dbname='short codes' "
                                "sslmode='require'"_s;
        QTest::newRow("uri socket") << u"postgres:///codes?host=%2Fvar%2Frun%2Fpostgresql"_s
                                    << u"dbname='codes' host='/var/run/postgresql'"_s;
        QTest::newRow("uri quote") << u"postgresql://o%27brien@h/d"_s
                                   << u"user='o\\'brien' host='h' dbname='d'"_s;
        QTest::newRow("uri hosts")
                << u"postgresql://a:5433,[::1]/d?target_session_attrs=read-write"_s
                << u"host='a,::1' port='5433,' dbname='d' target_session_attrs='read-write'"_s;
        QTest::newRow("uri password") << u"postgresql://ana:secret@h/d"_s << QString();
        QTest::newRow("query password") << u"postgresql://h/d?password=secret"_s << QString();
        QTest::newRow("keyword password") << u"host=h password=secret"_s << QString();
        QTest::newRow("semicolon") << u"host=h application_name=a;b"_s << QString();
        QTest::newRow("empty") << u"  "_s << QString();
    }

    void conninfo()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QString error;
        const auto info = WorkspaceConnection::conninfo(url, &error);
        if (expected.isEmpty()) {
            QVERIFY(!info);
            QVERIFY(!error.isEmpty());
            QVERIFY2(!error.contains(u"secret"), qPrintable(error));
        } else {
            QVERIFY2(info, qPrintable(error));
            QCOMPARE(*info, expected);
        }
    }

    void uriAndSslmodeReachLibpq()
    {
        Workspace byUri;
        QVERIFY2(byUri.open(m_cluster.uri(u"workspace"_s)), qPrintable(byUri.errorString()));
        // libpq itself reads sslmode: a wrong one is its error, not ours.
        Workspace wrongSsl;
        QVERIFY(!wrongSsl.open(m_url + u" sslmode=sometimes"_s));
        QVERIFY2(wrongSsl.errorString().contains(u"sslmode"), qPrintable(wrongSsl.errorString()));
    }

    void initTwiceAndNoWorkspace()
    {
        Workspace again;
        QCOMPARE(again.init(m_url), Workspace::InitResult::UpToDate);
        Workspace none;
        QVERIFY(!none.open(m_cluster.conninfo(u"empty"_s)));
        QVERIFY2(none.errorString().contains(u"workspace init"), qPrintable(none.errorString()));
    }

    void fileToWorkspaceToFile()
    {
        // A project file with history (two saves) moves in with it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"in.scproj"_s);
        Project original = test::fullProject(3, 40);
        original.name = u"往復 round trip"_s;
        {
            ProjectFile file;
            QVERIFY(file.saveAs(path, original));
            original.requests[1].setValue(FieldId::CompanyName, u"二回目 second"_s);
            original.requests.move(0, 2);
            QVERIFY(file.save(original));
        }
        // Both back ends through the seam: the history means the same.
        FileBackend in;
        QVERIFY(in.open(path, ProjectFile::OpenMode::ReadOnly));
        Workspace workspace;
        QVERIFY(workspace.open(m_url));
        QVERIFY2(workspace.importProject(in.project(), in.revisions(), u"tester"_s),
                 qPrintable(workspace.errorString()));

        WorkspaceProject opened;
        QVERIFY2(opened.open(m_url, original.name), qPrintable(opened.errorString()));
        const ProjectBackend &project = opened;
        QCOMPARE(contentChecksum(project.project()), contentChecksum(original));
        QCOMPARE(contentChecksum(in.project()), contentChecksum(original));
        QCOMPARE(project.lastRevision(), 2);
        QCOMPARE(project.revisions().size(), 2);
        QCOMPARE(project.revisions().at(1).changes, in.revisions().at(1).changes);
        QCOMPARE(*project.projectAtRevision(1), *in.projectAtRevision(1));
        QCOMPARE(*project.diff(1, 2), *in.diff(1, 2));

        // And back out as a file, the same content.
        const QString outPath = dir.filePath(u"out.scproj"_s);
        ProjectFile out;
        QVERIFY(out.saveAs(outPath, project.project()));
        Project loaded;
        QVERIFY(ProjectFile::load(outPath, &loaded));
        QCOMPARE(contentChecksum(loaded), contentChecksum(original));
        QVERIFY(loaded == original);
    }

    void saveRecordsRevision()
    {
        const QString name = addProject(1);
        WorkspaceProject project;
        QVERIFY2(project.open(m_url, name), qPrintable(project.errorString()));
        QVERIFY(!project.isReadOnly());
        Project edited = project.project();
        edited.requests[0].setValue(FieldId::CompanyName, u"Northwind 北風"_s);
        edited.requests[0].clearValue(FieldId::EvidenceOptinMockups);
        QCOMPARE(project.save(edited), ProjectBackend::SaveResult::Saved);
        QCOMPARE(project.lastRevision(), 2);
        const auto changes = project.diff(1, 2);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 2);
        WorkspaceProject other;
        QVERIFY(other.open(m_url, name));
        QVERIFY(other.project() == edited);
        QCOMPARE(other.revisions().last().userName, project.revisions().last().userName);
    }

    void mergeAndConflictInOneProcess()
    {
        const QString name = addProject();
        WorkspaceProject ana;
        WorkspaceProject ben;
        QVERIFY(ana.open(m_url, name));
        QVERIFY(ben.open(m_url, name));
        const Project base = ana.project();

        // Different fields: the second save takes the first one's in.
        Project anaEdit = base;
        anaEdit.requests[0].setValue(FieldId::CompanyName, u"Ana's company"_s);
        Project benEdit = base;
        benEdit.requests[1].setValue(FieldId::CompanyBrandName, u"Ben's brand"_s);
        QCOMPARE(ana.save(anaEdit), ProjectBackend::SaveResult::Saved);
        QCOMPARE(ben.save(benEdit), ProjectBackend::SaveResult::Merged);
        QCOMPARE(ben.project().requests[0].text(FieldId::CompanyName), u"Ana's company"_s);
        QCOMPARE(ben.project().requests[1].text(FieldId::CompanyBrandName), u"Ben's brand"_s);
        QCOMPARE(ben.lastRevision(), 3);

        // The same field: a conflict, nothing saved, both values given.
        anaEdit = ana.project();
        anaEdit.requests[0].setValue(FieldId::CompanyName, u"Ana again"_s);
        anaEdit.requests[1].setValue(FieldId::CompanyIndustry,
                                     ben.project().requests[1].value(FieldId::CompanyIndustry));
        benEdit = ben.project();
        benEdit.requests[0].setValue(FieldId::CompanyName, u"Ben's company"_s);
        QCOMPARE(ben.save(benEdit), ProjectBackend::SaveResult::Saved);
        QCOMPARE(ana.save(anaEdit), ProjectBackend::SaveResult::Conflict);
        QVERIFY(!ana.errorString().isEmpty());
        const auto conflicts = ana.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].field, std::optional(FieldId::CompanyName));
        QCOMPARE(conflicts[0].mine.toString(), u"Ana again"_s);
        QCOMPARE(conflicts[0].theirs.toString(), u"Ben's company"_s);
        WorkspaceProject reader;
        QVERIFY(reader.open(m_url, name));
        QCOMPARE(reader.lastRevision(), 4);
        QCOMPARE(reader.project().requests[0].text(FieldId::CompanyName), u"Ben's company"_s);

        // Settled: mine kept, their brand kept too.
        const Project resolved = ana.resolve({true});
        QCOMPARE(ana.save(resolved), ProjectBackend::SaveResult::Saved);
        QVERIFY(reader.reload());
        QCOMPARE(reader.lastRevision(), 5);
        QCOMPARE(reader.project().requests[0].text(FieldId::CompanyName), u"Ana again"_s);
        QCOMPARE(reader.project().requests[1].text(FieldId::CompanyBrandName), u"Ben's brand"_s);
    }

    void twoProcessesSaveAtOnce_data()
    {
        QTest::addColumn<bool>("sameField");
        QTest::newRow("different fields merge") << false;
        QTest::newRow("same field conflicts") << true;
    }

    void twoProcessesSaveAtOnce()
    {
        QFETCH(bool, sameField);
        const QString name = addProject(1);
        QProcess *first = startChild(u"save"_s, name, companyKey(), u"first"_s);
        QProcess *second = startChild(u"save"_s, name, sameField ? companyKey() : brandKey(), u"second"_s);
        QVERIFY(waitForLine(first, "loaded"));
        QVERIFY(waitForLine(second, "loaded"));
        // Both loaded revision 1; now both save at once.
        first->write("go\n");
        second->write("go\n");
        QVERIFY(first->waitForFinished(60000));
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(first->exitCode(), 0);
        QCOMPARE(second->exitCode(), 0);
        QStringList results {QString::fromLatin1(first->readAll().trimmed()),
                             QString::fromLatin1(second->readAll().trimmed())};
        results.sort();
        WorkspaceProject check;
        QVERIFY(check.open(m_url, name));
        const Request &request = check.project().requests[0];
        if (sameField) {
            QCOMPARE(results, QStringList({u"conflict"_s, u"saved"_s}));
            QCOMPARE(check.lastRevision(), 2);
            QVERIFY(request.text(FieldId::CompanyName) == u"first"
                    || request.text(FieldId::CompanyName) == u"second");
        } else {
            QCOMPARE(results, QStringList({u"merged"_s, u"saved"_s}));
            QCOMPARE(check.lastRevision(), 3);
            QCOMPARE(request.text(FieldId::CompanyName), u"first"_s);
            QCOMPARE(request.text(FieldId::CompanyBrandName), u"second"_s);
        }
    }

    void clientKilledInTheMiddleOfASave()
    {
        const QString name = addProject(1);
        WorkspaceProject before;
        QVERIFY(before.open(m_url, name));
        QProcess *child = startChild(u"hang"_s, name, companyKey(), u"never saved"_s);
        QVERIFY(waitForLine(child, "committing"));
        ::kill(pid_t(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished(30000));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);

        // The server rolled the transaction back (and dropped its lock on the
        // project's row): revision 1 as it was, and the next save goes on.
        WorkspaceProject after;
        QVERIFY(after.open(m_url, name));
        QCOMPARE(after.lastRevision(), 1);
        QVERIFY(after.project() == before.project());
        Project edited = after.project();
        edited.requests[0].setValue(FieldId::CompanyName, u"saved after the kill"_s);
        QCOMPARE(after.save(edited), ProjectBackend::SaveResult::Saved);
        QCOMPARE(after.lastRevision(), 2);
    }

    // The bytes of every attachment come in one query, each checked
    // against its hash: bytes changed behind the workspace's back are
    // refused by name, never shown as the file.
    void attachmentBytesAreChecked()
    {
        const QString name = addProject(2);
        WorkspaceProject project;
        QVERIFY2(project.open(m_url, name), qPrintable(project.errorString()));
        AttachmentList attachments;
        for (const Request &request : project.project().requests) {
            for (const FieldDef &field : Catalog::fields()) {
                if (field.kind == FieldKind::Attachments)
                    attachments += request.value(field.id).toAttachments();
            }
        }
        QVERIFY(attachments.size() >= 2);

        // One file's bytes changed in the database (and put back after: the
        // bytes are shared by content across projects).
        const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(attachments.first().data, QCryptographicHash::Sha256).toHex());
        auto sql = [&](const QString &statement) {
            QString output;
            const bool ok = m_cluster.psql(u"workspace"_s, statement.arg(sha), &output);
            if (!ok)
                qWarning() << output;
            return ok;
        };
        QVERIFY(sql(u"UPDATE scs.attachment_blob SET data = data || '\\x00'::bytea WHERE sha256 = '%1'"_s));
        WorkspaceProject damaged;
        const bool opened = damaged.open(m_url, name);
        QVERIFY(sql(u"UPDATE scs.attachment_blob SET data = substr(data, 1, length(data) - 1)"
                    " WHERE sha256 = '%1'"_s));
        QVERIFY(!opened);
        QVERIFY2(damaged.errorString().contains(name), qPrintable(damaged.errorString()));
        WorkspaceProject again;
        QVERIFY2(again.open(m_url, name), qPrintable(again.errorString()));
        QCOMPARE(again.project(), project.project());
    }

    void readOnlyRole()
    {
        const QString name = addProject(1);
        QString output;
        QVERIFY2(m_cluster.psql(u"workspace"_s,
                                u"CREATE ROLE reviewer LOGIN;"
                                " GRANT USAGE ON SCHEMA scs TO reviewer;"
                                " GRANT SELECT ON ALL TABLES IN SCHEMA scs TO reviewer"_s,
                                &output),
                 qPrintable(output));
        WorkspaceProject project;
        QVERIFY2(project.open(m_cluster.conninfo(u"workspace"_s, u"reviewer"_s), name),
                 qPrintable(project.errorString()));
        QVERIFY(project.isReadOnly());
        QVERIFY2(project.readOnlyMessage().contains(u"reviewer"), qPrintable(project.readOnlyMessage()));
        QCOMPARE(project.revisions().size(), 1);
        Project edited = project.project();
        edited.requests[0].setValue(FieldId::CompanyName, u"not allowed"_s);
        QCOMPARE(project.save(edited), ProjectBackend::SaveResult::Failed);
        QCOMPARE(project.errorString(), project.readOnlyMessage());
    }

    // shortcode-audit with --workspace, run in-process.
    void commandLine()
    {
        auto audit = [](const QStringList &arguments, QString *out, QString *err) {
            QBuffer in;
            QTextStream outStream(out);
            QTextStream errStream(err);
            const int status = cli::AuditCli::run(QStringList {u"--lang"_s, u"en"_s} + arguments, &in,
                                                  outStream, errStream);
            outStream.flush();
            errStream.flush();
            return status;
        };
        QString out;
        QString err;
        QCOMPARE(audit({u"workspace"_s, u"init"_s, m_url}, &out, &err), 0);
        QVERIFY2(out.contains(u"up to date"), qPrintable(out));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"cli.scproj"_s);
        Project original = test::fullProject(2, 70);
        original.name = u"command line"_s;
        {
            ProjectFile file;
            QVERIFY(file.saveAs(path, original));
            original.requests[0].setValue(FieldId::CompanyName, u"second revision"_s);
            QVERIFY(file.save(original));
        }
        out.clear();
        QCOMPARE(audit({u"import"_s, path, u"--workspace"_s, m_cluster.uri(u"workspace"_s)}, &out, &err), 0);
        QVERIFY2(out.contains(u"2 revisions"), qPrintable(out));
        // Twice: refused, nothing changed.
        QCOMPARE(audit({u"import"_s, path, u"--workspace"_s, m_url}, &out, &err), 2);
        QVERIFY2(err.contains(u"already has a project"), qPrintable(err));

        out.clear();
        QCOMPARE(audit({u"workspace"_s, u"list"_s, m_url}, &out, &err), 0);
        QVERIFY2(out.contains(u"command line: revision 2, 2 requests"), qPrintable(out));
        out.clear();
        QCOMPARE(audit({u"history"_s, u"command line"_s, u"--workspace"_s, m_url}, &out, &err), 0);
        QCOMPARE(out.count(u'\n'), 2);
        out.clear();
        QCOMPARE(audit({u"diff"_s, u"command line"_s, u"1"_s, u"2"_s, u"--workspace"_s, m_url}, &out, &err),
                 0);
        QVERIFY2(out.contains(u"second revision"), qPrintable(out));
        out.clear();
        const int checked = audit({u"check"_s, u"command line"_s, u"--workspace"_s, m_url}, &out, &err);
        QVERIFY2(checked == 0 || checked == 1, qPrintable(err));
        QVERIFY2(out.contains(original.requests[1].title()), qPrintable(out));

        const QString exported = dir.filePath(u"back.scproj"_s);
        QCOMPARE(audit({u"export"_s, u"command line"_s, u"--workspace"_s, m_url, u"-o"_s, exported}, &out,
                       &err),
                 0);
        Project loaded;
        QVERIFY(ProjectFile::load(exported, &loaded));
        QCOMPARE(contentChecksum(loaded), contentChecksum(original));

        err.clear();
        QCOMPARE(audit({u"history"_s, u"x"_s, u"--workspace"_s, u"postgresql://ana:secret@localhost/x"_s},
                       &out, &err),
                 2);
        QVERIFY2(err.contains(u"~/.pgpass") && !err.contains(u"secret"), qPrintable(err));
    }

    void twentyEditorsHearASave()
    {
        const QString name = addProject(1);
        const QString otherName = addProject(1);
        WorkspaceProject saver;
        QVERIFY(saver.open(m_url, name));
        Workspace workspace;
        QVERIFY(workspace.open(m_url));
        const qint64 otherId = *workspace.projectId(otherName);

        // 20 editors of the project, each on a connection of its own, and
        // one of another project, who must hear nothing.
        constexpr int editors = 20;
        std::vector<std::unique_ptr<WorkspaceWatcher>> watchers;
        QList<int> heard(editors + 1, 0);
        QStringList users(editors + 1);
        for (int i = 0; i <= editors; ++i) {
            watchers.push_back(std::make_unique<WorkspaceWatcher>());
            QVERIFY2(watchers.back()->watch(m_url, i < editors ? saver.projectId() : otherId,
                                            u"editor %1"_s.arg(i, 2, 10, QChar(u'0'))),
                     qPrintable(watchers.back()->errorString()));
            connect(watchers.back().get(), &WorkspaceWatcher::saved, this,
                    [&heard, &users, i](int revision, const QString &user) {
                        heard[i] = revision;
                        users[i] = user;
                    });
        }
        saver.setUserName(u"Ana Lima"_s);
        Project edited = saver.project();
        edited.requests[0].setValue(FieldId::CompanyName, u"heard by all"_s);
        QCOMPARE(saver.save(edited), ProjectBackend::SaveResult::Saved);
        QTRY_COMPARE(heard.count(2), editors);
        QCOMPARE(users.count(u"Ana Lima"_s), editors);
        QCOMPARE(heard[editors], 0);

        // Each editor sees the 19 others by name, not itself, not the
        // editor of the other project.
        const std::optional<QStringList> others = watchers.front()->poll(2);
        QVERIFY2(others, qPrintable(watchers.front()->errorString()));
        QCOMPARE(others->size(), editors - 1);
        QCOMPARE(others->first(), u"editor 01"_s);
        QVERIFY(!others->contains(u"editor 00"_s));
        QVERIFY(!others->contains(u"editor %1"_s.arg(editors)));
        // One closes its project: the others stop seeing it.
        watchers.at(1).reset();
        QTRY_COMPARE(watchers.front()->poll(2).value_or(QStringList()).size(), editors - 2);
    }

    void watcherListensAgainAfterARestart()
    {
        const QString name = addProject(1);
        WorkspaceProject saver;
        QVERIFY(saver.open(m_url, name));
        WorkspaceWatcher watcher;
        QVERIFY2(watcher.watch(m_url, saver.projectId(), u"Bea"_s), qPrintable(watcher.errorString()));
        QList<int> heard;
        connect(&watcher, &WorkspaceWatcher::saved, this, [&heard](int revision) { heard << revision; });

        QString why;
        QVERIFY2(m_cluster.stopServer(&why), qPrintable(why));
        QVERIFY(!watcher.poll(1));
        QVERIFY2(!watcher.errorString().isEmpty(), "no reason given");
        QVERIFY2(m_cluster.startServer(&why), qPrintable(why));

        // Saved while the watcher had no connection: the next poll connects
        // again and reports it; later saves arrive as notifications again.
        Project edited = saver.project();
        edited.requests[0].setValue(FieldId::CompanyName, u"saved while nobody listened"_s);
        QCOMPARE(saver.save(edited), ProjectBackend::SaveResult::Saved);
        // (Attempts to connect again wait 2 s after a failed one.)
        QTRY_VERIFY2_WITH_TIMEOUT(watcher.poll(1), qPrintable(watcher.errorString()), 10000);
        QCOMPARE(heard, QList<int>({2}));
        edited.requests[0].setValue(FieldId::CompanyName, u"heard again"_s);
        QCOMPARE(saver.save(edited), ProjectBackend::SaveResult::Saved);
        QTRY_COMPARE(heard, QList<int>({2, 3}));
    }

    void serverGoneUnderAClient()
    {
        const QString name = addProject(1);
        WorkspaceProject project;
        QVERIFY(project.open(m_url, name));
        Project edited = project.project();
        edited.requests[0].setValue(FieldId::CompanyName, u"typed while the server was down"_s);

        QString why;
        QVERIFY2(m_cluster.stopServer(&why), qPrintable(why));
        QCOMPARE(project.save(edited), ProjectBackend::SaveResult::Failed);
        QVERIFY2(project.errorString().contains(u"connection to the workspace server was lost"),
                 qPrintable(project.errorString()));
        QCOMPARE(project.lastRevision(), 1);
        QVERIFY2(m_cluster.startServer(&why), qPrintable(why));

        // The server back (a restart under the client): the same save goes
        // through on a new connection.
        QCOMPARE(project.save(edited), ProjectBackend::SaveResult::Saved);
        WorkspaceProject check;
        QVERIFY(check.open(m_url, name));
        QCOMPARE(check.lastRevision(), 2);
        QVERIFY(check.project() == edited);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return childMain(app.arguments());
    TestWorkspace test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspace.moc"

// Project files built to hurt whoever opens them (tests/support/
// HostileFiles.h): each is refused with a message naming the file and the
// problem, in both modes and through ProjectFile::load, and opening it
// changes nothing, creates nothing beside it, and ends within seconds (a
// view that never ends must not be run at all).
#include "FailOnWarning.h"
#include "HostileFiles.h"

#include "storage/ProjectFile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace Qt::StringLiterals;
namespace hostile = scs::test::hostile;

Q_DECLARE_METATYPE(hostile::Kind)
Q_DECLARE_METATYPE(ProjectFile::Error)
Q_DECLARE_METATYPE(ProjectFile::OpenMode)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

    // Each hostile file is made once, alone in its folder; every row opens
    // it there (a row that changed it or its folder fails).
    QTemporaryDir m_made;

    QString madePath(hostile::Kind kind) const
    {
        return m_made.filePath(u"%1/hostile.scproj"_s.arg(int(kind)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        const QString base = m_made.filePath(u"base.scproj"_s);
        QVERIFY(hostile::saveBase(base));
        for (const hostile::Case &c : hostile::cases) {
            QVERIFY(QDir(m_made.path()).mkdir(QString::number(int(c.kind))));
            QVERIFY2(hostile::make(madePath(c.kind), c.kind, base), c.name);
        }
    }
    void init() { scs::test::failOnWarnings(); }
    void cleanup() { QCOMPARE(QSqlDatabase::connectionNames(), QStringList()); }

    void refused_data()
    {
        QTest::addColumn<hostile::Kind>("kind");
        QTest::addColumn<ProjectFile::Error>("error");
        QTest::addColumn<ProjectFile::OpenMode>("mode");
        for (const hostile::Case &c : hostile::cases) {
            QTest::addRow("%s, read-write", c.name) << c.kind << c.error << ProjectFile::OpenMode::ReadWrite;
            QTest::addRow("%s, read-only", c.name) << c.kind << c.error << ProjectFile::OpenMode::ReadOnly;
        }
    }
    void refused()
    {
        QFETCH(hostile::Kind, kind);
        QFETCH(ProjectFile::Error, error);
        QFETCH(ProjectFile::OpenMode, mode);
        const QString path = madePath(kind);
        const QFileInfo info(path);
        const bool fifo = kind == hostile::Kind::Fifo;
        const QByteArray before = fifo ? QByteArray() : readAll(path);
        const QDateTime modified = info.lastModified();
        const QDir dir = info.dir();
        const QStringList entries = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

        QElapsedTimer timer;
        timer.start();
        ProjectFile file;
        QVERIFY(!file.open(path, mode));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(file.error(), error);
        QVERIFY2(file.errorString().contains(path), qPrintable(file.errorString()));
        QVERIFY(!file.isOpen());
        QVERIFY(file.revisions().isEmpty());
        // A generous bound: a view that never ends is never run at all.
        QVERIFY2(elapsed < 5000, qPrintable(u"%1 ms"_s.arg(elapsed)));

        Project project;
        QString message;
        QVERIFY(!ProjectFile::load(path, &project, &message));
        QCOMPARE(message, file.errorString());

        if (!fifo)
            QVERIFY(readAll(path) == before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), entries);
    }

    // The base the hostile files are made from opens, with its history:
    // each refusal above is the hostile part's doing.
    void baseOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"base.scproj"_s);
        QVERIFY(hostile::saveBase(path));
        ProjectFile file;
        QVERIFY2(file.open(path, ProjectFile::OpenMode::ReadOnly), qPrintable(file.errorString()));
        QCOMPARE(file.project(), hostile::baseProject(1));
        QCOMPARE(file.revisions().size(), 2);
        QCOMPARE(file.projectAtRevision(1), hostile::baseProject(0));
    }

    // The messages say what is wrong.
    void messages_data()
    {
        QTest::addColumn<hostile::Kind>("kind");
        QTest::addColumn<QString>("part");
        QTest::addRow("view") << hostile::Kind::RecursiveValuesView << u"(unexpected view field_value)"_s;
        QTest::addRow("trigger") << hostile::Kind::Trigger << u"(unexpected trigger t)"_s;
        QTest::addRow("changed table")
                << hostile::Kind::ChangedTable << u"table meta is not defined as ours"_s;
        QTest::addRow("history value") << hostile::Kind::LongHistoryValue << u"Revision 1:"_s;
        QTest::addRow("huge history value") << hostile::Kind::HugeHistoryValue << u"larger than 32 MB"_s;
        QTest::addRow("large history value")
                << hostile::Kind::LargeHistoryValue << u"(revision_change.new_value) has 30"_s;
        QTest::addRow("revision 0") << hostile::Kind::RevisionZero << u"a revision without a number"_s;
        QTest::addRow("emptied") << hostile::Kind::HistoryEmptied << u"no revisions"_s;
        QTest::addRow("gap") << hostile::Kind::HistoryGap << u"revision 1 is missing"_s;
        QTest::addRow("fifo") << hostile::Kind::Fifo << u"not a regular file"_s;
    }
    void messages()
    {
        QFETCH(hostile::Kind, kind);
        QFETCH(QString, part);
        const QString path = madePath(kind);
        ProjectFile file;
        QVERIFY(!file.open(path, ProjectFile::OpenMode::ReadOnly));
        QVERIFY2(file.errorString().contains(part), qPrintable(file.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"

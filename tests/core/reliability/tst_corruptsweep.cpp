// Thousands of damaged copies of a real project file, each opened: it
// either opens with its content intact (equal to what was saved) or fails
// with a message naming the problem, and it is never changed by the
// attempt. A crash or a hang fails the test (ctest's timeout).
#include "FailOnWarning.h"
#include "catalog/Catalog.h"
#include "storage/JsonFormat.h"
#include "storage/ProjectFile.h"
#include "storage/Revision.h"

#include <algorithm>

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kPage = 4096;
// Per kind of damage; the whole sweep is 6,000 opens. The sanitizer run
// (scripts/check-sanitizers) sets SCS_CORRUPT_SWEEP_PER_KIND lower: it looks
// for memory errors on the same paths, and the fuzzer covers volume there.
constexpr int kDefaultMutationsPerKind = 1200;

int mutationsPerKind()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SCS_CORRUPT_SWEEP_PER_KIND", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : kDefaultMutationsPerKind;
}

enum class Damage { BitFlips, Truncation, SwappedPages, ZeroedPage, GarbagePage };

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray damage(QByteArray bytes, Damage kind, QRandomGenerator &random)
{
    const qsizetype pages = bytes.size() / kPage;
    const auto page = [&] { return qsizetype(random.bounded(int(pages))) * kPage; };
    switch (kind) {
    case Damage::BitFlips: {
        const int flips = 1 + random.bounded(8);
        for (int i = 0; i < flips; ++i)
            bytes[random.bounded(int(bytes.size()))] ^= char(1 << random.bounded(8));
        break;
    }
    case Damage::Truncation:
        bytes.truncate(random.bounded(int(bytes.size())));
        break;
    case Damage::SwappedPages: {
        const qsizetype a = page();
        qsizetype b = page();
        if (a == b)
            b = (a + kPage) % (pages * kPage);
        const QByteArray first = bytes.mid(a, kPage);
        bytes.replace(a, kPage, bytes.mid(b, kPage));
        bytes.replace(b, kPage, first);
        break;
    }
    case Damage::ZeroedPage:
        bytes.replace(page(), kPage, QByteArray(kPage, '\0'));
        break;
    case Damage::GarbagePage: {
        const qsizetype at = page();
        for (qsizetype i = at; i < at + kPage; ++i)
            bytes[i] = char(random.bounded(256));
        break;
    }
    }
    return bytes;
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestCorruptSweep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_original;
    QByteArray m_bytes;
    Project m_project;
    QList<Revision> m_revisions;

    // An opened file holds what was saved, its history included: damage
    // to the history is an error, never a shorter history. The history has
    // no checksum of its own (only the project's content has): a bit
    // flipped inside a history value that still reads as a value is not
    // noticed, so for bit flips the revisions must all be there, not equal.
    bool intact(const ProjectFile &file, const QString &what, bool exactHistory = true)
    {
        if (file.project() != m_project) {
            qWarning("%s: opened with different content", qPrintable(what));
            return false;
        }
        const QList<Revision> revisions = file.revisions();
        bool same = revisions.size() == m_revisions.size();
        for (qsizetype i = 0; same && i < revisions.size(); ++i) {
            same = revisions[i].number == m_revisions[i].number
                    && revisions[i].changes.size() == m_revisions[i].changes.size()
                    && (!exactHistory || revisions[i].changes == m_revisions[i].changes)
                    && revisions[i].requestOrder == m_revisions[i].requestOrder;
        }
        if (!same)
            qWarning("%s: opened with %d of %d revisions, or different ones", qPrintable(what),
                     int(revisions.size()), int(m_revisions.size()));
        return same;
    }

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const JsonFormat::ReadResult example = JsonFormat::read(
                readAll(QStringLiteral(SCS_SOURCE_DIR "/resources/examples/northwind-alerts.json")));
        QVERIFY2(example.ok, qPrintable(example.message()));
        m_project = example.project;
        m_project.name = u"Northwind 配送 📦"_s;
        // A second request, so that damage can also hit a second set of rows.
        Request second = m_project.requests.first();
        second.setUuid(QUuid::createUuid());
        second.setTitle(u"日本"_s);
        second.setValue(FieldId::NotesDescription, u"備考\n"_s.repeated(2000));
        m_project.requests.append(second);

        m_original = m_dir.filePath(u"original.scproj"_s);
        ProjectFile file;
        QVERIFY2(file.saveAs(m_original, m_project), qPrintable(file.errorString()));
        m_project.requests[0].setValue(FieldId::CompanyName, u"Northwind Parcel Co."_s);
        QVERIFY2(file.save(m_project), qPrintable(file.errorString())); // a history of two revisions
        m_revisions = file.revisions();
        QCOMPARE(m_revisions.size(), 2);
        file.close();
        m_bytes = readAll(m_original);
        QVERIFY(m_bytes.size() >= 8 * kPage);
    }
    void init() { scs::test::failOnWarnings(); }

    void sweep_data()
    {
        QTest::addColumn<Damage>("kind");
        QTest::addRow("bit flips") << Damage::BitFlips;
        QTest::addRow("truncation") << Damage::Truncation;
        QTest::addRow("swapped pages") << Damage::SwappedPages;
        QTest::addRow("zeroed page") << Damage::ZeroedPage;
        QTest::addRow("garbage page") << Damage::GarbagePage;
    }

    void sweep()
    {
        QFETCH(Damage, kind);
        QRandomGenerator random(quint32(kind) * 7919u + 1u); // reproducible
        const QString path = m_dir.filePath(u"damaged.scproj"_s);
        int opened = 0;
        int refused = 0;
        const int mutations = mutationsPerKind();
        for (int i = 0; i < mutations; ++i) {
            const QByteArray damaged = damage(m_bytes, kind, random);
            QVERIFY(writeAll(path, damaged));
            ProjectFile file;
            // Both modes: the editor's (which locks) and the commands'.
            const auto mode = i % 2 ? ProjectFile::OpenMode::ReadWrite : ProjectFile::OpenMode::ReadOnly;
            const QString what = u"%1 #%2"_s.arg(QString::fromLatin1(QTest::currentDataTag())).arg(i);
            if (file.open(path, mode)) {
                ++opened;
                QVERIFY(intact(file, what, kind != Damage::BitFlips));
                QVERIFY2(file.errorString().isEmpty(), qPrintable(what));
            } else {
                ++refused;
                QVERIFY2(file.error() != ProjectFile::Error::None, qPrintable(what));
                QVERIFY2(file.errorString().contains(path), qPrintable(what + u": "_s + file.errorString()));
                QVERIFY2(!file.isOpen(), qPrintable(what));
            }
            file.close();
            QVERIFY2(readAll(path) == damaged, qPrintable(what + u": the file was changed by opening it"_s));
        }
        QCOMPARE(opened + refused, mutations);
        qInfo("%s: %d opened intact, %d refused with a message", QTest::currentDataTag(), opened, refused);
    }

    // Cut short near the end, where the history's pages are: at every byte
    // of the last 600 (every fourth under the sanitizers), and around every
    // page boundary of the last 8 pages.
    void truncationNearTheEnd()
    {
        const QString path = m_dir.filePath(u"cut.scproj"_s);
        QList<qsizetype> cuts;
        // Under the sanitizers (fewer mutations per kind) every few bytes.
        const qsizetype step = std::max(1, kDefaultMutationsPerKind / mutationsPerKind());
        for (qsizetype cut = m_bytes.size() - 1; cut >= m_bytes.size() - 600; cut -= step)
            cuts.append(cut);
        for (qsizetype page = 1; page <= 8; ++page) {
            const qsizetype boundary = m_bytes.size() - page * kPage;
            for (const qsizetype offset :
                 {qsizetype(-1), qsizetype(0), qsizetype(1), qsizetype(100), kPage / 2})
                cuts.append(boundary + offset);
        }
        int opened = 0;
        for (const qsizetype cut : std::as_const(cuts)) {
            const QByteArray damaged = m_bytes.left(cut);
            QVERIFY(writeAll(path, damaged));
            const QString what = u"cut at %1 of %2"_s.arg(cut).arg(m_bytes.size());
            ProjectFile file;
            if (file.open(path, ProjectFile::OpenMode::ReadOnly)) {
                ++opened;
                QVERIFY(intact(file, what));
            } else {
                QVERIFY2(file.errorString().contains(path), qPrintable(what + u": "_s + file.errorString()));
            }
            file.close();
            QVERIFY2(readAll(path) == damaged, qPrintable(what + u": the file was changed by opening it"_s));
        }
        qInfo("%d cut points near the end: %d opened intact, the rest refused", int(cuts.size()), opened);
    }
};

QTEST_GUILESS_MAIN(TestCorruptSweep)
#include "tst_corruptsweep.moc"

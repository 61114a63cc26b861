// The findings panel over its models, as a user works with it: the current
// row stays while findings come and go, the findings of every request, and
// the status bar counting required answers next to the errors.
#include "TestRegistry.h"
#include "WindowFixture.h"

#include "models/FindingsModel.h"
#include "panels/FindingsPanel.h"
#include "panels/ProjectPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>

using namespace Qt::StringLiterals;
using scs::FieldId;

namespace {

QModelIndex rowOfRule(QAbstractItemModel *model, const QString &rule, int request = -1)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, scs::FindingsModel::MessageColumn);
        if (index.data(scs::FindingsModel::RuleRole) == rule
            && (request < 0 || index.data(scs::FindingsModel::RequestRole) == request))
            return index;
    }
    return {};
}

} // namespace

class TestFindingsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        QVERIFY(m.open());
    }
    void cleanup() { m.close(); }

    // The list was cleared and rebuilt on every change: the current row was
    // lost while the user worked down it.
    void currentRowStaysWhileFindingsChange()
    {
        QVERIFY(m.focus(FieldId::CompanySupportEmail));
        m.editorOf<QLineEdit>(FieldId::CompanySupportEmail)->selectAll();
        m.type(u"nope"_s);
        QTreeView *view = m.window->findingsPanel()->view();
        const QModelIndex email = rowOfRule(view->model(), u"email_valid"_s);
        QVERIFY(email.isValid());
        view->setCurrentIndex(email);
        // Another finding appears above it, then goes again.
        QVERIFY(m.focus(FieldId::CaseSiteUrl));
        m.editorOf<QLineEdit>(FieldId::CaseSiteUrl)->selectAll();
        m.press(Qt::Key_Delete);
        QCOMPARE(view->currentIndex().data(scs::FindingsModel::RuleRole).toString(), u"email_valid"_s);
        m.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().data(scs::FindingsModel::RuleRole).toString(), u"email_valid"_s);
    }

    void findingsOfEveryRequest()
    {
        // A second request with a mistake; the first stays selected.
        QTest::keySequence(m.window.get(), m.action(u"duplicateRequestAction"_s)->shortcut());
        QCOMPARE(m.document()->requestCount(), 2);
        QCOMPARE(m.window->projectPanel()->currentRequest(), 1);
        QVERIFY(m.focus(FieldId::CompanySupportEmail));
        m.editorOf<QLineEdit>(FieldId::CompanySupportEmail)->selectAll();
        m.type(u"nope"_s);
        m.window->projectPanel()->setCurrentRequest(0);
        QTreeView *view = m.window->findingsPanel()->view();
        QVERIFY(!rowOfRule(view->model(), u"email_valid"_s).isValid());

        // Shift+F8: every request's findings, with the request's title.
        QTest::keyClick(m.window.get(), Qt::Key_F8, Qt::ShiftModifier);
        QVERIFY(m.window->findingsPanel()->isProjectWide());
        QCOMPARE(QApplication::focusWidget(), view);
        const QModelIndex other = rowOfRule(view->model(), u"email_valid"_s, 1);
        QVERIFY(other.isValid());
        QVERIFY(!view->isColumnHidden(scs::FindingsModel::RequestColumn));
        QCOMPARE(other.siblingAtColumn(scs::FindingsModel::RequestColumn).data().toString(),
                 m.document()->request(1).title());
        // Return on it: that request, that field.
        view->setFocus();
        view->setCurrentIndex(other);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m.window->projectPanel()->currentRequest(), 1);
        QTRY_COMPARE(QApplication::focusWidget(), m.editorOf<QLineEdit>(FieldId::CompanySupportEmail));
    }

    // "100% complete" next to errors read as done: the figure is what it is.
    void statusCountsRequiredAnswersAndErrors()
    {
        auto *status = m.window->findChild<QLabel *>(u"statusLabel"_s);
        static const QRegularExpression complete(u"^(\\d+) of \\1 required answers · 0 errors"_s);
        const QRegularExpressionMatch match = complete.match(status->text());
        QVERIFY2(match.hasMatch(), qPrintable(status->text()));
        const int required = match.captured(1).toInt();
        QVERIFY(m.focus(FieldId::CompanySupportEmail));
        m.editorOf<QLineEdit>(FieldId::CompanySupportEmail)->selectAll();
        m.press(Qt::Key_Delete);
        QVERIFY2(status->text().startsWith(
                         u"%1 of %2 required answers · 1 error ·"_s.arg(required - 1).arg(required)),
                 qPrintable(status->text()));
    }

private:
    scs::test::WindowFixture m;
};

SCS_TEST_CLASS(TestFindingsPanel)
#include "tst_findingspanel.moc"

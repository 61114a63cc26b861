// The findings panel over its models, as a user works with it: the current
// row stays while findings come and go, the findings of every request, and
// the status bar counting required answers next to the errors.
#include "FailOnWarning.h"
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
#include <QStyle>
#include <QTextLayout>
#include <QTreeView>
#include <QtMath>

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

// The height the style's text needs for a cell of the findings view: its
// text wrapped at the width the view gives the cell, less the style's
// margins (and the icon's room), a line height each, with a pixel of air
// above and below as a single-line row has.
int neededHeight(const QTreeView *view, const QModelIndex &index)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int width = view->visualRect(index).width() - 2 * margin;
    if (!index.data(Qt::DecorationRole).isNull())
        width -= view->iconSize().isValid()
                ? view->iconSize().width() + 2 * margin
                : view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * margin;
    QTextLayout layout(index.data().toString(), view->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return qCeil(height) + 2;
}

// The first row whose cells are not tall enough for their text, or "".
QString rowCutOff(const QTreeView *view)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            const int height = view->visualRect(index).height();
            if (height < neededHeight(view, index))
                return u"row %1 column %2 at width %3: %4 px for %5 px of text: %6"_s.arg(row)
                        .arg(column)
                        .arg(view->visualRect(index).width())
                        .arg(height)
                        .arg(neededHeight(view, index))
                        .arg(index.data().toString());
        }
    }
    return {};
}

} // namespace

class TestFindingsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        scs::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init()
    {
        scs::test::failOnWarnings();
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

    // At the screenshots' size the rows cut off the first and last line of
    // wrapped messages. Each row is as tall as its wrapped text, at any
    // width, in both languages.
    void rowsAreAsTallAsTheirWrappedText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("projectWide");
        QTest::newRow("en") << u"en"_s << false;
        QTest::newRow("ja") << u"ja"_s << false;
        QTest::newRow("en, all requests") << u"en"_s << true;
    }
    void rowsAreAsTallAsTheirWrappedText()
    {
        QFETCH(QString, language);
        QFETCH(bool, projectWide);
        m.languages->setLanguage(language);
        QVERIFY(m.window->openFile(
                QStringLiteral(SCS_SOURCE_DIR "/resources/examples/typical-mistakes.json")));
        m.window->findingsPanel()->setProjectWide(projectWide);
        QTreeView *view = m.window->findingsPanel()->view();
        QVERIFY(view->model()->rowCount() > 10);
        for (const int width : {760, 700, 913, 1187, 1600}) {
            m.window->resize(width, 760);
            QTRY_COMPARE(rowCutOff(view), QString());
            // The message keeps room to be read, beside the request's title.
            QVERIFY(view->columnWidth(scs::FindingsModel::MessageColumn) >= view->viewport()->width() / 3);
        }
    }

private:
    scs::test::WindowFixture m;
};

SCS_TEST_CLASS(TestFindingsPanel)
#include "tst_findingspanel.moc"

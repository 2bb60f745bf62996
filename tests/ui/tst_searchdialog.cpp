// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "search/highlight.h"
#include "search/searchdialog.h"
#include "search/searchresultsmodel.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace hoego;

namespace {

// Korean reaches a field through an input method: a syllable is composed, then committed.
void typeKorean(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QInputMethodEvent compose(QString(ch), {});
        QCoreApplication::sendEvent(widget, &compose);
        QInputMethodEvent commit;
        commit.setCommitString(QString(ch));
        QCoreApplication::sendEvent(widget, &commit);
    }
}

} // namespace

class TestSearchDialog : public QObject
{
    Q_OBJECT

private:
    test::TempDatabase m_db;
    Id m_year2023 = 0;
    Id m_year2024 = 0;
    Id m_event = 0;
    Id m_lesson = 0;

private slots:
    void initTestCase()
    {
        m_year2023 = m_db.repos().years.create(2023).value();
        m_year2024 = m_db.repos().years.create(2024).value();
        Event event;
        event.yearId = m_year2023;
        event.title = QStringLiteral("대학원 졸업했다");
        event.date = PartialDate::ofDay(2023, 2, 24);
        m_event = m_db.repos().events.create(event).value();
        Lesson lesson;
        lesson.yearId = m_year2024;
        lesson.text = QStringLiteral("졸업 후에도 공부는 계속된다");
        m_lesson = m_db.repos().lessons.create(lesson).value();
        QVERIFY(m_db.repos()
                        .sections
                        .create(m_year2024, QStringLiteral("기술"), QStringLiteral("<b>태그</b>는 글자 그대로"))
                        .ok());
        QVERIFY(m_db.repos()
                        .sections
                        .create(m_year2023, QStringLiteral("배움"), QStringLiteral("## 배운 점\n- **꾸준함**이 답"))
                        .ok());
    }

    void highlightingEscapesHtmlAndMarksEveryMatch()
    {
        QCOMPARE(highlightedHtml(QStringLiteral("대학원 졸업, 또 졸업 <축하>"), {QStringLiteral("졸업")}),
                 QStringLiteral("대학원 <b>졸업</b>, 또 <b>졸업</b> &lt;축하&gt;"));
        QCOMPARE(highlightedHtml(QStringLiteral("Machine learning"),
                                 {QStringLiteral("LEARN"), QStringLiteral("learning")}),
                 QStringLiteral("Machine <b>learning</b>"));
        QCOMPARE(highlightedHtml(QStringLiteral("ab"), {QStringLiteral("a")}, QColor(Qt::yellow)),
                 QStringLiteral("<b style=\"background-color:#ffff00\">a</b>b"));
        QCOMPARE(highlightedHtml(QStringLiteral("plain"), {}), QStringLiteral("plain"));
    }

    void typingAKoreanWordListsHitsByYearAndEnterOpensTheSelectedOne()
    {
        // Given the search dialog over two years that both mention 졸업
        SearchDialog dialog(m_db.journal());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(&dialog, &SearchDialog::openRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *results = dialog.findChild<QListView *>(QStringLiteral("searchResults"));
        QVERIFY(field && results);

        // When the user types the word (no Enter yet: results come while typing)
        field->setFocus();
        typeKorean(field, QStringLiteral("졸업"));

        // Then the hits appear newest year first, each group under a header, the first hit selected
        QTRY_COMPARE(dialog.model()->hitCount(), 2);
        const QAbstractItemModel *model = results->model();
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(model->index(0, 0).data(SearchResultsModel::IsHeaderRole).toBool());
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("2024 · Lessons (1)"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("졸업 후에도 공부는 계속된다"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("2023 · Events (1)"));
        QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("대학원 졸업했다"));
        QCOMPARE(results->currentIndex().row(), 1);
        QCOMPARE(dialog.model()->terms(), QStringList{QStringLiteral("졸업")});

        // Down from the field skips the header to the 2023 event; Enter opens it and closes the dialog
        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(results->currentIndex().row(), 3);
        QTest::keyClick(field, Qt::Key_Down); // already the last hit
        QCOMPARE(results->currentIndex().row(), 3);
        QTest::keyClick(field, Qt::Key_Return);

        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<Id>(), m_year2023);
        QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("event"));
        QCOMPARE(opened.at(0).at(2).value<Id>(), m_event);
        QVERIFY(!dialog.isVisible());
    }

    void upGoesBackAndDoubleClickOpensALesson()
    {
        SearchDialog dialog(m_db.journal());
        QSignalSpy opened(&dialog, &SearchDialog::openRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.search(QStringLiteral("졸업"));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *results = dialog.findChild<QListView *>(QStringLiteral("searchResults"));
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Up);
        QCOMPARE(results->currentIndex().row(), 1);

        const QRect rect = results->visualRect(results->model()->index(1, 0));
        // A double-click as the window system delivers it: press, release, then the double-click event.
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QMouseEvent doubleClick(QEvent::MouseButtonDblClick, rect.center(),
                                results->viewport()->mapToGlobal(rect.center()), Qt::LeftButton, Qt::LeftButton,
                                Qt::NoModifier);
        QCoreApplication::sendEvent(results->viewport(), &doubleClick);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<Id>(), m_year2024);
        QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("lesson"));
        QCOMPARE(opened.at(0).at(2).value<Id>(), m_lesson);
    }

    void aWordFoundNowhereSaysNoMatchesAndEnterDoesNothing()
    {
        SearchDialog dialog(m_db.journal());
        QSignalSpy opened(&dialog, &SearchDialog::openRequested);
        dialog.show();
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("searchStatus"));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("zebra"));
        QTRY_COMPARE(status->text(), QStringLiteral("No matches"));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(opened.count(), 0);
        QVERIFY(dialog.isVisible());
    }

    void htmlInStoredTextIsShownAsText()
    {
        SearchDialog dialog(m_db.journal());
        dialog.search(QStringLiteral("태그"));
        QCOMPARE(dialog.model()->hitCount(), 1);
        const QString snippet = dialog.model()->index(1, 0).data(SearchResultsModel::SnippetRole).toString();
        QVERIFY(highlightedHtml(snippet, dialog.model()->terms())
                        .contains(QStringLiteral("&lt;b&gt;<b>태그</b>&lt;/b&gt;")));
    }

    void sectionSnippetsAreShownWithoutMarkdownMarks()
    {
        SearchDialog dialog(m_db.journal());
        dialog.search(QStringLiteral("꾸준함"));
        QCOMPARE(dialog.model()->hitCount(), 1);
        QCOMPARE(dialog.model()->index(1, 0).data(SearchResultsModel::SnippetRole).toString(),
                 QStringLiteral("배운 점 꾸준함이 답"));
    }
};

QTEST_MAIN(TestSearchDialog)
#include "tst_searchdialog.moc"

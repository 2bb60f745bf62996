// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "outputs/goalevidencebox.h"
#include "outputs/outputpaste.h"
#include "outputs/outputsmodel.h"
#include "outputs/outputspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <QToolButton>
#include <QUndoStack>
#include <tuple>

using namespace hoego;

// The Outputs tab and a goal's evidence (issue 13), driven through real widgets.
class TestOutputsPage : public QObject
{
    Q_OBJECT

private slots:
    void pastedLinesBecomeOutputsWithTheirLinks()
    {
        const QList<Output> outputs
                = outputpaste::parse(QStringLiteral("- https://blog.example.kr/posts/llm-recsys-review\n\n"
                                                    "2024-10 PyCon 발표 — https://speakerdeck.com/me/agent-eval\n"
                                                    "2023-02 작년 글 https://blog.example.kr/posts/12345\n"
                                                    "책 원고 마감"),
                                     7, 2024, QStringLiteral("post"));
        QCOMPARE(outputs.size(), 4);
        QCOMPARE(outputs[0].title, QStringLiteral("llm recsys review"));
        QCOMPARE(outputs[0].link, QUrl(QStringLiteral("https://blog.example.kr/posts/llm-recsys-review")));
        QCOMPARE(outputs[0].date, PartialDate::ofYear(2024));
        QCOMPARE(outputs[1].title, QStringLiteral("PyCon 발표"));
        QCOMPARE(outputs[1].kind, QStringLiteral("talk"));
        QCOMPARE(outputs[1].date, PartialDate::ofMonth(2024, 10));
        // a date of another year stays in the title rather than moving the output out of its year
        QCOMPARE(outputs[2].title, QStringLiteral("2023-02 작년 글"));
        QCOMPARE(outputs[3].title, QStringLiteral("책 원고 마감"));
        QVERIFY(outputs[3].link.isEmpty());
    }

    void pastingAddsOneUndoStepAndTheMonthStripFilters()
    {
        // given 2024's Outputs tab
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        QUndoStack undo;
        OutputsPage page(db.journal(), &undo);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(900, 600);
        page.setYear(year);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // when three lines are pasted
        QCOMPARE(page.addFromText(QStringLiteral("2024-03 RAG 후기 https://blog.example.kr/rag\n"
                                                 "2024-03-20 평가 지표 https://blog.example.kr/metrics\n"
                                                 "2024-11 회고 글")),
                 3);

        // then they are stored, with one undo step, and the summary counts them by kind
        QCOMPARE(db.repos().outputs.forYear(year)->size(), 3);
        QCOMPARE(undo.count(), 1);
        auto *view = page.findChild<QTableView *>(QStringLiteral("outputsView"));
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("outputsSummary"))->text().contains(QLatin1String("3")));

        // when March is picked on the strip, only March's two show
        auto *march = page.findChild<QToolButton *>(QStringLiteral("outputMonth3"));
        QVERIFY(march->text().contains(QLatin1String("2")));
        QTest::mouseClick(march, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 2);
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("outputMonth0")), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 3);

        // when the first is deleted with the Delete key and the delete undone, it is back under its id
        const Id first = page.model()->outputs().first().id;
        QVERIFY(page.showOutput(first));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(db.repos().outputs.forYear(year)->size(), 2);
        undo.undo();
        QCOMPARE(db.repos().outputs.get(first)->title, QStringLiteral("RAG 후기"));

        // and undoing the paste takes all three away
        undo.undo();
        QVERIFY(db.repos().outputs.forYear(year)->isEmpty());
    }

    void linkingFromTheGoalsDetailsMovesItsCountAndUndoPutsItBack()
    {
        // given a goal of two posts that counts its evidence, one post linked, and a second post
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal posts;
        posts.yearId = year;
        posts.title = QStringLiteral("글 2편");
        posts.kind = GoalKind::Count;
        posts.target = 2;
        const Id goal = *db.repos().goals.create(posts);
        Output post;
        post.yearId = year;
        post.kind = QStringLiteral("post");
        post.title = QStringLiteral("첫 글");
        post.date = PartialDate::ofMonth(2024, 2);
        post.link = QUrl(QStringLiteral("https://blog.example.kr/first"));
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, *db.repos().outputs.create(post)).ok());
        post.title = QStringLiteral("둘째 글");
        QVERIFY(db.repos().outputs.create(post).ok());
        QUndoStack undo;
        GoalEvidenceBox box(db.repos(), &undo);
        box.setGoal(*db.repos().goals.get(goal));
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QCOMPARE(box.findChild<QListWidget *>(QStringLiteral("goalEvidenceList"))->count(), 1);

        // when "count its evidence" is switched on, the count is its one post
        auto *counts = box.findChild<QCheckBox *>(QStringLiteral("countEvidenceCheck"));
        // On the box itself: the check box is as wide as the group, its middle is past its label.
        QTest::mouseClick(counts, Qt::LeftButton, {}, QPoint(8, counts->height() / 2));
        QCOMPARE(db.repos().goals.get(goal)->current, 1);

        // when the second post is linked, the goal is done
        box.setGoal(*db.repos().goals.get(goal));
        auto *candidates = box.findChild<QComboBox *>(QStringLiteral("evidenceCandidates"));
        QCOMPARE(candidates->count(), 1);
        // (the year's events are offered after its outputs, by date; another year's are not)
        const Id otherYear = *db.repos().years.create(2023);
        for (const auto &[inYear, title, month] : {std::tuple{year, "가을 발표", 10}, std::tuple{year, "봄 세미나", 3},
                                                   std::tuple{otherYear, "작년 일", 5}}) {
            Event event;
            event.yearId = inYear;
            event.title = QString::fromUtf8(title);
            event.date = PartialDate::ofMonth(inYear == year ? 2024 : 2023, month);
            QVERIFY(db.repos().events.create(event).ok());
        }
        box.setGoal(*db.repos().goals.get(goal));
        QCOMPARE(candidates->count(), 3);
        QCOMPARE(candidates->itemText(1), QStringLiteral("Event · 봄 세미나"));
        QCOMPARE(candidates->itemText(2), QStringLiteral("Event · 가을 발표"));
        candidates->setCurrentIndex(0);
        QTest::mouseClick(box.findChild<QPushButton *>(QStringLiteral("linkEvidenceButton")), Qt::LeftButton);
        QCOMPARE(db.repos().goals.get(goal)->current, 2);
        QCOMPARE(db.repos().goals.get(goal)->status, GoalStatus::Done);

        // when both steps are undone, the goal is open, typed at 0 again, with one linked post
        undo.undo();
        QCOMPARE(db.repos().goals.get(goal)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.get(goal)->current, 1);
        undo.undo();
        QVERIFY(!db.repos().goals.get(goal)->countsEvidence);
        QCOMPARE(db.repos().goals.get(goal)->current, 0);
        QCOMPARE(db.repos().evidence.forGoal(goal)->size(), 1);

        // and dropping two outputs on the goal links both in one undo step
        const QList<Output> outputs = *db.repos().outputs.forYear(year);
        QVERIFY(db.repos().goals.setCountsEvidence(goal, true).ok());
        undo.clear();
        GoalEvidenceBox::linkOutputs(db.repos(), &undo, *db.repos().goals.get(goal), {outputs[1].id});
        QCOMPARE(db.repos().goals.get(goal)->status, GoalStatus::Done);
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(db.repos().goals.get(goal)->current, 1);
    }
};

QTEST_MAIN(TestOutputsPage)
#include "tst_outputspage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"
#include "validation.h"

#include <QTest>

using namespace hoego;

namespace {

// How many rows the user's data has, over every table a refused edit could have touched.
int rowsStored(test::TempDatabase &db)
{
    return db
            .scalar(QStringLiteral("SELECT (SELECT count(*) FROM year) + (SELECT count(*) FROM event)"
                                   " + (SELECT count(*) FROM event_tag) + (SELECT count(*) FROM section)"
                                   " + (SELECT count(*) FROM goal) + (SELECT count(*) FROM milestone)"
                                   " + (SELECT count(*) FROM goal_link) + (SELECT count(*) FROM lesson)"))
            .toInt();
}

// The refused edit left a clear message and no row, also after reopening the file.
void expectRefused(const Status &status, test::TempDatabase &db, int rowsBefore, const QString &mentions)
{
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::InvalidInput);
    QVERIFY2(status.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(status.error().message));
    QCOMPARE(rowsStored(db), rowsBefore);
    QVERIFY(db.reopen());
    QCOMPARE(rowsStored(db), rowsBefore);
}

Event eventTitled(Id year, const QString &title)
{
    Event event;
    event.yearId = year;
    event.title = title;
    event.date = PartialDate::ofYear(2023);
    return event;
}

QString lonelySurrogate()
{
    return QString(QChar(0xD800));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void badTitlesAreRefusedWithAMessageAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("spaces") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("full-width spaces and tabs") << QStringLiteral("\u3000\t ") << QStringLiteral("empty");
        QTest::newRow("over-long") << QStringLiteral("가").repeated(validation::kMaxTitleLength + 1)
                                   << QStringLiteral("too long");
        QTest::newRow("line break") << QStringLiteral("첫 줄\n둘째 줄") << QStringLiteral("line break");
        QTest::newRow("bell") << QStringLiteral("졸업\u0007") << QStringLiteral("control");
        QTest::newRow("escape sequence") << QStringLiteral("\u001b[31m빨간 글씨") << QStringLiteral("control");
        QTest::newRow("nul") << (QStringLiteral("앞") + QChar(0) + QStringLiteral("뒤")) << QStringLiteral("control");
        QTest::newRow("lonely surrogate")
                << (QStringLiteral("깨진 글자 ") + lonelySurrogate()) << QStringLiteral("invalid character");
    }

    void badTitlesAreRefusedWithAMessageAndNothingIsWritten()
    {
        QFETCH(QString, title);
        QFETCH(QString, mentions);
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        const int before = rowsStored(db);

        expectRefused(db.repos().events.create(eventTitled(year, title)), db, before, mentions);
        expectRefused(db.repos().sections.create(year, title), db, before, mentions);
        Goal goal;
        goal.yearId = year;
        goal.title = title;
        expectRefused(db.repos().goals.create(goal), db, before, mentions);
    }

    void theLongestAllowedTitleIsStoredWhole()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        const QString longest = QStringLiteral("회").repeated(validation::kMaxTitleLength);
        auto created = db.repos().events.create(eventTitled(year, longest));
        QVERIFY(created.ok());
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().events.get(*created)->title, longest);
    }

    void yearsOutOfRangeAreRefused_data()
    {
        QTest::addColumn<int>("number");
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -2023;
        QTest::newRow("before 1900") << 1899;
        QTest::newRow("after 2200") << 2201;
        QTest::newRow("typo") << 20233;
    }

    void yearsOutOfRangeAreRefused()
    {
        QFETCH(int, number);
        test::TempDatabase db;
        expectRefused(db.repos().years.create(number), db, 0, QStringLiteral("between 1900 and 2200"));
    }

    void datesThatDoNotExistAreRefused_data()
    {
        QTest::addColumn<PartialDate>("date");
        QTest::newRow("2023-02-30") << PartialDate::ofDay(2023, 2, 30);
        QTest::newRow("2023-02-29, not a leap year") << PartialDate::ofDay(2023, 2, 29);
        QTest::newRow("2023-04-31") << PartialDate::ofDay(2023, 4, 31);
        QTest::newRow("month 13") << PartialDate::ofMonth(2023, 13);
        QTest::newRow("parsed 2023-02-30") << PartialDate::fromIsoString(QStringLiteral("2023-02-30"));
    }

    void datesThatDoNotExistAreRefused()
    {
        QFETCH(PartialDate, date);
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event = eventTitled(year, QStringLiteral("존재하지 않는 날"));
        event.date = date;
        expectRefused(db.repos().events.create(event), db, rowsStored(db), QString());
    }

    void aLeapDayIsAccepted()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Event event = eventTitled(year, QStringLiteral("윤일"));
        event.date = PartialDate::ofDay(2024, 2, 29);
        QVERIFY(db.repos().events.create(event).ok());
    }

    void negativeAndAbsurdCountsAreRefused()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("책 24권 읽기");
        goal.kind = GoalKind::Count;
        goal.target = 24;
        goal.current = -1;
        expectRefused(db.repos().goals.create(goal), db, rowsStored(db), QStringLiteral("negative"));
        goal.current = 0;
        goal.target = -24;
        expectRefused(db.repos().goals.create(goal), db, rowsStored(db), QStringLiteral("target"));

        goal.target = 24;
        const Id id = *db.repos().goals.create(goal);
        QVERIFY(db.repos().goals.setCount(id, 5).ok());
        const int before = rowsStored(db);
        expectRefused(db.repos().goals.setCount(id, -3), db, before, QStringLiteral("negative"));
        expectRefused(db.repos().goals.setCount(id, 2'000'000'000), db, before, QStringLiteral("too large"));
        QCOMPARE(db.repos().goals.get(id)->current, 5);
    }

    void linksThatAreNotWebMailOrFileAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/paper.pdf");
        QTest::newRow("no scheme") << QStringLiteral("example.com/paper");
        QTest::newRow("http without host") << QStringLiteral("http://");
        QTest::newRow("empty") << QStringLiteral("  ");
        QTest::newRow("spaces inside") << QStringLiteral("https://exa mple.com");
    }

    void linksThatAreNotWebMailOrFileAreRefused()
    {
        QFETCH(QString, url);
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("논문 제출");
        const Id id = *db.repos().goals.create(goal);
        expectRefused(db.repos().goals.addLink(id, QStringLiteral("근거"), url), db, rowsStored(db), QString());

        // A goal created with such a link is refused whole: no goal without its link
        goal.links = {EvidenceLink{0, 0, QStringLiteral("근거"), QUrl(url), 0}};
        expectRefused(db.repos().goals.create(goal), db, rowsStored(db), QString());
    }

    void webMailAndFileLinksAreKept_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << QStringLiteral("https://arxiv.org/abs/1706.03762");
        QTest::newRow("http") << QStringLiteral("http://example.com");
        QTest::newRow("mailto") << QStringLiteral("mailto:advisor@example.ac.kr");
        QTest::newRow("file") << QStringLiteral("file:///home/me/논문/최종.pdf");
    }

    void webMailAndFileLinksAreKept()
    {
        QFETCH(QString, url);
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("논문 제출");
        const Id id = *db.repos().goals.create(goal);
        QVERIFY(db.repos().goals.addLink(id, QStringLiteral("근거"), url).ok());
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(id)->links.first().url, QUrl(url));
    }

    void megabytesOfTextInOneNoteAreRefused()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        const QString huge = QStringLiteral("한 줄의 회고.\n").repeated(validation::kMaxTextLength / 8 + 1);
        QVERIFY(huge.size() > validation::kMaxTextLength);
        const int before = rowsStored(db);

        Event event = eventTitled(year, QStringLiteral("긴 메모"));
        event.notes = huge;
        expectRefused(db.repos().events.create(event), db, before, QStringLiteral("too long"));
        expectRefused(db.repos().sections.create(year, QStringLiteral("긴 글"), huge), db, before,
                      QStringLiteral("too long"));
        const Id section = *db.repos().sections.create(year, QStringLiteral("짧은 글"), QStringLiteral("본문"));
        expectRefused(db.repos().sections.setBody(section, huge), db, rowsStored(db), QStringLiteral("too long"));
        QCOMPARE(db.repos().sections.get(section)->body, QStringLiteral("본문"));
        expectRefused(db.repos().years.setClosingNote(year, huge), db, rowsStored(db), QStringLiteral("too long"));
    }

    void aLongButAllowedNoteIsStoredWhole()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        const QString longest = QStringLiteral("가나다라마바사\n").repeated(validation::kMaxTextLength / 8);
        const Id section = *db.repos().sections.create(year, QStringLiteral("긴 글"), longest);
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().sections.get(section)->body, longest);
    }

    void controlCharactersInNotesAreRefusedButLineBreaksAndTabsAreKept()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event = eventTitled(year, QStringLiteral("메모"));
        event.notes = QStringLiteral("첫 줄\r\n\t들여쓴 둘째 줄\n");
        const Id id = *db.repos().events.create(event);
        QCOMPARE(db.repos().events.get(id)->notes, QStringLiteral("첫 줄\n\t들여쓴 둘째 줄\n"));

        event.notes = QStringLiteral("종이 울린다\u0007");
        expectRefused(db.repos().events.create(event), db, rowsStored(db), QStringLiteral("control"));
        event.notes = QStringLiteral("깨진 ") + lonelySurrogate();
        expectRefused(db.repos().events.create(event), db, rowsStored(db), QStringLiteral("invalid character"));
    }

    void aBadTagRefusesTheWholeEvent()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event = eventTitled(year, QStringLiteral("태그가 잘못된 사건"));
        event.tags = {QStringLiteral("좋은태그"), QStringLiteral("나쁜\u0001태그")};
        expectRefused(db.repos().events.create(event), db, rowsStored(db), QStringLiteral("control"));
    }

    void aBadMilestoneRefusesTheWholeGoal()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("마라톤 완주");
        goal.kind = GoalKind::Milestones;
        goal.milestones = {Milestone{0, 0, QStringLiteral("10km"), false, {}, 0},
                           Milestone{0, 0, QStringLiteral("   "), false, {}, 1}};
        expectRefused(db.repos().goals.create(goal), db, rowsStored(db), QStringLiteral("empty"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

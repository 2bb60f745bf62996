// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/importer.h"
#include "io/json/jsonformat.h"
#include "io/sample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hoego;

class TestJsonFormat : public QObject
{
    Q_OBJECT

private:
    // A Hoego file of version 1 with the given years (the text of a JSON list).
    static QByteArray withYears(const QByteArray &years)
    {
        return R"({"format": "hoego", "version": 1, "years": )" + years + '}';
    }

    static QString messageOf(const Result<ImportBatch> &batch)
    {
        return batch.ok() ? QStringLiteral("(accepted)") : batch.error().message;
    }

    // The sample plus the corners it does not reach: a custom area, a year-precision event, a lesson linked
    // to a section, a goal carried from a later position in the list.
    static void fillRichDatabase(test::TempDatabase &db)
    {
        QVERIFY(loadSample(db.connection()).ok());
        const Id area = *db.repos().areas.create(QStringLiteral("가족"), QColor(0x12, 0x34, 0x56));
        const Id year = *db.repos().years.create(2019, QStringLiteral("Old year"), QStringLiteral("한 줄"));
        QVERIFY(db.repos().years.setClosingNote(year, QStringLiteral("끝.\n\n두 번째 문단")).ok());
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("할머니 팔순");
        event.date = PartialDate::ofYear(2019);
        event.areaId = area;
        event.tags = {QStringLiteral("가족"), QStringLiteral("party time")};
        QVERIFY(db.repos().events.create(event).ok());
        const Id section = *db.repos().sections.create(year, QStringLiteral("Notes"), QStringLiteral("*hi*"));
        Lesson lesson;
        lesson.yearId = year;
        lesson.text = QStringLiteral("Call more often");
        lesson.sectionId = section;
        QVERIFY(db.repos().lessons.create(lesson).ok());
        fillThemesAndQuestions(db, year, area, section);
    }

    // Themes across two years with notes, an area and links of every kind; questions with answers, one built in.
    static void fillThemesAndQuestions(test::TempDatabase &db, Id year, Id area, Id section)
    {
        const Id y2025 = db.repos().years.byNumber(2025)->id;
        auto &themes = db.repos().themes;
        const ThemeAdded rag = *themes.addToYearByName(QStringLiteral("Mamba"), area, year, ThemeState::Assess,
                                                       QStringLiteral("처음 들었다"));
        QVERIFY(themes.setNotes(rag.themeId, QStringLiteral("검색 + 생성")).ok());
        QVERIFY(themes.addToYear({0, rag.themeId, y2025, ThemeState::Adopt, QStringLiteral("사내 검색에 붙였다"), 0})
                        .ok());
        QVERIFY(themes.create({0, QStringLiteral("Rust"), 0, QStringLiteral("아직 어느 해에도 없음")}).ok());
        QVERIFY(themes.link({0, rag.themeId, ThemeLinkTarget::Section, section}).ok());
        QVERIFY(themes.link({0, rag.themeId, ThemeLinkTarget::Goal, db.repos().goals.forYear(y2025)->first().id}).ok());
        QVERIFY(themes.link({0, rag.themeId, ThemeLinkTarget::Event, db.repos().events.forYear(year)->first().id})
                        .ok());
        auto &questions = db.repos().questions;
        QVERIFY(questions.addToYear({0, QStringLiteral("어디에 집중할까?"), {}}, year, QStringLiteral("**LLM**")).ok());
        QVERIFY(questions.addToYear({0, QStringLiteral("어디에 집중할까?"), {}}, y2025, {}).ok());
        QVERIFY(questions
                        .addToYear({0, QStringLiteral("올해 가장 좋았던 순간은?"), QStringLiteral("best-moment")},
                                   y2025, QStringLiteral("결혼식"))
                        .ok());
    }

private slots:
    void exportThenImportIntoAnEmptyDatabaseGivesIdenticalContent()
    {
        // Given a database with the sample and extra data
        test::TempDatabase source;
        fillRichDatabase(source);
        // When it is exported to JSON and imported into a new database
        auto json = jsonformat::exportJson(source.repos());
        QVERIFY(json.ok());
        test::TempDatabase target;
        auto batch = jsonformat::parseJson(*json, QStringLiteral("backup.json"));
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
        auto written = writeImportBatch(target.connection(), *batch);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(target.reopen());
        // Then every entity, field, order and link is the same
        QCOMPARE(test::contentFingerprint(target.repos()), test::contentFingerprint(source.repos()));
        QCOMPARE(written->yearsCreated, (QList<int>{2019, 2024, 2025, 2026}));
        QCOMPARE(written->areas, 1);
        // And exporting again gives the same years (ids differ, the text they refer to does not)
        auto again = jsonformat::exportJson(target.repos());
        QVERIFY(again.ok());
        const auto years = [](const QByteArray &bytes) {
            return QJsonDocument::fromJson(bytes).object().value(QStringLiteral("years")).toArray().size();
        };
        QCOMPARE(years(*again), years(*json));
    }

    void carriedGoalsAndUnfinishedLinksSurviveTheRoundTrip()
    {
        test::TempDatabase source;
        QVERIFY(loadSample(source.connection()).ok());
        test::TempDatabase target;
        auto batch = jsonformat::parseJson(*jsonformat::exportJson(source.repos()), QStringLiteral("x.json"));
        QVERIFY(writeImportBatch(target.connection(), *batch).ok());
        const Id year2026 = target.repos().years.byNumber(2026)->id;
        const Goal blog = target.repos().goals.forYear(year2026)->at(1);
        QCOMPARE(blog.title, QStringLiteral("블로그 글 12편 쓰기"));
        QVERIFY(blog.carriedFromId != 0);
        const Goal origin = *target.repos().goals.get(blog.carriedFromId);
        QCOMPARE(origin.status, GoalStatus::CarriedOver);
        QCOMPARE(target.repos().years.get(origin.yearId)->number, 2025);
        const UnfinishedItem first = target.repos().unfinished.forYear(origin.yearId)->first();
        QCOMPARE(first.goalId, origin.id);
    }

    void exportingOneYearLeavesOtherYearsOut()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        auto json = jsonformat::exportJson(db.repos(), year);
        QVERIFY(json.ok());
        const QJsonObject root = QJsonDocument::fromJson(*json).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("hoego"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), jsonformat::kVersion);
        QCOMPARE(root.value(QStringLiteral("scope")).toString(), QStringLiteral("year"));
        const QJsonArray years = root.value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 1);
        QCOMPARE(years.first().toObject().value(QStringLiteral("number")).toInt(), 2025);
        // The 2025 goal carried from 2024 keeps no dangling link, and the file imports on its own.
        test::TempDatabase target;
        auto batch = jsonformat::parseJson(*json, QStringLiteral("2025.json"));
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
        QVERIFY(writeImportBatch(target.connection(), *batch).ok());
        QCOMPARE(target.repos().events.forYear(target.repos().years.byNumber(2025)->id)->size(), 12);
    }

    void malformedJsonNamesFileAndLineAndWritesNothing()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const QByteArray before = test::databaseFileHash(db);
        const QByteArray broken
                = "{\n  \"format\": \"hoego\",\n  \"version\": 1,\n  \"years\": [ {\"number\": 2030,, } ]\n}";
        auto batch = jsonformat::parseJson(broken, QStringLiteral("broken.json"));
        QVERIFY(!batch.ok());
        QVERIFY2(batch.error().message.startsWith(QStringLiteral("broken.json:4: ")),
                 qPrintable(batch.error().message));
        QCOMPARE(test::databaseFileHash(db), before);
    }

    void invalidUtf8IsRefused()
    {
        QByteArray bytes = "{\"format\": \"hoego\", \"version\": 1, \"years\": [{\"number\": 2030, \"title\": \"";
        bytes += "\xff\xfe";
        bytes += "\"}]}";
        auto batch = jsonformat::parseJson(bytes, QStringLiteral("bad.json"));
        QVERIFY(!batch.ok());
        QVERIFY(batch.error().message.startsWith(QStringLiteral("bad.json:1: ")));
    }

    void aValidationErrorPointsAtTheItemAndRollsBackEverything()
    {
        // Given a file whose second year has an event dated in another year
        test::TempDatabase db;
        const QByteArray before = test::databaseFileHash(db);
        const QByteArray json = R"({"format": "hoego", "version": 1, "areas": [], "years": [
            {"number": 2020, "events": [{"id": 1, "title": "fine", "date": "2020-01-02"}]},
            {"number": 2021, "events": [{"id": 2, "title": "wrong", "date": "2022-01-02"}]}]})";
        // When it is imported
        auto batch = jsonformat::parseJson(json, QStringLiteral("years.json"));
        QVERIFY(batch.ok());
        auto written = writeImportBatch(db.connection(), *batch);
        // Then the error names the item and the database file is unchanged (2020 was rolled back too)
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QStringLiteral("years.json: years[1].events[0]")),
                 qPrintable(written.error().message));
        QCOMPARE(test::databaseFileHash(db), before);
        QVERIFY(!db.repos().years.byNumber(2020).ok());
    }

    void anExistingYearIsRefusedUnlessMergeIsChosen()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2020, QStringLiteral("Mine"));
        const QByteArray json = R"({"format": "hoego", "version": 1, "years": [
            {"number": 2020, "title": "Theirs", "summary": "From the file", "events": [{"title": "Imported"}]}]})";
        auto batch = jsonformat::parseJson(json, QStringLiteral("y.json"));
        QVERIFY(batch.ok());
        const QByteArray before = test::databaseFileHash(db);
        auto refused = writeImportBatch(db.connection(), *batch);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("2020")));
        QCOMPARE(test::databaseFileHash(db), before);

        ImportOptions merge;
        merge.mergeIntoExisting = true;
        auto merged = writeImportBatch(db.connection(), *batch, merge);
        QVERIFY(merged.ok());
        QCOMPARE(merged->yearsMerged, QList<int>{2020});
        QCOMPARE(db.repos().years.get(year)->title, QStringLiteral("Mine")); // the user's own text is kept
        QCOMPARE(db.repos().years.get(year)->summary, QStringLiteral("From the file"));
        QCOMPARE(db.repos().events.forYear(year)->size(), 1);
    }

    void aDryRunCountsButWritesNothing()
    {
        test::TempDatabase source;
        QVERIFY(loadSample(source.connection()).ok());
        auto batch = jsonformat::parseJson(*jsonformat::exportJson(source.repos()), QStringLiteral("s.json"));
        test::TempDatabase db;
        const QByteArray before = test::databaseFileHash(db);
        ImportOptions options;
        options.dryRun = true;
        auto result = writeImportBatch(db.connection(), *batch, options);
        QVERIFY(result.ok());
        QCOMPARE(result->events, 16);
        QCOMPARE(result->goals, 15);
        QCOMPARE(test::databaseFileHash(db), before);
        QVERIFY(db.repos().years.overviews()->isEmpty());
    }

    void themesAndQuestionsSurviveTheRoundTripAndARepeatedImportAddsNothing()
    {
        // given a database with themes, questions and links (fillRichDatabase), exported as version 2
        test::TempDatabase source;
        fillRichDatabase(source);
        const QByteArray json = *jsonformat::exportJson(source.repos());
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), jsonformat::kVersion);
        // the sample's seven themes and this test's two (one in no year)
        QCOMPARE(root.value(QStringLiteral("themes")).toArray().size(), 9);

        // when it is imported twice, the second time merged into the years the first made
        test::TempDatabase target;
        auto batch = jsonformat::parseJson(json, QStringLiteral("v2.json"));
        QVERIFY2(batch.ok(), qPrintable(messageOf(batch)));
        auto first = writeImportBatch(target.connection(), *batch);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->themes, 14 + 2);
        QCOMPARE(first->questions, 10 + 3);
        QCOMPARE(first->themeLinks, 7 + 3);
        const QString once = test::contentFingerprint(target.repos());
        QCOMPARE(once, test::contentFingerprint(source.repos()));
        ImportOptions merge;
        merge.mergeIntoExisting = true;
        QCOMPARE(jsonformat::parseJson(json, QStringLiteral("v2.json"))->themes.size(), 9);
        auto again
                = writeImportBatch(target.connection(), *jsonformat::parseJson(json, QStringLiteral("v2.json")), merge);
        QVERIFY(again.ok());

        // then nothing is there twice: every item, theme, question and link of the file was already there
        QCOMPARE(again->itemCount(), 0);
        QCOMPARE(again->themeLinks, 0);
        QVERIFY(again->alreadyThere > 0);
        QCOMPARE(test::contentFingerprint(target.repos()), once);
        QCOMPARE(target.repos().themes.all()->size(), 9);
        QCOMPARE(target.repos().questions.all()->size(), 6 + 2);
    }

    void outputsAndEvidenceSurviveTheRoundTripAndARepeatedImportAddsNothing()
    {
        // Given a year whose posts and talk feed a goal that counts its evidence (done at 2 of 2), and an event
        // that is evidence for a goal of the next year
        test::TempDatabase source;
        const Id y2024 = *source.repos().years.create(2024);
        const Id y2025 = *source.repos().years.create(2025);
        Goal posts;
        posts.yearId = y2024;
        posts.title = QStringLiteral("기술 블로그 글 2편");
        posts.kind = GoalKind::Count;
        posts.target = 2;
        posts.countsEvidence = true;
        const Id goal = *source.repos().goals.create(posts);
        Goal talks = posts;
        talks.yearId = y2025;
        talks.title = QStringLiteral("외부 발표 1번");
        talks.target = 3;
        const Id nextGoal = *source.repos().goals.create(talks);
        Output article;
        article.yearId = y2024;
        article.kind = QStringLiteral("post");
        article.title = QStringLiteral("LLM으로 추천 시스템 만들기 [1부]");
        article.date = PartialDate::ofDay(2024, 3, 2);
        article.link = QUrl(QStringLiteral("https://blog.example.com/llm-recsys"));
        article.venue = QStringLiteral("사내 기술 블로그");
        const Id first = *source.repos().outputs.create(article);
        article.title = QStringLiteral("RAG 평가 방법");
        article.date = PartialDate::ofMonth(2024, 9);
        article.link = QUrl();
        article.notes = QStringLiteral("**반응**이 좋았다");
        const Id second = *source.repos().outputs.create(article);
        Output podcast = article;
        podcast.kind = QStringLiteral("팟캐스트");
        podcast.title = QStringLiteral("데이터 이야기 출연");
        QVERIFY(source.repos().outputs.create(podcast).ok());
        Event meetup;
        meetup.yearId = y2024;
        meetup.title = QStringLiteral("밋업 발표");
        meetup.date = PartialDate::ofMonth(2024, 11);
        const Id event = *source.repos().events.create(meetup);
        QVERIFY(source.repos().evidence.link(goal, EvidenceSource::Output, first).ok());
        QVERIFY(source.repos().evidence.link(goal, EvidenceSource::Output, second).ok());
        QVERIFY(source.repos().evidence.link(nextGoal, EvidenceSource::Event, event).ok());
        QCOMPARE(source.repos().goals.get(goal)->status, GoalStatus::Done);

        // When it is exported and imported into an empty database
        const QByteArray json = *jsonformat::exportJson(source.repos());
        test::TempDatabase target;
        auto batch = jsonformat::parseJson(json, QStringLiteral("v3.json"));
        QVERIFY2(batch.ok(), qPrintable(messageOf(batch)));
        auto written = writeImportBatch(target.connection(), *batch);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written->outputs, 3);
        QCOMPARE(written->evidence, 3);

        // Then outputs, evidence and counts are the same, after reopening
        QVERIFY(target.reopen());
        QCOMPARE(test::contentFingerprint(target.repos()), test::contentFingerprint(source.repos()));
        const Goal imported = target.repos().goals.forYear(target.repos().years.byNumber(2024)->id)->first();
        QVERIFY(imported.countsEvidence);
        QCOMPARE(imported.current, 2);
        QCOMPARE(imported.status, GoalStatus::Done);

        // And importing it again into the same years adds no output or link twice
        ImportOptions merge;
        merge.mergeIntoExisting = true;
        auto again
                = writeImportBatch(target.connection(), *jsonformat::parseJson(json, QStringLiteral("v3.json")), merge);
        QVERIFY(again.ok());
        QCOMPARE(again->outputs, 0);
        QCOMPARE(again->evidence, 0);
        QCOMPARE(test::contentFingerprint(target.repos()), test::contentFingerprint(source.repos()));

        // And evidence naming no output of the file is refused with its place
        auto dangling = jsonformat::parseJson(
                R"({"format": "hoego", "version": 3, "years": [{"number": 2024, )"
                R"("goals": [{"id": 1, "title": "g", "kind": "count", "target": 1, "evidence": [{"output": 9}]}]}]})",
                QStringLiteral("e.json"));
        QVERIFY(messageOf(dangling).contains(QStringLiteral("years[0].goals[0].evidence[0].output")));
    }

    void aVersionOneFileStillImportsAndBadThemesNameTheirPlace()
    {
        test::TempDatabase db;
        auto v1 = jsonformat::parseJson(withYears(R"([{"number": 2021, "events": [{"title": "이사"}]}])"),
                                        QStringLiteral("v1.json"));
        QVERIFY2(v1.ok(), qPrintable(messageOf(v1)));
        QVERIFY(writeImportBatch(db.connection(), *v1).ok());
        const QByteArray v2 = R"({"format": "hoego", "version": 2, "years": [{"number": 2022, )";
        auto badState = jsonformat::parseJson(v2 + R"("themes": [{"name": "RAG", "state": "love"}]}]})",
                                              QStringLiteral("s.json"));
        QVERIFY(messageOf(badState).contains(QStringLiteral("years[0].themes[0].state")));
        auto twoTargets = jsonformat::parseJson(
                v2
                        + R"("goals": [{"id": 1, "title": "g"}], "events": [{"id": 2, "title": "e"}], )"
                          R"("theme_links": [{"theme": "RAG", "goal": 1, "event": 2}]}]})",
                QStringLiteral("l.json"));
        QVERIFY(messageOf(twoTargets).contains(QStringLiteral("years[0].theme_links[0]")));
        auto dangling = jsonformat::parseJson(v2 + R"("theme_links": [{"theme": "RAG", "goal": 7}]}]})",
                                              QStringLiteral("d.json"));
        QVERIFY(messageOf(dangling).contains(QStringLiteral("years[0].theme_links[0].goal")));
        auto emptyName = jsonformat::parseJson(v2 + R"("themes": [{"name": "  "}]}]})", QStringLiteral("e.json"));
        QVERIFY(emptyName.ok()); // refused when written, naming the place
        auto written = writeImportBatch(db.connection(), *emptyName);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QStringLiteral("years[0].themes[0]")),
                 qPrintable(written.error().message));
        QVERIFY(db.repos().themes.all()->isEmpty());
    }

    void filesOfANewerFormatOrOtherProgramsAreRefused()
    {
        auto newer
                = jsonformat::parseJson(R"({"format": "hoego", "version": 5, "years": []})", QStringLiteral("n.json"));
        QVERIFY(!newer.ok());
        QVERIFY(newer.error().message.contains(QStringLiteral("version 5")));
        auto other = jsonformat::parseJson(R"({"name": "something else"})", QStringLiteral("o.json"));
        QVERIFY(!other.ok());
        auto dangling = jsonformat::parseJson(
                R"({"format": "hoego", "version": 1, "years": [{"number": 2020, "lessons": [{"text": "x", "event": 9}]}]})",
                QStringLiteral("d.json"));
        QVERIFY(!dangling.ok());
        QVERIFY(dangling.error().message.contains(QStringLiteral("years[0].lessons[0].event")));
    }

    void aVersionThatIsNotAWholeNumberFromOneIsRefusedNamingTheVersion_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("1.5 is not a format version");
        QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0 is not a format version");
        QTest::newRow("negative") << QByteArray("-1") << QStringLiteral("-1 is not a format version");
        QTest::newRow("beyond 64 bits") << QByteArray("1e300") << QStringLiteral("1e+300 is not a format version");
        QTest::newRow("newer, written with an exponent")
                << QByteArray("1e10") << QStringLiteral("the file uses format version 10000000000; this Hoego reads");
    }

    void aVersionThatIsNotAWholeNumberFromOneIsRefusedNamingTheVersion()
    {
        // Given a file whose version is not one this Hoego can read
        QFETCH(QByteArray, version);
        QFETCH(QString, reason);
        const QByteArray json = R"({"format": "hoego", "version": )" + version + R"(, "years": []})";
        // When it is read
        auto batch = jsonformat::parseJson(json, QStringLiteral("v.json"));
        // Then it is refused, naming the file and "version"
        QVERIFY2(!batch.ok(), version.constData());
        QVERIFY2(batch.error().message.startsWith(QStringLiteral("v.json: version: ") + reason),
                 qPrintable(batch.error().message));
    }

    void aYearNumberIsCheckedInFullNotWrappedIntoAnotherYear_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<QString>("reason");
        // 4294969315 is 2^32 + 2019 and -4294965277 is 2019 - 2^32: both became 2019 through int.
        QTest::newRow("2^32 + 2019") << QByteArray("4294969315")
                                     << QStringLiteral("the number 4294969315 is out of range.");
        QTest::newRow("2019 - 2^32") << QByteArray("-4294965277")
                                     << QStringLiteral("the number -4294965277 is out of range.");
        QTest::newRow("beyond 64 bits") << QByteArray("1e19") << QStringLiteral("the number 1e+19 is out of range.");
        QTest::newRow("before Hoego's years")
                << QByteArray("1800") << QStringLiteral("The year must be between 1900 and 2200 (got 1800).");
    }

    void aYearNumberIsCheckedInFullNotWrappedIntoAnotherYear()
    {
        // Given a file with a year number outside Hoego's years
        QFETCH(QByteArray, number);
        QFETCH(QString, reason);
        // When it is read
        auto batch = jsonformat::parseJson(withYears("[{\"number\": " + number + "}]"), QStringLiteral("y.json"));
        // Then it is refused at the year's number, before anything could be written
        QVERIFY2(!batch.ok(), qPrintable(messageOf(batch)));
        QCOMPARE(batch.error().message, QStringLiteral("y.json: years[0].number: ") + reason);
    }

    void aGoalCarriedFromItselfOrInALoopIsRefused_data()
    {
        QTest::addColumn<QByteArray>("years");
        QTest::addColumn<QString>("message");
        const QByteArray itself = R"([{"number": 2020, "goals": [{"id": 1, "title": "a", "carried_from": 1}]}])";
        QTest::newRow("itself") << itself
                                << QStringLiteral("c.json: years[0].goals[0].carried_from: a goal cannot be carried "
                                                  "from itself.");
        const QByteArray twoGoals = R"([
            {"number": 2020, "goals": [{"id": 1, "title": "a", "carried_from": 2}]},
            {"number": 2021, "goals": [{"id": 2, "title": "b", "carried_from": 1}]}])";
        QTest::newRow("a, b, a") << twoGoals
                                 << QStringLiteral("c.json: years[0].goals[0].carried_from: the goals are carried "
                                                   "from each other in a loop (ids 1 → 2 → 1).");
        const QByteArray chainIntoLoop = R"([
            {"number": 2022, "goals": [{"id": 5, "title": "c", "carried_from": 6}]},
            {"number": 2021, "goals": [{"id": 6, "title": "b", "carried_from": 7},
                                       {"id": 7, "title": "a", "carried_from": 6}]}])";
        QTest::newRow("a chain into a loop")
                << chainIntoLoop
                << QStringLiteral("c.json: years[1].goals[0].carried_from: the goals are carried from each other in a "
                                  "loop (ids 6 → 7 → 6).");
    }

    void aGoalCarriedFromItselfOrInALoopIsRefused()
    {
        // Given goals whose carried_from links lead back to themselves
        QFETCH(QByteArray, years);
        QFETCH(QString, message);
        // When the file is read
        auto batch = jsonformat::parseJson(withYears(years), QStringLiteral("c.json"));
        // Then it is refused at the goal that closes the loop
        QVERIFY2(!batch.ok(), qPrintable(messageOf(batch)));
        QCOMPARE(batch.error().message, message);
    }

    void aGoalIsOnlyCarriedFromAGoalOfAnEarlierYear_data()
    {
        QTest::addColumn<QByteArray>("years");
        QTest::addColumn<QString>("message");
        const QByteArray sameYear = R"([
            {"number": 2020, "goals": []},
            {"number": 2021, "goals": [{"id": 1, "title": "a"}, {"id": 2, "title": "b", "carried_from": 1}]}])";
        QTest::newRow("same year") << sameYear
                                   << QStringLiteral("c.json: years[1].goals[1].carried_from: a goal can only be "
                                                     "carried from a goal of an earlier year; goal 1 is in 2021.");
        const QByteArray laterYear = R"([
            {"number": 2021, "goals": [{"id": 1, "title": "a", "carried_from": 2}]},
            {"number": 2022, "goals": [{"id": 2, "title": "b"}]}])";
        QTest::newRow("later year") << laterYear
                                    << QStringLiteral("c.json: years[0].goals[0].carried_from: a goal can only be "
                                                      "carried from a goal of an earlier year; goal 2 is in 2022.");
    }

    void aGoalIsOnlyCarriedFromAGoalOfAnEarlierYear()
    {
        // Given a goal carried from one of the same or a later year
        QFETCH(QByteArray, years);
        QFETCH(QString, message);
        // When the file is read
        auto batch = jsonformat::parseJson(withYears(years), QStringLiteral("c.json"));
        // Then it is refused, naming the goal's carried_from
        QVERIFY2(!batch.ok(), qPrintable(messageOf(batch)));
        QCOMPARE(batch.error().message, message);
    }

    void aGoalCarriedFromAnEarlierYearListedLaterInTheFileIsKept()
    {
        // Given a file listing 2021 before the 2020 goal it continues
        const QByteArray json = withYears(R"([
            {"number": 2021, "goals": [{"id": 2, "title": "b", "carried_from": 1}]},
            {"number": 2020, "goals": [{"id": 1, "title": "a", "status": "carried"}]}])");
        test::TempDatabase db;
        // When it is imported
        auto batch = jsonformat::parseJson(json, QStringLiteral("c.json"));
        QVERIFY2(batch.ok(), qPrintable(messageOf(batch)));
        QVERIFY(writeImportBatch(db.connection(), *batch).ok());
        // Then the 2021 goal continues the 2020 one
        const Goal carried = db.repos().goals.forYear(db.repos().years.byNumber(2021)->id)->first();
        QCOMPARE(db.repos().goals.get(carried.carriedFromId)->title, QStringLiteral("a"));
    }

    void aRefusedImportLeavesTheDatabaseUnchanged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        const QByteArray fraction = R"({"format": "hoego", "version": 1.5, "years": [{"number": 2019}]})";
        QTest::newRow("version 1.5") << fraction << QStringLiteral("version");
        const QByteArray wrappedYear = R"([{"number": 4294969315, "events": [{"title": "x"}]}])";
        QTest::newRow("year 2^32 + 2019") << withYears(wrappedYear) << QStringLiteral("years[0].number");
        const QByteArray wrappedTarget = R"([{"number": 2019, "goals": [
            {"title": "x", "kind": "count", "target": 4294967301}]}])";
        QTest::newRow("target 2^32 + 5") << withYears(wrappedTarget) << QStringLiteral("years[0].goals[0]");
        const QByteArray loop = R"([
            {"number": 2019, "goals": [{"id": 1, "title": "a", "carried_from": 2}]},
            {"number": 2020, "goals": [{"id": 2, "title": "b", "carried_from": 1}]}])";
        QTest::newRow("carry loop") << withYears(loop) << QStringLiteral("years[0].goals[0].carried_from");
        const QByteArray withinAYear = R"([
            {"number": 2019, "goals": [{"id": 1, "title": "a"}]},
            {"number": 2021, "goals": [{"id": 3, "title": "c", "carried_from": 1},
                                       {"id": 4, "title": "d", "carried_from": 3}]}])";
        QTest::newRow("carried within a year")
                << withYears(withinAYear) << QStringLiteral("years[1].goals[1].carried_from");
    }

    void aRefusedImportLeavesTheDatabaseUnchanged()
    {
        // Given a database with the sample and a file with one bad value
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const QString file = db.folder() + QStringLiteral("/bad.json");
        QVERIFY(test::writeFile(file, json));
        const QByteArray before = test::databaseFileHash(db);
        // When the file is imported
        ImportRequest request;
        request.path = file;
        request.format = ImportFormat::Json;
        auto written = importFile(db.connection(), request, {});
        // Then the import is refused naming the file and the place, and the database file is unchanged
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.startsWith(file + QStringLiteral(": ") + place + QStringLiteral(": ")),
                 qPrintable(written.error().message));
        QCOMPARE(test::databaseFileHash(db), before);
        QVERIFY(!db.repos().years.byNumber(2019).ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
